import { AnswerWidget } from '../../../widgets/runtime/answer-widget';
import { dataPart } from '../../../widgets/runtime/parts';
import { pageStore } from '../../../widgets/runtime/page-store';
import { fillIn, longDate } from '../../../lib/fill-in';
import type { SavedAnswer } from '../../../lib/store-data';
import { noonOf, SESSION_WIDGET, sessionId, sessionOf, today } from '../session-record';
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
    // Another day chosen: show what was recorded for that day, if anything.
    this.#date.addEventListener('change', () => this.restore(pageStore().answers(), null));
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
    const id = sessionId(this.dataset['kit'] ?? '', this.#date.value);
    if (changedIds && !changedIds.includes(id)) return;
    const saved = answers[id];
    this.#notes.value = saved ? (sessionOf(saved)?.notes ?? '') : '';
  }
}

customElements.define(SESSION_WIDGET, SessionRecorder);
