import type { Assignment, Catalogue } from '../assignments/assignment';
import { decodeAssignment, encodeAssignment, payloadFromHash } from '../assignments/assignment-link';
import { MAX_FILE_BYTES } from '../../lib/answers-file';
import { fillIn } from '../../lib/fill-in';
import { dataLabel } from '../../widgets/runtime/data-label';
import { button, el } from '../../widgets/runtime/dom';
import { dataPart } from '../../widgets/runtime/parts';
import { pagePath, pageStore } from '../../widgets/runtime/page-store';
import { readFeedbackFile } from './feedback-file';
import { feedbackAnswer, feedbackId, storedFeedback, type StoredFeedback } from './feedback-store';
import type { FeedbackViewerLabel } from './labels';

/**
 * The student's side of feedback (see `FeedbackViewer.astro`): opens a feedback file made on
 * the class overview, keeps it in this browser (`feedback-store.ts`) and shows it beside the
 * student's own answers as this browser has them. On the assignment page only that
 * assignment's feedback is opened and shown. Feedback never touches an answer; a file that
 * cannot be read changes nothing and gets its reason.
 */
class FeedbackViewer extends HTMLElement {
  #labels: Partial<Record<FeedbackViewerLabel, string>> = JSON.parse(this.dataset['labels'] ?? '{}');
  #catalogue: Catalogue = JSON.parse(this.dataset['catalogue'] ?? '[]');
  #lang = this.dataset['lang'] ?? 'nl';
  /** On the assignment page, the assignment of its link; null on *Mijn werk*. */
  #assignment: Assignment | null = null;

  constructor() {
    super();
    const input = dataPart<HTMLInputElement>(this, 'feedback-file');
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.value = '';
      // Said afresh for each file, even when it is what was said for the last one.
      this.#say('');
      if (file) void this.#open(file);
    });
  }

  connectedCallback() {
    if (this.dataset['scope'] === 'assignment') {
      const decoded = decodeAssignment(payloadFromHash(location.hash), this.#catalogue);
      // A link the assignment page cannot use has no feedback to show either.
      if (!decoded.assignment || decoded.problems.length > 0) return;
      this.#assignment = decoded.assignment;
    }
    dataPart(this, 'feedback-chrome').hidden = false;
    this.#show();
  }

  #label(key: FeedbackViewerLabel): string {
    return dataLabel(this, this.#labels, key) ?? key;
  }

  #title = (assignment: Assignment) => assignment.title || this.#label('untitled');

  async #open(file: File) {
    const text = file.size > MAX_FILE_BYTES ? '' : await file.text().catch(() => null);
    if (text === null) return this.#say(this.#label('refused.unreadable'));
    const read = readFeedbackFile(text, file.size, this.#catalogue, {
      lang: this.#lang,
      assignment: this.#assignment,
    });
    if ('error' in read) return this.#say(this.#label(`refused.${read.error}`));
    const store = pageStore();
    const id = feedbackId('feedback-in', read.ok);
    const known = id in store.answers();
    const { kept } = store.save(id, feedbackAnswer(read.ok, pagePath(), 'feedback-inzien'));
    this.#show();
    const title = this.#title(read.assignment);
    this.#say(
      kept ? fillIn(this.#label(known ? 'replaced' : 'opened'), { title }) : this.#label('notKeptOpened'),
    );
  }

  #show() {
    const answers = pageStore().answers();
    const payload = this.#assignment && encodeAssignment(this.#assignment);
    const shown = storedFeedback(answers, 'feedback-in', this.#catalogue).filter(
      (stored) => payload === null || stored.feedback.assignment === payload,
    );
    dataPart(this, 'feedback-empty').hidden = shown.length > 0;
    dataPart(this, 'feedback-list').replaceChildren(
      ...shown.map((stored) => this.#item(stored, (id) => answers[id]?.text.trim() ?? '')),
    );
  }

  #item({ id, feedback, assignment }: StoredFeedback, ownAnswer: (id: string) => string): HTMLElement {
    const article = el('article', '', 'feedback-viewer__item');
    article.append(
      el(
        'h3',
        fillIn(this.#label('forStudent'), { title: this.#title(assignment), student: feedback.student }),
      ),
    );
    if (feedback.note)
      article.append(el('h4', this.#label('note')), el('p', feedback.note, 'feedback-viewer__text'));
    for (const [answerId, item] of Object.entries(feedback.items)) {
      const own = ownAnswer(answerId);
      const list = el('dl', '', 'feedback-viewer__pair');
      list.append(
        el('dt', this.#label('yourAnswer')),
        el('dd', own || this.#label('answerGone'), 'feedback-viewer__text'),
        el('dt', this.#label('itemFeedback')),
        el('dd', item.text, 'feedback-viewer__text'),
      );
      article.append(el('h4', item.prompt), list);
    }
    article.append(button(this.#label('remove'), () => this.#remove(id)));
    return article;
  }

  #remove(id: string) {
    const { kept } = pageStore().remove([id]);
    this.#show();
    this.#say(this.#label(kept ? 'removedHere' : 'notKeptOpened'));
    // The button is gone with the feedback: the keyboard goes to what was said.
    dataPart(this, 'feedback-live').focus();
  }

  #say(message: string) {
    dataPart(this, 'feedback-live').textContent = message;
  }
}

customElements.define('feedback-inzien', FeedbackViewer);
