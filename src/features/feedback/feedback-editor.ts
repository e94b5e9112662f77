import type { Assignment, Catalogue } from '../assignments/assignment';
import { encodeAssignment } from '../assignments/assignment-link';
import { studentFileName } from '../assignment-page/assignment-hand-in';
import type { PortfolioAnswer } from '../mijn-werk/portfolio';
import { fillIn } from '../../lib/fill-in';
import { download } from '../../widgets/runtime/download';
import { el } from '../../widgets/runtime/dom';
import { dataPart } from '../../widgets/runtime/parts';
import { pagePath, pageStore } from '../../widgets/runtime/page-store';
import { FEEDBACK_LIMIT, cleanFeedback, hasFeedback, readFeedback, type Feedback } from './feedback';
import { toFeedbackFile } from './feedback-file';
import { feedbackAnswer, feedbackId } from './feedback-store';
import type { FeedbackEditorLabel } from './labels';

/** How long typing pauses before what was typed is kept. */
const SAVE_DELAY_MS = 400;

/**
 * The class overview's feedback (see `feedback-store.ts`): a field under each answer of the
 * student read by student, and one for the hand-in as a whole (`data-feedback-note`), kept in
 * this browser as the educator types; and the feedback files, per student or for the whole
 * class in one zip. The store is opened only once feedback is shown, so the page keeps
 * nothing for an educator who only reads.
 */
export class FeedbackEditor {
  #feedback: Feedback | null = null;
  #timer = 0;
  /** Kept at a pause in typing, not said yet: said when the educator leaves the field. */
  #untold = false;
  #note: HTMLTextAreaElement;

  constructor(
    readonly host: HTMLElement,
    readonly label: (key: FeedbackEditorLabel) => string,
    readonly say: (message: string) => void,
    readonly lang: 'nl' | 'en',
  ) {
    this.#note = dataPart<HTMLTextAreaElement>(host, 'feedback-note');
    this.#note.maxLength = FEEDBACK_LIMIT;
    this.#note.addEventListener('input', () => this.#saveSoon());
    this.#note.addEventListener('change', () => this.#saveNow());
  }

  /** The feedback kept for `student`'s hand-in of `assignment`, or none yet. */
  #kept(assignment: string, student: string, catalogue: Catalogue): Feedback {
    const empty: Feedback = { assignment, lang: this.lang, student, items: {}, note: '' };
    const stored = pageStore().answers()[feedbackId('feedback', empty)];
    const read = stored ? readFeedback(stored.value, catalogue) : null;
    return read && 'ok' in read ? read.ok : empty;
  }

  /** Shows `student`'s feedback; call before building the fields of their answers. */
  open(assignment: Assignment, student: string, catalogue: Catalogue) {
    this.#saveNow();
    this.#feedback = this.#kept(encodeAssignment(assignment), student, catalogue);
    this.#note.value = this.#feedback.note;
  }

  /** The field for feedback on `answer`, to go under it. */
  field(answer: PortfolioAnswer): HTMLElement {
    const item = el('dd', '', 'feedback-field');
    const area = el('textarea', '', 'widget-field');
    area.id = `feedback-${answer.id.replace(/[^a-z0-9-]/gi, '-')}`;
    area.rows = 3;
    area.maxLength = FEEDBACK_LIMIT;
    area.dataset['feedbackItem'] = answer.id;
    area.dataset['prompt'] = answer.prompt;
    area.value = this.#feedback?.items[answer.id]?.text ?? '';
    area.addEventListener('input', () => this.#saveSoon());
    area.addEventListener('change', () => this.#saveNow());
    const label = el('label', fillIn(this.label('itemLabel'), { prompt: answer.prompt }));
    label.htmlFor = area.id;
    item.append(label, area);
    return item;
  }

  #saveSoon() {
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => this.#saveNow(false), SAVE_DELAY_MS);
  }

  /** Keeps what the fields say; `tell`: says so (once the educator leaves a field, not at every pause). */
  #saveNow(tell = true) {
    clearTimeout(this.#timer);
    const shown = this.#feedback;
    if (!shown) return;
    const items: Feedback['items'] = {};
    for (const area of this.host.querySelectorAll<HTMLTextAreaElement>('textarea[data-feedback-item]'))
      items[area.dataset['feedbackItem']!] = { prompt: area.dataset['prompt'] ?? '', text: area.value };
    const feedback = cleanFeedback({ ...shown, items, note: this.#note.value });
    const id = feedbackId('feedback', feedback);
    const unchanged = JSON.stringify(feedback) === JSON.stringify(shown);
    this.#feedback = feedback;
    let kept = true;
    if (!unchanged) {
      const store = pageStore();
      ({ kept } = hasFeedback(feedback)
        ? store.save(id, feedbackAnswer(feedback, pagePath(), 'klas-overzicht'))
        : store.remove([id]));
      this.#untold = true;
    }
    if (!kept || (tell && this.#untold)) {
      this.#untold = false;
      this.say(this.label(!kept ? 'notKept' : hasFeedback(feedback) ? 'saved' : 'removed'));
    }
  }

  /** Offers the shown student's feedback file. */
  downloadOne(title: string) {
    this.#saveNow(false);
    const feedback = this.#feedback;
    if (!feedback || !hasFeedback(feedback))
      return this.say(fillIn(this.label('none'), { student: feedback?.student ?? '' }));
    const now = new Date();
    const file = studentFileName('feedback', title, feedback.student, 'json', now);
    download(file, toFeedbackFile(feedback, now), 'application/json');
    this.say(fillIn(this.label('downloaded'), { file }));
  }

  /** Offers every one of `students`' feedback files in one zip (fflate is loaded only now). */
  async downloadAll(
    assignment: Assignment,
    title: string,
    students: readonly string[],
    catalogue: Catalogue,
  ) {
    this.#saveNow(false);
    const payload = encodeAssignment(assignment);
    const now = new Date();
    const names = new Set<string>();
    const files = students
      .map((student) => this.#kept(payload, student, catalogue))
      .filter(hasFeedback)
      .map((feedback) => {
        const first = studentFileName('feedback', '', feedback.student, 'json', now);
        let path = first;
        // Two names that make the same file name (Noor and Nóór) still get a file each.
        for (let n = 2; names.has(path); n++) path = first.replace(/\.json$/, `-${n}.json`);
        names.add(path);
        return { path, content: toFeedbackFile(feedback, now) };
      });
    if (files.length === 0) return this.say(this.label('noneForClass'));
    const { zipCartridge } = await import('../cartridge/zip-cartridge');
    const file = studentFileName('feedback', title, '', 'zip', now);
    const bytes = zipCartridge(files);
    download(file, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
    this.say(fillIn(this.label('downloaded'), { file }));
  }
}
