import { fillIn, longDate } from '../../lib/fill-in';
import {
  courseProgress,
  portfolioGroups,
  type ModuleInfo,
  type PortfolioAnswer,
  type PortfolioGroup,
} from './portfolio';
import { AnswerList } from './answer-list';
import { showStoredItems } from './stored-items';
import { StorageStatus } from './storage-status';
import { backupDue } from './backup-due';
import type { ImportFlow } from './import-flow';
import type { PortfolioLabel } from './labels';
import { withoutFeedback } from '../feedback/feedback-ids';
import { forgetAll, restoreItems } from '../../lib/site-storage';
import { problemMessageKeys } from '../../lib/store-messages';
import { SETTINGS_KEY, readSettings } from '../../lib/storage-settings';
import type { SavedAnswer } from '../../lib/store-data';
import { AnswerWidget } from '../../widgets/runtime/answer-widget';
import { nextTurn } from '../../widgets/runtime/dom';
import { dataPart, parts } from '../../widgets/runtime/parts';
import { UndoOffer } from '../../widgets/runtime/undo-offer';
import { browserStorage, pageStore } from '../../widgets/runtime/page-store';
import { downloadOnDemand } from '../../widgets/runtime/download-on-demand';

/** The portfolio page: progress, answers, export, import, and what is kept (see `Portfolio.astro`). */
class MijnWerk extends AnswerWidget<PortfolioLabel> {
  #modules: ModuleInfo[] = JSON.parse(this.dataset['modules'] ?? '[]');
  #lang = this.dataset['lang'] ?? 'nl';
  /** The import (`import-flow.ts`), loaded with the first file the reader chooses to import. */
  #importFlow: Promise<ImportFlow> | null = null;
  #undo = new UndoOffer(dataPart<HTMLButtonElement>(this, 'undo'));
  #answerList = new AnswerList(
    dataPart(this, 'answers'),
    (key) => this.label(key),
    this.#lang,
    (answer) => this.#delete(answer),
    (copy) => this.#useCopy(copy),
  );
  #storageStatus = new StorageStatus(
    dataPart(this, 'storage-kept'),
    dataPart(this, 'storage-space'),
    (key) => this.label(key),
    this.#lang,
  );

  constructor() {
    super();
    parts<HTMLButtonElement>(this, '[data-export]').forEach((control) =>
      control.addEventListener('click', () => this.#export(control.dataset['export'] ?? '')),
    );
    const file = dataPart<HTMLInputElement>(this, 'import-file');
    file.addEventListener('change', () => this.#readImport(file));
    dataPart(this, 'delete-all').addEventListener('click', () => this.#deleteAll());
    dataPart(this, 'forget-all').addEventListener('click', () => this.#forgetAll());
    dataPart(this, 'dialog-export').addEventListener('click', () => void this.downloadAllAnswers());
    dataPart(this, 'backup').addEventListener('click', () => void this.#backUp());
  }

  override connectedCallback() {
    parts<HTMLButtonElement | HTMLInputElement>(
      this,
      '[data-export], [data-import-file], [data-forget-all]',
    ).forEach((control) => (control.disabled = false));
    super.connectedCallback();
    // A backup made in another tab ends the offer here too.
    window.addEventListener('storage', (event) => event.key === SETTINGS_KEY && this.#refresh(), {
      signal: this.signal,
    });
  }

  protected override restore(answers: Record<string, SavedAnswer>) {
    this.#showBackupOffer(answers);
    this.#showProgress(answers);
    // Feedback is shown beside the answers by `<feedback-inzien>`, not as an answer of the reader's.
    this.#showAnswers(portfolioGroups(this.#modules, withoutFeedback(answers)));
    this.#showStoredItems();
  }

  #refresh() {
    this.restore(pageStore().answers());
    this.showProblems();
  }

  /** The 7-day backup offer at the top, while some change is a week old and in no backup. */
  #showBackupOffer(answers: Record<string, SavedAnswer>) {
    const now = new Date();
    const since = backupDue(answers, readSettings(browserStorage(), now).backupAt, now);
    dataPart(this, 'backup-offer').hidden = since === null;
    if (since)
      dataPart(this, 'backup-due').textContent = fillIn(this.label('backupDue'), {
        date: longDate(since, this.#lang),
      });
  }

  /** Every JSON download is a backup, whichever button made it: the offer goes away. */
  protected override async downloadAllAnswers(): Promise<string> {
    const name = await super.downloadAllAnswers();
    this.#showBackupOffer(pageStore().answers());
    this.#showStoredItems();
    return name;
  }

  async #backUp() {
    this.#say(fillIn(this.label('backupMade'), { file: await this.downloadAllAnswers() }));
    // The offer, and with it the button just pressed, is gone: the reader is told what was saved.
    dataPart(this, 'live').focus();
  }

  #showProgress(answers: Record<string, SavedAnswer>) {
    const progress = courseProgress(this.#modules, answers, pageStore().visits());
    dataPart(this, 'progress-summary').textContent = fillIn(this.label('progressSummary'), {
      visited: progress.modulesVisited,
      total: progress.modules.length,
      answered: progress.questionsAnswered,
      questions: progress.questionsTotal,
    });
    dataPart<HTMLProgressElement>(this, 'progress-bar').value = progress.modulesVisited;
    for (const module of progress.modules) {
      const status = this.querySelector(`[data-module="${CSS.escape(module.path)}"] [data-module-status]`);
      if (!status) continue;
      const visited = module.visitedAt
        ? fillIn(this.label('visitedOn'), { date: longDate(module.visitedAt, this.#lang) })
        : this.label('notVisited');
      const answered =
        module.questions > 0
          ? fillIn(this.label('questionsAnswered'), {
              answered: module.questionsAnswered,
              questions: module.questions,
            })
          : '';
      status.textContent = [visited, answered].filter(Boolean).join(' · ');
    }
  }

  #showAnswers(groups: PortfolioGroup[]) {
    // The list finishes building on its own, a hundred answers at a time.
    void this.#answerList.show(groups);
    dataPart(this, 'empty').hidden = groups.length > 0;
    dataPart(this, 'delete-all').hidden = groups.length === 0;
  }

  /** The conflict copy becomes the answer; the version it replaces stays as a copy, so choosing again undoes it. */
  #useCopy(copy: PortfolioAnswer) {
    this.#focusStatus();
    const { kept } = pageStore().useCopy(copy.id);
    this.#refresh();
    this.#say(this.#sayingKept(this.label('copyUsed'), kept));
  }

  #delete(answer: PortfolioAnswer) {
    const { id, ...saved } = answer;
    const { kept } = pageStore().remove([id]);
    this.#refresh();
    this.#offerUndo(this.label('deleted'), kept, () => void pageStore().put({ [id]: saved }));
  }

  async #deleteAll() {
    const answers = withoutFeedback(pageStore().answers());
    const count = Object.keys(answers).length;
    if (
      !(await this.#confirm(
        fillIn(this.labels, 'deleteAllQuestion', { count }, this.#lang),
        this.label('confirmYes'),
      ))
    )
      return;
    const { kept } = pageStore().remove(Object.keys(answers));
    this.#refresh();
    this.#offerUndo(this.label('deletedAll'), kept, () => void pageStore().put(answers));
  }

  async #forgetAll() {
    if (!(await this.#confirm(this.label('forgetQuestion'), this.label('forgetYes'), true))) return;
    const storage = browserStorage();
    const result = storage ? forgetAll(storage) : { forgotten: [] };
    if ('failed' in result) return this.#say(this.label('forgetFailed'));
    pageStore().receive(null);
    this.#refresh();
    this.#offerUndo(this.label('forgotten'), true, () => {
      if (storage) restoreItems(storage, result.forgotten);
      const answers = result.forgotten.find((item) => item.kind === 'answers');
      if (answers) pageStore().receive(answers.raw);
    });
  }

  #showStoredItems() {
    const count = showStoredItems(
      dataPart(this, 'stored-items'),
      (key) => this.label(key),
      this.#lang,
      (message) => this.#say(message),
    );
    dataPart<HTMLButtonElement>(this, 'forget-all').disabled = count === 0;
    void this.#storageStatus.show();
  }

  async #export(format: string) {
    if (format === 'print') return window.print();
    if (format === 'json') return this.#say(this.#readyMessage(await this.downloadAllAnswers()));
    if (format !== 'markdown' && format !== 'docx') return;
    const groups = portfolioGroups(this.#modules, pageStore().answers());
    const messages =
      format === 'markdown'
        ? { loading: '', failed: this.label('markdownFailed') }
        : { loading: this.label('wordLoading'), failed: this.label('wordFailed') };
    await downloadOnDemand(
      (message) => this.#say(message),
      messages,
      async () => {
        const { downloadPortfolio } = await import('./portfolio-download');
        const name = await downloadPortfolio(
          format,
          groups,
          (key) => this.label(key),
          this.#lang,
          new Date(),
        );
        return this.#readyMessage(name);
      },
    );
  }

  /** "X staat klaar in je downloads." */
  #readyMessage(fileName: string) {
    return fillIn(this.label('exported'), { file: fileName });
  }

  async #readImport(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.#importFlow ??= import('./import-flow').then(
      ({ ImportFlow }) =>
        new ImportFlow({
          element: this,
          labels: this.labels,
          label: (key) => this.label(key),
          lang: this.#lang,
          say: (message) => this.#say(message),
          focusStatus: () => this.#focusStatus(),
          refresh: () => this.#refresh(),
          sayingKept: (message, kept) => this.#sayingKept(message, kept),
        }),
    );
    const flow = await this.#importFlow.catch((error: unknown) => {
      console.error(error);
      // Not kept: the next file tries again.
      this.#importFlow = null;
      return null;
    });
    // Code that cannot load leaves the file unread and nothing changed, as an unreadable file does.
    // In a turn of its own: running the code just loaded and reading a large file in one task
    // blocked the page for a quarter of a second (5,000 answers, docs/performance.md).
    if (flow) await nextTurn().then(() => flow.read(file));
    else this.#say(this.label('import.unreadable'));
  }

  /**
   * Asks in the page's modal dialog; resolves to whether the reader confirmed. The dialog's code
   * loads with the first question (deleting is rare); if it cannot, nothing is done, and said so.
   */
  async #confirm(question: string, confirmLabel: string, offerExport = false): Promise<boolean> {
    const dialog = await import('./confirm-dialog').catch((error: unknown) => {
      console.error(error);
      this.#say(this.label('confirmFailed'));
      return null;
    });
    if (!dialog) return false;
    dataPart(this, 'dialog-export').hidden = !offerExport;
    return dialog.confirmInDialog(
      dataPart<HTMLDialogElement>(this, 'confirm-dialog'),
      question,
      confirmLabel,
    );
  }

  /**
   * `message`, and if what it says was done is not kept, why it lasts for this visit only: the
   * reason the store notice gives (`problemMessageKeys`), in the words of a status line.
   */
  #sayingKept(message: string, kept: boolean): string {
    if (kept) return message;
    const notices = problemMessageKeys(pageStore().problems());
    const reason = notices.includes('store.newerVersion')
      ? 'notKept.newer-version'
      : notices.includes('store.full') || notices.includes('store.damagedNoRoom')
        ? 'notKept.full'
        : 'notKept';
    return `${message} ${this.label(reason)}`;
  }

  #say(message: string) {
    this.#undo.drop();
    dataPart(this, 'live').textContent = message;
  }

  /** Says what was done and offers to undo it, until the next thing the reader does here. */
  #offerUndo(message: string, kept: boolean, undo: () => void) {
    this.#say(this.#sayingKept(message, kept));
    this.#undo.offer(() => {
      this.#focusStatus();
      undo();
      this.#refresh();
      this.#say(this.label('undone'));
    });
  }

  /**
   * Moves focus to the status line, which then says what was done. Called before the change:
   * the page is laid out already, so focusing costs nothing, where after a change to thousands
   * of answers it would make the browser lay the whole page out there and then, in one long task.
   */
  #focusStatus() {
    dataPart(this, 'live').focus();
  }
}

customElements.define('mijn-werk', MijnWerk);
