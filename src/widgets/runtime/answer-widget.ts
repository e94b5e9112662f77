import type { JsonValue, SavedAnswer } from '../../lib/store-data';
import { problemMessageKeys } from '../../lib/store-messages';
import { onOtherTabChange, pagePath, pageStore } from './page-store';
import { BEFORE_RELOAD } from './reload-guard';
import { dataLabel } from './data-label';
import { part } from './parts';

/** What a widget hands to `save()`: the page and widget name are added here. */
export interface WidgetAnswer {
  value: JsonValue;
  /** The answer as plain text in the page's language, for the portfolio and exports. */
  text: string;
  /** The question or task as the reader saw it. */
  prompt: string;
}

/** Whether a save is kept beyond this visit, and whether it kept another tab's version as a conflict copy. */
export interface SaveResult {
  kept: boolean;
  copied: boolean;
}

/**
 * The saving a widget lends to the helpers that work for it (`TextAnswer`), as plain
 * functions: the helper needs no access to the widget's protected members.
 */
export interface AnswerHost {
  /** The widget element, to find the helper's parts in. */
  readonly element: HTMLElement;
  save(id: string, answer: WidgetAnswer): SaveResult;
  saveSoon(key: object, save: () => void, delayMs?: number): void;
  saveNowIfPending(key: object): void;
  isPending(key: object): boolean;
  /** Another tab's version of answer `id` was not shown here, the reader being busy with it. */
  declined(id: string): void;
  /** The stored version of answer `id` is what shows here now. */
  shown(id: string): void;
}

/**
 * What every widget that keeps answers shares: its labels (JSON in `data-labels`), the
 * page's one store, other tabs' changes, and the `<StoreNotice>` inside it that tells the
 * reader about storage problems and offers their answers as a file.
 *
 * A widget extends it, shows saved answers in `restore()` and calls `save()`. It sets text
 * with `textContent` or `value` only, never as HTML.
 */
export abstract class AnswerWidget<Label extends string = string> extends HTMLElement {
  /** The labels the component handed over (`labelsFor`), typed by the same key list. */
  protected readonly labels: Partial<Record<Label, string>> = JSON.parse(this.dataset['labels'] ?? '{}');
  #pending = new Map<object | string, { timer: number; save: () => void }>();
  /** Whether the latest change here could not be stored, so it lives only in this page. */
  #notKept = false;

  /**
   * Answers another tab saved while the reader was busy with them here, so that what shows here
   * is not the stored version: the next save of one keeps the stored version as a conflict
   * copy (`src/lib/conflict-copies.ts`) instead of writing over what the reader never saw.
   */
  #declined = new Set<string>();

  /** Aborted when the element leaves the page, which removes every listener it set on window, document or the store. */
  #lifetime: AbortController | null = null;

  /** Listeners a subclass sets outside itself (window, document) take this signal, so they end with the element. */
  protected get signal(): AbortSignal {
    this.#lifetime ??= new AbortController();
    return this.#lifetime.signal;
  }

  /** This widget's saving, for a helper such as `TextAnswer`. */
  protected get answerHost(): AnswerHost {
    return {
      element: this,
      save: (id, answer) => this.saveAnswer(id, answer),
      saveSoon: (key, save, delayMs) => this.saveSoon(key, save, delayMs),
      saveNowIfPending: (key) => this.saveNowIfPending(key),
      isPending: (key) => this.isPending(key),
      declined: (id) => this.declined(id),
      shown: (id) => this.shown(id),
    };
  }

