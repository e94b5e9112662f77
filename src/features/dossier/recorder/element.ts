import { AnswerWidget } from '../../../widgets/runtime/answer-widget';
import { dataPart } from '../../../widgets/runtime/parts';
import { pageStore } from '../../../widgets/runtime/page-store';
import { fillIn, longDate } from '../../../lib/fill-in';
import type { SavedAnswer } from '../../../lib/store-data';
import { noonOf, SESSION_WIDGET, sessionId, sessionOf } from '../session-record';
import { today } from './today';
import type { SessionRecorderLabel } from './labels';

/**
 * Records the reader's part in this kit's session: one answer per kit and day (`session-record.ts`),
 * saved under this element's name, `SESSION_WIDGET`, which the record recognises it by.
 */
class SessionRecorder extends AnswerWidget<SessionRecorderLabel> {
  get #date() {
    return dataPart<HTMLInputElement>(this, 'date');
  }
  get #notes() {
    return dataPart<HTMLTextAreaElement>(this, 'notes');
  }

  override connectedCallback() {
    this.hidden = false;
    this.#date.value ||= today(new Date());
    dataPart(this, 'form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#record();
    });
    // Another day chosen: show what was recorded for that day, or nothing.
    this.#date.addEventListener('change', () => this.#show(pageStore().answers(), true));
    super.connectedCallback();
  }

  #record() {
    const kit = this.dataset['kit'] ?? '';
    const date = this.#date.value;
    const lang = document.documentElement.lang;
    const shownDate = longDate(noonOf(date), lang);
    const kept = this.save(sessionId(kit, date), {
      value: { kit, date, notes: this.#notes.value },
      text: this.#notes.value,
      prompt: fillIn(this.label('prompt'), { kit: this.dataset['title'] ?? kit, date: shownDate }),
    });
    dataPart(this, 'status').textContent = kept
      ? fillIn(this.label('saved'), { date: shownDate })
      : this.label('notKept');
  }

  protected override restore(answers: Record<string, SavedAnswer>, changedIds: string[] | null) {
    if (changedIds && !changedIds.includes(sessionId(this.dataset['kit'] ?? '', this.#date.value))) return;
    this.#show(answers, false);
  }

  /**
   * Shows the notes saved for the chosen day. With none saved, what the field holds stays,
   * unless the reader chose another day: this element loads when the form is opened, and the
   * reader may have started typing before it came.
   */
  #show(answers: Record<string, SavedAnswer>, dayChanged: boolean) {
    const saved = answers[sessionId(this.dataset['kit'] ?? '', this.#date.value)];
    if (saved) this.#notes.value = sessionOf(saved)?.notes ?? '';
    else if (dayChanged) this.#notes.value = '';
  }
}

// The tag written out (checked against SESSION_WIDGET by the type), as the build tests find a
// page's elements by their `customElements.define` in the built scripts.
customElements.define('deelname-vastleggen' satisfies typeof SESSION_WIDGET, SessionRecorder);
