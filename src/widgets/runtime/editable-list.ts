import type { JsonValue } from '../../lib/store-data';
import { fillIn } from '../../lib/fill-in';
import { fromTemplate } from './dom';
import { part } from './parts';
import { UndoOffer } from './undo-offer';

/** How long a removal can be undone, unless the reader does something else first. */
const UNDO_MS = 30_000;

const newId = (prefix: string) =>
  `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** One kind of item: how it is read from storage, made from the form and shown in its row. */
export interface ListKind<T extends { id: string }, Field extends string> {
  /** The list's name in the markup: `[data-list]`, `[data-form]`, `[data-row]`, … `="<name>"`. */
  name: string;
  /** Starts each new item's id, which stays stable through edits. */
  idPrefix: string;
  /** The form field that names an item; it must not be empty. */
  mainField: string;
  /** The form fields that hold comma-separated tags, shown in the row's `[data-tags="<field>"]`. */
  tagFields: readonly Field[];
  /** What can be used of a stored list, and what cannot (kept as it was). */
  read(value: unknown): { usable: T[]; unreadable: unknown[] };
  /** An item from the form: its main text, trimmed, and the tag fields as typed. */
  make(id: string, main: string, typed: Record<Field, string>): T;
  nameOf(item: T): string;
  tagsOf(item: T): Record<Field, string[]>;
}

/** What a list says; templates have `{{name}}`, the item's name. */
export interface ListLabels {
  formAdd: string;
  formEdit: string;
  required: string;
  editItem: string;
  removeItem: string;
  add: string;
  saveEdit: string;
  added: string;
  updated: string;
  removed: string;
  restored: string;
  notKept: string;
}

/** What the list asks of the element it lives in. */
export interface ListHost {
  /** Stores the list (`stored()`); says whether that is kept beyond this visit. */
  save(): boolean;
  /** After every change: redraws what depends on the list. */
  changed(): void;
}

/** The lists of one element, which share one undo on offer and one status line speaking. */
export type ListGroup = { dropUndo(): void; hush(): void }[];

/**
 * A list the reader edits in place, in the element `root`: the `ul` of rows (cloned from
 * `<template data-row>`), an empty line, a form that adds or edits, a status line and undo
 * after a removal. Lists in one `group` share one undo and one voice: acting in one drops
 * the other's undo, speaking in one silences the other.
 */
export class EditableList<T extends { id: string }, Field extends string> {
  items: T[] = [];
  /** Stored entries that could not be read: never shown, always saved back as they were. */
  unreadable: unknown[] = [];
  #editing: string | null = null;
  readonly #form: HTMLFormElement;
  readonly #undo: UndoOffer;

  constructor(
    private readonly root: HTMLElement,
    private readonly kind: ListKind<T, Field>,
    private readonly labels: ListLabels,
    private readonly host: ListHost,
    private readonly group: ListGroup,
  ) {
    this.#form = this.#part<HTMLFormElement>('form');
    // When the undo button vanishes under focus, focus goes to the list's heading.
    const list = this.#part('list');
    this.#undo = new UndoOffer(this.#part<HTMLButtonElement>('undo'), () =>
      document.getElementById(list.getAttribute('aria-labelledby') ?? '')?.focus(),
    );
    group.push(this);
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#submit();
    });
    part(this.#form, '[data-cancel]').addEventListener('click', () => {
      const editedId = this.#editing;
      this.#stopEditing();
      if (editedId) this.#focusItemButton(editedId, 'edit');
    });
  }

  #part<E extends HTMLElement = HTMLElement>(role: string): E {
    return part<E>(this.root, `[data-${role}="${this.kind.name}"]`);
  }

  #field(name: string): HTMLInputElement {
    return part<HTMLInputElement>(this.#form, `[name="${name}"]`);
  }

  /** Takes the stored list as it is now. */
  read(value: unknown) {
    ({ usable: this.items, unreadable: this.unreadable } = this.kind.read(value));
  }

  /** The list as stored: what could not be read goes back as it was. */
  stored(): JsonValue {
    return [...this.items, ...this.unreadable] as JsonValue;
  }

  say(text: string) {
    for (const list of this.group) list.hush();
    this.#part('status').textContent = text;
  }

  hush() {
    this.#part('status').textContent = '';
  }

  dropUndo() {
    this.#undo.drop();
  }

  #submit() {
    const main = this.#field(this.kind.mainField);
    const error = part(this.#form, '[data-error]');
    const text = main.value.replace(/\s+/g, ' ').trim();
    if (text === '') {
      error.textContent = this.labels.required;
      main.setAttribute('aria-invalid', 'true');
      main.focus();
      return;
    }
    error.textContent = '';
    main.removeAttribute('aria-invalid');
    this.#act();
    const index = this.items.findIndex((item) => item.id === this.#editing);
    const id = this.items[index]?.id ?? newId(this.kind.idPrefix);
    const typed = Object.fromEntries(this.kind.tagFields.map((field) => [field, this.#field(field).value]));
    const item = this.kind.make(id, text, typed as Record<Field, string>);
    // An item another tab removed while it was being edited comes back as a new one.
    if (index >= 0) this.items.splice(index, 1, item);
    else this.items.push(item);
    this.#changed(index >= 0 ? this.labels.updated : this.labels.added, text);
    this.#stopEditing();
    if (index >= 0) this.#focusItemButton(id, 'edit');
    else main.focus();
  }

  #startEditing(item: T) {
    this.#act();
    this.#editing = item.id;
    part(this.#form, '[data-legend]').textContent = fillIn(this.labels.formEdit, {
      name: this.kind.nameOf(item),
    });
    part(this.#form, '[data-submit]').textContent = this.labels.saveEdit;
    part(this.#form, '[data-cancel]').hidden = false;
    this.#field(this.kind.mainField).value = this.kind.nameOf(item);
    const tags = this.kind.tagsOf(item);
    for (const field of this.kind.tagFields) this.#field(field).value = tags[field].join(', ');
    this.#field(this.kind.mainField).focus();
  }

  #stopEditing() {
    this.#editing = null;
    this.#form.reset();
    part(this.#form, '[data-legend]').textContent = this.labels.formAdd;
    part(this.#form, '[data-submit]').textContent = this.labels.add;
    part(this.#form, '[data-cancel]').hidden = true;
  }

  #remove(item: T) {
    this.#act();
    const index = this.items.findIndex((candidate) => candidate.id === item.id);
    if (index < 0) return;
    this.items.splice(index, 1);
    if (this.#editing === item.id) this.#stopEditing();
    this.#changed(this.labels.removed, this.kind.nameOf(item));
    this.#undo.offer(() => {
      this.#act();
      if (!this.items.some((candidate) => candidate.id === item.id)) {
        this.items.splice(Math.min(index, this.items.length), 0, item);
      }
      this.#changed(this.labels.restored, this.kind.nameOf(item));
      this.#focusItemButton(item.id, 'remove');
    }, UNDO_MS);
  }

  /** The reader does something here: no undo stays on offer in the group. */
  #act() {
    for (const list of this.group) list.dropUndo();
  }

  /** Saves, redraws and says `message` about the item `name`. */
  #changed(message: string, name: string) {
    const kept = this.host.save();
    this.host.changed();
    const said = fillIn(message, { name });
    this.say(kept ? said : `${said} ${this.labels.notKept}`);
  }

  #focusItemButton(id: string, action: 'edit' | 'remove') {
    this.#part('list')
      .querySelector<HTMLElement>(`[data-item="${CSS.escape(id)}"] [data-action="${action}"]`)
      ?.focus();
  }

  /** Shows the items, one row each, from the list's `<template data-row>`. */
  render() {
    this.#part('empty').hidden = this.items.length > 0;
    const template = this.#part<HTMLTemplateElement>('row');
    this.#part('list').replaceChildren(...this.items.map((item) => this.#row(template, item)));
  }

  #row(template: HTMLTemplateElement, item: T): HTMLElement {
    const row = fromTemplate(template);
    const name = { name: this.kind.nameOf(item) };
    row.dataset['item'] = item.id;
    part(row, '[data-name]').textContent = name.name;
    const tags = this.kind.tagsOf(item);
    for (const field of this.kind.tagFields) {
      const line = part(row, `[data-tags="${field}"]`);
      if (tags[field].length === 0) line.remove();
      else part(line, '[data-tag-list]').textContent = tags[field].join(', ');
    }
    const edit = part(row, '[data-action="edit"]');
    edit.setAttribute('aria-label', fillIn(this.labels.editItem, name));
    edit.addEventListener('click', () => this.#startEditing(item));
    const remove = part(row, '[data-action="remove"]');
    remove.setAttribute('aria-label', fillIn(this.labels.removeItem, name));
    remove.addEventListener('click', () => this.#remove(item));
    return row;
  }
}
