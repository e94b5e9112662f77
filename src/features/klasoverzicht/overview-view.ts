import type { Assignment, Catalogue } from '../assignments/assignment';
import { handInPreview } from '../assignment-page/hand-in-preview';
import { downloadWord } from '../mijn-werk/download-word';
import { toMarkdown } from '../mijn-werk/portfolio-export';
import { FeedbackEditor } from '../feedback/feedback-editor';
import type { FeedbackEditorLabel } from '../feedback/labels';
import { MAX_FILE_BYTES } from '../../lib/answers-file';
import { fillIn } from '../../lib/fill-in';
import { datedFileName, download } from '../../widgets/runtime/download';
import { dataLabel } from '../../widgets/runtime/data-label';
import { el, listItems } from '../../widgets/runtime/dom';
import { dataPart, parts } from '../../widgets/runtime/parts';
import { downloadOnDemand } from '../../widgets/runtime/download-on-demand';
import { classCsv } from './class-csv';
import { classMatrix, sortRows, type ClassMatrix, type SortKey } from './class-matrix';
import { classOutline } from './class-outline';
import { answersToItem, studentHandIn } from './class-readings';
import { readHandIns, type HandInText, type ReadHandIns } from './hand-ins';
import type { ClassOverviewLabel } from './labels';
import { columnName, renderMatrix, type MatrixSort } from './matrix-table';
import { summaryTables } from './summary-tables';
import { widgetSummaries } from './widget-summaries';

/** What the page's element hands the overview: its labels, the catalogue, the page's language and link. */
export interface OverviewHost {
  label: (key: ClassOverviewLabel) => string;
  title: (assignment: Assignment) => string;
  say: (message: string) => void;
  catalogue: Catalogue;
  lang: string;
  /** The assignment of the page's link, or null when it was opened without one. */
  opened: Assignment | null;
}

/**
 * Everything the class overview does with hand-ins once the educator has chosen some: reading
 * them, the matrix, the readings by question and by student with their feedback, the summaries
 * and the exports. `element.ts` loads it with the first files, so that the page itself stays light.
 */
export class OverviewView {
  #element: HTMLElement;
  #host: OverviewHost;
  #read: ReadHandIns | null = null;
  #matrix: ClassMatrix | null = null;
  #sort: MatrixSort = { key: 'name', ascending: true };
  /** Counts the readings, so that a slow earlier choice never overwrites a newer one. */
  #generation = 0;
  #feedback: FeedbackEditor;

