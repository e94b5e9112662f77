import { AnswerWidget } from '../runtime/answer-widget';
import type { JsonValue, SavedAnswer } from '../../lib/store-data';
import { fillIn } from '../../lib/fill-in';
import {
  explainMatch,
  matchExpertise,
  parseTags,
  readMembers,
  readQuestions,
  summariseMembers,
  summariseQuestions,
  type Member,
  type MemberMatch,
  type Question,
} from './matching';

/** How long a removal can be undone, unless the reader does something else first. */
const UNDO_MS = 30_000;

type Kind = 'members' | 'questions';
type Item = Member | Question;

const newId = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** An element with text set as text, never as HTML. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

class ExpertiseKaart extends AnswerWidget {
  #set = this.dataset['set'] ?? '';
  #members: Member[] = [];
  #questions: Question[] = [];
  /** Stored entries that could not be read: never shown, always saved back as they were. */
  #unreadable: Record<Kind, unknown[]> = { members: [], questions: [] };
  #editing: Record<Kind, string | null> = { members: null, questions: null };
  #undo: { kind: Kind; item: Item; index: number; timer: number } | null = null;
  #blankRows: Record<Kind, Node[]> = { members: [], questions: [] };

  #answerId(kind: Kind) {
    return `${this.#set}#${kind === 'members' ? 'leden' : 'vragen'}`;
  }

  override connectedCallback() {
    this.querySelector<HTMLElement>('[data-app]')!.hidden = false;
    for (const kind of ['members', 'questions'] as const) {
      this.#blankRows[kind] = [...this.querySelectorAll(`[data-print="${kind}"] tr`)].map((blank) => blank.cloneNode(true));
    }
    for (const kind of ['members', 'questions'] as const) {
      const form = this.#form(kind);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.#submit(kind);
      });
      form.querySelector('[data-cancel]')!.addEventListener('click', () => {
        const editedId = this.#editing[kind];
        this.#stopEditing(kind);
        if (editedId) this.#focusItemButton(kind, editedId, 'edit');
      });
      this.querySelector(`[data-undo="${kind}"]`)!.addEventListener('click', () => this.#undoRemoval());
    }
    super.connectedCallback();
  }

  protected override restore(answers: Record<string, SavedAnswer>, changedIds: string[] | null) {
    let changed = false;
    for (const kind of ['members', 'questions'] as const) {
      const answerId = this.#answerId(kind);
      if (changedIds && !changedIds.includes(answerId)) continue;
      const value = answers[answerId]?.value;
      const { usable, unreadable } = kind === 'members' ? readMembers(value) : readQuestions(value);
      if (kind === 'members') this.#members = usable as Member[];
      else this.#questions = usable as Question[];
      this.#unreadable[kind] = unreadable;
      changed = true;
    }
    if (!changed) return;
    this.#render();
    if (changedIds) this.#announce('members', this.label('updatedElsewhere'));
  }

  #form(kind: Kind) {
    return this.querySelector<HTMLFormElement>(`[data-form="${kind}"]`)!;
  }

  #field(kind: Kind, name: string) {
    return this.#form(kind).elements.namedItem(name) as HTMLInputElement;
  }

  #items(kind: Kind): Item[] {
    return kind === 'members' ? this.#members : this.#questions;
  }

  #nameOf(item: Item) {
    return 'name' in item ? item.name : item.question;
  }

  #submit(kind: Kind) {
    const main = this.#field(kind, kind === 'members' ? 'name' : 'question');
    const error = main.parentElement!.querySelector<HTMLElement>('[data-error]')!;
    const text = main.value.replace(/\s+/g, ' ').trim();
    if (text === '') {
      error.textContent = this.label(kind === 'members' ? 'nameRequired' : 'questionRequired');
      main.setAttribute('aria-invalid', 'true');
      main.focus();
      return;
    }
    error.textContent = '';
    main.removeAttribute('aria-invalid');
    this.#dropUndo();
    const editedId = this.#editing[kind];
    const items = this.#items(kind);
    const index = editedId ? items.findIndex((item) => item.id === editedId) : -1;
    const id = index >= 0 ? editedId! : newId(kind === 'members' ? 'm' : 'q');
    const item: Item =
      kind === 'members'
        ? { id, name: text, expertise: parseTags(this.#field(kind, 'expertise').value), affinity: parseTags(this.#field(kind, 'affinity').value) }
        : { id, question: text, keywords: parseTags(this.#field(kind, 'keywords').value) };
    // An item another tab removed while it was being edited comes back as a new one.
    if (index >= 0) items.splice(index, 1, item);
    else items.push(item);
    const kept = this.#save(kind);
    this.#render();
    this.#stopEditing(kind);
    this.#announce(kind, this.#withKept(fillIn(this.label(index >= 0 ? 'updated' : 'added'), { name: text }), kept));
    if (index >= 0) this.#focusItemButton(kind, id, 'edit');
    else main.focus();
  }

  #startEditing(kind: Kind, item: Item) {
    this.#dropUndo();
    this.#editing[kind] = item.id;
    const form = this.#form(kind);
    form.querySelector('[data-legend]')!.textContent = fillIn(this.label(kind === 'members' ? 'memberFormEdit' : 'questionFormEdit'), {
      name: this.#nameOf(item),
    });
    form.querySelector('[data-submit]')!.textContent = this.label('saveEdit');
    form.querySelector<HTMLElement>('[data-cancel]')!.hidden = false;
    if ('name' in item) {
      this.#field(kind, 'name').value = item.name;
      this.#field(kind, 'expertise').value = item.expertise.join(', ');
      this.#field(kind, 'affinity').value = item.affinity.join(', ');
    } else {
      this.#field(kind, 'question').value = item.question;
      this.#field(kind, 'keywords').value = item.keywords.join(', ');
    }
    this.#field(kind, kind === 'members' ? 'name' : 'question').focus();
  }

  #stopEditing(kind: Kind) {
    this.#editing[kind] = null;
    const form = this.#form(kind);
    form.reset();
    form.querySelector('[data-legend]')!.textContent = this.label(kind === 'members' ? 'memberFormAdd' : 'questionFormAdd');
    form.querySelector('[data-submit]')!.textContent = this.label('add');
    form.querySelector<HTMLElement>('[data-cancel]')!.hidden = true;
  }

  #remove(kind: Kind, item: Item) {
    this.#dropUndo();
    const items = this.#items(kind);
    const index = items.findIndex((candidate) => candidate.id === item.id);
    if (index < 0) return;
    items.splice(index, 1);
    if (this.#editing[kind] === item.id) this.#stopEditing(kind);
    const kept = this.#save(kind);
    this.#render();
    this.#announce(kind, this.#withKept(fillIn(this.label('removed'), { name: this.#nameOf(item) }), kept));
    const undo = this.querySelector<HTMLButtonElement>(`[data-undo="${kind}"]`)!;
    undo.hidden = false;
    undo.focus();
    this.#undo = { kind, item, index, timer: window.setTimeout(() => this.#dropUndo(), UNDO_MS) };
  }

  #undoRemoval() {
    const undo = this.#undo;
    if (!undo) return;
    this.#dropUndo();
    const items = this.#items(undo.kind);
    if (!items.some((item) => item.id === undo.item.id)) items.splice(Math.min(undo.index, items.length), 0, undo.item);
    const kept = this.#save(undo.kind);
    this.#render();
    this.#announce(undo.kind, this.#withKept(fillIn(this.label('restored'), { name: this.#nameOf(undo.item) }), kept));
    this.#focusItemButton(undo.kind, undo.item.id, 'remove');
  }

  /** Ends the chance to undo; focus on the vanishing button goes to its list's heading. */
  #dropUndo() {
    if (!this.#undo) return;
    window.clearTimeout(this.#undo.timer);
    const button = this.querySelector<HTMLButtonElement>(`[data-undo="${this.#undo.kind}"]`)!;
    const hadFocus = document.activeElement === button;
    button.hidden = true;
    if (hadFocus) this.querySelector<HTMLElement>(`#${CSS.escape(this.#set)}-${this.#undo.kind}`)?.focus();
    this.#undo = null;
  }

  #save(kind: Kind): boolean {
    const summaryWords = { affinity: this.label('summaryAffinity'), none: this.label('summaryNone') };
    const value = [...this.#items(kind), ...this.#unreadable[kind]] as JsonValue;
    const text = kind === 'members' ? summariseMembers(this.#members, summaryWords) : summariseQuestions(this.#questions, summaryWords);
    return this.save(this.#answerId(kind), { value, text, prompt: this.label(kind === 'members' ? 'membersPrompt' : 'questionsPrompt') });
  }

  #withKept(text: string, kept: boolean) {
    return kept ? text : `${text} ${this.label('notKept')}`;
  }

  #announce(kind: Kind, text: string) {
    for (const status of this.querySelectorAll('[data-status]')) status.textContent = '';
    this.querySelector(`[data-status="${kind}"]`)!.textContent = text;
  }

  #focusItemButton(kind: Kind, id: string, action: 'edit' | 'remove') {
    this.querySelector<HTMLElement>(`[data-list="${kind}"] [data-item="${CSS.escape(id)}"] [data-action="${action}"]`)?.focus();
  }

  #render() {
    this.#renderList('members');
    this.#renderList('questions');
    this.#renderMatches();
    const unreadable = this.#unreadable.members.length + this.#unreadable.questions.length;
    const notice = this.querySelector<HTMLElement>('[data-unreadable]')!;
    notice.textContent = unreadable > 0 ? fillIn(this.label('unreadable'), { count: unreadable }) : '';
    notice.hidden = unreadable === 0;
  }

  #renderList(kind: Kind) {
    const items = this.#items(kind);
    this.querySelector<HTMLElement>(`[data-empty="${kind}"]`)!.hidden = items.length > 0;
    this.querySelector(`[data-list="${kind}"]`)!.replaceChildren(
      ...items.map((item) => {
        const entry = element('li');
        entry.dataset['item'] = item.id;
        const title = element('p');
        title.append(element('strong', this.#nameOf(item)));
        entry.append(title);
        if ('name' in item) {
          if (item.expertise.length > 0) entry.append(element('p', `${this.label('expertise')}: ${item.expertise.join(', ')}`));
          if (item.affinity.length > 0) entry.append(element('p', `${this.label('affinity')}: ${item.affinity.join(', ')}`));
        } else if (item.keywords.length > 0) {
          entry.append(element('p', `${this.label('keywords')}: ${item.keywords.join(', ')}`));
        }
        const actions = element('div', undefined, 'ek__actions');
        const name = { name: this.#nameOf(item) };
        const edit = element('button', this.label('edit'), 'widget-button');
        edit.type = 'button';
        edit.dataset['action'] = 'edit';
        edit.setAttribute('aria-label', fillIn(this.label(kind === 'members' ? 'editMember' : 'editQuestion'), name));
        edit.addEventListener('click', () => this.#startEditing(kind, item));
        const remove = element('button', this.label('remove'), 'widget-button');
        remove.type = 'button';
        remove.dataset['action'] = 'remove';
        remove.setAttribute('aria-label', fillIn(this.label(kind === 'members' ? 'removeMember' : 'removeQuestion'), name));
        remove.addEventListener('click', () => this.#remove(kind, item));
        actions.append(edit, remove);
        entry.append(actions);
        return entry;
      }),
    );
  }

  #renderMatches() {
    const map = matchExpertise(this.#members, this.#questions);
    const nameOf = new Map(this.#members.map((member) => [member.id, member.name]));
    const why = { expertise: this.label('why.expertise'), affinity: this.label('why.affinity') };
    const list = (items: string[]) => items.join(', ');
    const describe = (match: MemberMatch) => `${nameOf.get(match.memberId)} (${explainMatch(match, why, list)})`;
    const ready = this.#members.length > 0 && this.#questions.length > 0;
    this.querySelector<HTMLElement>('[data-matches-empty]')!.hidden = ready;

    const printQuestions = this.querySelector('[data-print="questions"]')!;
    const printMembers = this.querySelector('[data-print="members"]')!;
    const row = (cells: string[]) => {
      const tr = element('tr');
      tr.append(...cells.map((cell) => element('td', cell)));
      return tr;
    };
    // An empty list prints as blank rows to write on, as without JavaScript.
    printMembers.replaceChildren(
      ...(this.#members.length > 0
        ? this.#members.map((member) => row([member.name, member.expertise.join(', '), member.affinity.join(', ')]))
        : this.#blankRows.members.map((blank) => blank.cloneNode(true))),
    );
    printQuestions.replaceChildren(
      ...(this.#questions.length > 0
        ? this.#questions.map((question, index) => {
            const matches = map.questions[index]!;
            return row([question.question, question.keywords.join(', '), matches.lead.map(describe).join('; '), matches.contribute.map(describe).join('; ')]);
          })
        : this.#blankRows.questions.map((blank) => blank.cloneNode(true))),
    );

    this.querySelector('[data-matches]')!.replaceChildren(
      ...(ready ? this.#questions : []).map((question, index) => {
        const matches = map.questions[index]!;
        const entry = element('li');
        const title = element('p');
        title.append(element('strong', question.question));
        entry.append(title);
        for (const [group, found] of [
          ['lead', matches.lead],
          ['contribute', matches.contribute],
        ] as const) {
          if (found.length === 0) continue;
          entry.append(element('p', `${this.label(group)}:`));
          const people = element('ul');
          people.append(...found.map((match) => element('li', describe(match))));
          entry.append(people);
        }
        if (matches.lead.length + matches.contribute.length === 0) entry.append(element('p', this.label('nobody')));
        return entry;
      }),
    );

    const unmatched = ready ? map.unmatched.map((id) => nameOf.get(id)!) : [];
    this.querySelector<HTMLElement>('[data-unmatched-block]')!.hidden = unmatched.length === 0;
    this.querySelector('[data-unmatched]')!.replaceChildren(...unmatched.map((name) => element('li', name)));
    const heading = this.querySelector('[data-unmatched-block] h4')?.textContent ?? '';
    this.querySelector('[data-print="unmatched"]')!.textContent = unmatched.length > 0 ? `${heading}: ${unmatched.join(', ')}` : '';
  }
}

customElements.define('expertise-kaart', ExpertiseKaart);
