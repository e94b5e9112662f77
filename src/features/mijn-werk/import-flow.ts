/**
 * Mijn werk's import of a JSON file: reads and checks it (`answers-file.ts`), shows what it
 * would add and replace, and puts it in the store once the reader confirms. `element.ts` loads
 * this with the first file the reader chooses to import.
 */
import { MAX_FILE_BYTES, planImport, readAnswersFile, type ImportedAnswers } from '../../lib/answers-file';
import { fillIn } from '../../lib/fill-in';
import { listItemsInTurns } from '../../widgets/runtime/dom';
import { dataPart } from '../../widgets/runtime/parts';
import { pageStore } from '../../widgets/runtime/page-store';
import type { PortfolioLabel } from './labels';

/** What the page's element lends the import: its parts, words and status line. */
export interface ImportHost {
  element: HTMLElement;
  labels: Partial<Record<PortfolioLabel, string>>;
  label: (key: PortfolioLabel) => string;
  lang: string;
  say: (message: string) => void;
  /** The keyboard to the status line, before the page redraws. */
  focusStatus: () => void;
  /** Redraws the page from the store. */
  refresh: () => void;
  /** `message`, with why it lasts for this visit only when it is not kept. */
  sayingKept: (message: string, kept: boolean) => string;
}

export class ImportFlow {
  #host: ImportHost;
  #pending: ImportedAnswers | null = null;

  constructor(host: ImportHost) {
    this.#host = host;
    dataPart(host.element, 'import-confirm').addEventListener('click', () => this.#confirm());
    dataPart(host.element, 'import-cancel').addEventListener('click', () => this.#cancel());
  }

  /** Reads `file` and shows what importing it would do, or says why it cannot. */
  async read(file: File) {
    const { element, label, labels, lang, say } = this.#host;
    this.#cancel(false);
    let result: ReturnType<typeof readAnswersFile>;
    try {
      // The size is checked before reading, so a huge file is never loaded.
      result =
        file.size > MAX_FILE_BYTES ? { error: 'too-large' } : readAnswersFile(await file.text(), file.size);
    } catch (error) {
      console.error(error);
      return say(label('import.unreadable'));
    }
    if ('error' in result) return say(fillIn(label(`import.${result.error}`), { where: result.where ?? '' }));
    const plan = planImport(pageStore().answers(), result.ok.answers);
    if (plan.add.length + plan.replace.length === 0) return say(label('importNothing'));
    this.#pending = result.ok;
    const counts = {
      count: Object.keys(result.ok.answers).length,
      add: plan.add.length,
      replace: plan.replace.length,
      same: plan.same.length,
    };
    const skipped = result.ok.skipped.length
      ? ` ${fillIn(labels, 'importSkipped', { count: result.ok.skipped.length, where: result.ok.skipped.join(', ') }, lang)}`
      : '';
    dataPart(element, 'import-summary').textContent = fillIn(labels, 'importPlan', counts, lang) + skipped;
    const current = pageStore().answers();
    const pending = result.ok;
    void listItemsInTurns(
      dataPart(element, 'import-replace-list'),
      plan.replace.map((id) => current[id]?.prompt ?? id),
      () => this.#pending === pending,
    );
    dataPart(element, 'import-replace').hidden = plan.replace.length === 0;
    dataPart(element, 'import-plan').hidden = false;
    say('');
    dataPart(element, 'import-summary').focus();
  }

  #confirm() {
    const incoming = this.#pending;
    if (!incoming) return;
    const { label, say, sayingKept } = this.#host;
    this.#host.focusStatus();
    const plan = planImport(pageStore().answers(), incoming.answers);
    const { kept } = pageStore().put(incoming.answers, incoming.visits);
    this.#cancel(false);
    this.#host.refresh();
    say(sayingKept(fillIn(label('imported'), { add: plan.add.length, replace: plan.replace.length }), kept));
  }

  #cancel(announce = true) {
    const wasOpen = this.#pending !== null;
    this.#pending = null;
    dataPart(this.#host.element, 'import-plan').hidden = true;
    if (announce && wasOpen) {
      this.#host.say(this.#host.label('importCancelled'));
      dataPart(this.#host.element, 'import-file').focus();
    }
  }
}