  constructor(element: HTMLElement, host: OverviewHost) {
    this.#element = element;
    this.#host = host;
    const feedbackLabels: Partial<Record<FeedbackEditorLabel, string>> = JSON.parse(
      element.dataset['feedbackLabels'] ?? '{}',
    );
    this.#feedback = new FeedbackEditor(
      element,
      (key) => dataLabel(element, feedbackLabels, key) ?? key,
      host.say,
      host.lang === 'en' ? 'en' : 'nl',
    );
    dataPart(element, 'question').addEventListener('change', () => this.#showQuestion());
    dataPart(element, 'student').addEventListener('change', () => this.#showStudent());
    parts<HTMLButtonElement>(element, '[data-export]').forEach((button) =>
      button.addEventListener('click', () => void this.#export(button.dataset['export'] ?? '')),
    );
    dataPart(element, 'feedback-download').addEventListener('click', () => {
      if (this.#read?.assignment) this.#feedback.downloadOne(host.title(this.#read.assignment));
    });
    dataPart(element, 'feedback-download-all').addEventListener('click', () => {
      const assignment = this.#read?.assignment;
      if (!assignment || !this.#matrix) return;
      const students = sortRows(this.#matrix, 'name', true, host.lang).map((row) => row.student);
      void this.#feedback.downloadAll(assignment, host.title(assignment), students, host.catalogue);
    });
  }

  /** Reads the chosen hand-ins and shows them, unless a newer choice came meanwhile. */
  async read(files: File[]) {
    const generation = ++this.#generation;
    const texts: HandInText[] = await Promise.all(
      files.map(async (file) => ({
        name: file.name,
        size: file.size,
        // A file too big to be a hand-in is not read at all.
        text: file.size > MAX_FILE_BYTES ? '' : await file.text().catch(() => null),
      })),
    );
    if (generation !== this.#generation) return;
    const read = readHandIns(texts, this.#host.opened, this.#host.catalogue, this.#host.lang);
    // A choice without one hand-in to show (the wrong file dropped, a hostile one) leaves the class shown as it was.
    if (read.handIns.length === 0 && this.#matrix && this.#matrix.rows.length > 0) {
      this.#showFileProblems(read);
      return this.#host.say(
        fillIn(this.#host.label('unchanged'), { apart: read.setApart.length, refused: read.refused.length }),
      );
    }
    this.#read = read;
    this.#matrix = read.assignment ? classMatrix(read.assignment, this.#host.catalogue, read.handIns) : null;
    this.#showFileProblems(read);
    this.#showResults();
    this.#host.say(
      fillIn(this.#host.label('read'), {
        handIns: read.handIns.length,
        students: this.#matrix?.rows.length ?? 0,
        apart: read.setApart.length,
        refused: read.refused.length,
      }),
    );
  }

  #showFileProblems(read: ReadHandIns) {
    dataPart(this.#element, 'problems').hidden = read.setApart.length + read.refused.length === 0;
    dataPart(this.#element, 'set-apart-part').hidden = read.setApart.length === 0;
    dataPart(this.#element, 'refused-part').hidden = read.refused.length === 0;
    listItems(
      dataPart(this.#element, 'set-apart'),
      read.setApart.map(({ file, student, reason }) =>
        fillIn(this.#host.label(`setApart.${reason}`), { file, student }),
      ),
    );
    listItems(
      dataPart(this.#element, 'refused'),
      read.refused.map(({ file, reason }) => fillIn(this.#host.label(`refused.${reason}`), { file })),
    );
  }

  #showResults() {
    const matrix = this.#matrix;
    dataPart(this.#element, 'results').hidden = matrix === null || matrix.rows.length === 0;
    if (!matrix || !this.#read?.assignment) return;
    if (!this.#host.opened)
      dataPart(this.#element, 'opened').textContent = fillIn(this.#host.label('openedFromFile'), {
        title: this.#host.title(this.#read.assignment),
      });
    this.#renderMatrix();
    dataPart(this.#element, 'summaries').replaceChildren(
      ...summaryTables(
        widgetSummaries(matrix, this.#host.lang),
        (summary) => this.#columnText(summary.column.key),
        (label) => this.#host.label(label),
        this.#host.lang,
      ),
    );
    const question = dataPart<HTMLSelectElement>(this.#element, 'question');
    question.replaceChildren(
      ...matrix.columns
        .filter((column) => column.kind !== 'read')
        .map((column) => {
          const option = el('option', this.#columnText(column.key));
          option.value = column.key;
          return option;
        }),
    );
    const student = dataPart<HTMLSelectElement>(this.#element, 'student');
    student.replaceChildren(
      ...sortRows(matrix, 'name', true, this.#host.lang).map((row) => {
        const option = el('option', row.student);
        option.value = row.student;
        return option;
      }),
    );
    this.#showQuestion();
    this.#showStudent();
  }

  #columnText(key: string): string {
    const column = this.#matrix?.columns.find((candidate) => candidate.key === key);
    if (!column) return '';
    return fillIn(this.#host.label('column'), {
      module: column.module,
      item: columnName(column, (label) => this.#host.label(label)),
    });
  }

  #renderMatrix(focusSort?: SortKey) {
    const matrix = this.#matrix;
    if (!matrix) return;
    const table = dataPart<HTMLTableElement>(this.#element, 'matrix');
    renderMatrix(
      table,
      matrix,
      sortRows(matrix, this.#sort.key, this.#sort.ascending, this.#host.lang),
      this.#sort,
      (label) => this.#host.label(label),
      (key) => {
        this.#sort = { key, ascending: this.#sort.key === key ? !this.#sort.ascending : true };
        this.#renderMatrix(key);
      },
    );
    // The table is drawn anew: keep the keyboard on the button that sorted it.
    if (focusSort)
      parts<HTMLButtonElement>(table, 'button[data-sort]')
        .find((button) => button.dataset['sort'] === focusSort)
        ?.focus();
  }

  #showQuestion() {
    const key = dataPart<HTMLSelectElement>(this.#element, 'question').value;
    dataPart(this.#element, 'question-text').textContent = this.#columnText(key);
    const answers = this.#matrix ? answersToItem(this.#matrix, key) : [];
    dataPart(this.#element, 'question-answers').replaceChildren(
      ...answers.map((answer) => {
        const card = el('article', '', 'class-overview__answer');
        card.append(el('h4', answer.student));
        const texts = answer.answers.map((saved) => saved.text.trim()).filter(Boolean);
        if (!answer.done || texts.length === 0) card.append(el('p', this.#host.label('notDone')));
        else card.append(...texts.map((text) => el('p', text)));
        return card;
      }),
    );
  }

  #showStudent() {
    const target = dataPart(this.#element, 'student-hand-in');
    const assignment = this.#read?.assignment;
    if (!assignment || !this.#matrix) return target.replaceChildren();
    const name = dataPart<HTMLSelectElement>(this.#element, 'student').value;
    const groups = studentHandIn(assignment, this.#host.catalogue, this.#matrix, name);
    this.#feedback.open(assignment, name, this.#host.catalogue);
    target.replaceChildren(
      ...(groups.length
        ? handInPreview(groups, 'h3', (answer) => [this.#feedback.field(answer)])
        : [el('p', this.#host.label('studentEmpty'))]),
    );
  }

  async #export(format: string) {
    const matrix = this.#matrix;
    const assignment = this.#read?.assignment;
    if (!matrix || !assignment) return;
    const now = new Date();
    const rows = sortRows(matrix, this.#sort.key, this.#sort.ascending, this.#host.lang);
    const name = (extension: string) => `klasoverzicht-${datedFileName(extension, now)}`;
    if (format === 'csv') {
      const file = name('csv');
      const csv = classCsv(matrix, rows, {
        student: this.#host.label('student'),
        done: this.#host.label('csvDone'),
        total: this.#host.label('csvTotal'),
        column: (column) =>
          fillIn(this.#host.label('csvColumn'), {
            module: column.module,
            item: columnName(column, (label) => this.#host.label(label)),
          }),
      });
      download(file, csv, 'text/csv;charset=utf-8');
      return this.#host.say(fillIn(this.#host.label('exported'), { file }));
    }
    const outline = classOutline(
      matrix,
      rows,
      {
        title: fillIn(this.#host.label('docTitle'), { title: this.#host.title(assignment) }),
        exportedOn: this.#host.label('exportedOn'),
        progress: this.#host.label('progress'),
        notDone: this.#host.label('notDone'),
        item: (column) => this.#columnText(column.key),
      },
      this.#host.lang,
      now,
    );
    if (format === 'markdown') {
      const file = name('md');
      download(file, toMarkdown(outline), 'text/markdown;charset=utf-8');
      return this.#host.say(fillIn(this.#host.label('exported'), { file }));
    }
    const messages = { loading: this.#host.label('wordLoading'), failed: this.#host.label('wordFailed') };
    await downloadOnDemand(
      (message) => this.#host.say(message),
      messages,
      async () => {
        const file = name('docx');
        await downloadWord(file, outline, this.#host.lang);
        return fillIn(this.#host.label('exported'), { file });
      },
    );
  }
}