  connectedCallback() {
    const { signal } = this;
    // What has not been saved yet must not be lost when the reader leaves.
    const saveAll = () => [...this.#pending.keys()].forEach((key) => this.saveNowIfPending(key));
    window.addEventListener('pagehide', saveAll, { signal });
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && saveAll(), {
      signal,
    });
    document.addEventListener(
      BEFORE_RELOAD,
      (event) => {
        saveAll();
        if (this.#notKept) event.preventDefault();
      },
      { signal },
    );
    this.restore(pageStore().answers(), null);
    onOtherTabChange((changedIds) => this.restore(pageStore().answers(), changedIds), signal);
    this.querySelector('[data-store-notice] button')?.addEventListener(
      'click',
      () => void this.downloadAllAnswers(),
      { signal },
    );
    this.showProblems();
  }

  disconnectedCallback() {
    // Saves what is waiting first: an element taken out of the page keeps what the reader typed.
    [...this.#pending.keys()].forEach((key) => this.saveNowIfPending(key));
    this.#lifetime?.abort();
    this.#lifetime = null;
  }

  /**
   * Shows saved answers: all of them when the widget starts (`changedIds` null), or those
   * another tab changed or deleted. Must not replace what the reader is busy changing here.
   */
  protected abstract restore(answers: Record<string, SavedAnswer>, changedIds: string[] | null): void;

  /** A label by key. One the component did not hand over is a fault of the markup, said in the console. */
  protected label(key: Label): string {
    return dataLabel(this, this.labels, key) ?? '';
  }

  /** Another tab's version of answer `id` arrived while the reader was busy with it, and does not show here. */
  protected declined(id: string) {
    this.#declined.add(id);
  }

  /** The stored version of answer `id` shows here (taken in from another tab, or saved here). */
  protected shown(id: string) {
    this.#declined.delete(id);
  }

  /**
   * Offers every answer as the re-importable JSON file (the store notice's button); resolves to
   * its name. The file's code loads on the first download: most visits never need it.
   */
  protected async downloadAllAnswers(): Promise<string> {
    const { downloadAnswers } = await import('./download-answers');
    return downloadAnswers(pageStore());
  }

  /** Saves one answer; says whether it is kept beyond this visit. */
  protected save(id: string, answer: WidgetAnswer): boolean {
    return this.saveAnswer(id, answer).kept;
  }

  /** Saves one answer; says whether it is kept, and whether another tab's version became a copy. */
  protected saveAnswer(id: string, answer: WidgetAnswer): SaveResult {
    const keepStoredAsCopy = this.#declined.delete(id);
    const page = pagePath();
    const result = pageStore().save(id, { ...answer, page, widget: this.localName }, keepStoredAsCopy);
    this.#notKept = !result.kept;
    this.showProblems();
    return result;
  }

  /** Runs `save` once the reader has paused for `delayMs`; a later call for the same `key` replaces it. */
  protected saveSoon(key: object | string, save: () => void, delayMs = 600) {
    this.cancelSave(key);
    this.#pending.set(key, { timer: window.setTimeout(() => this.saveNowIfPending(key), delayMs), save });
  }

  /** Runs the save waiting for `key` now, if there is one. */
  protected saveNowIfPending(key: object | string) {
    const pending = this.#pending.get(key);
    this.cancelSave(key);
    pending?.save();
  }

  protected cancelSave(key: object | string) {
    window.clearTimeout(this.#pending.get(key)?.timer);
    this.#pending.delete(key);
  }

  /** Whether a save for `key` is waiting: the reader is busy there. */
  protected isPending(key: object | string): boolean {
    return this.#pending.has(key);
  }

  /** Deletes answers (a reset); says whether that is kept beyond this visit. */
  protected forget(ids: string[]): boolean {
    const { kept } = pageStore().remove(ids);
    this.#notKept = !kept;
    this.showProblems();
    return kept;
  }

  protected showProblems() {
    const notice = this.querySelector<HTMLElement>('[data-store-notice]');
    if (!notice) return;
    const messages: Record<string, string> = JSON.parse(notice.dataset['messages'] ?? '{}');
    const text = problemMessageKeys(pageStore().problems()).map((key) => messages[key]);
    part(notice, '[role="alert"]').textContent = text.join(' ');
    notice.hidden = text.length === 0;
  }
}
