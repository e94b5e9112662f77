import type { Assignment, Catalogue } from '../assignments/assignment';
import { decodeAssignment, payloadFromHash } from '../assignments/assignment-link';
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
import { wireFileDrop } from '../../widgets/runtime/file-drop';
import { classCsv } from './class-csv';
import { classMatrix, sortRows, type ClassMatrix, type SortKey } from './class-matrix';
import { classOutline } from './class-outline';
import { answersToItem, studentHandIn } from './class-readings';
import { readHandIns, type HandInText, type ReadHandIns } from './hand-ins';
import type { ClassOverviewLabel } from './labels';
import { columnName, renderMatrix, type MatrixSort } from './matrix-table';
import { summaryTables } from './summary-tables';
import { widgetSummaries } from './widget-summaries';
import { downloadOnDemand } from '../../widgets/runtime/download-on-demand';

/** The class overview (see `Klasoverzicht.astro`): reads the chosen hand-ins and shows them. */
class ClassOverview extends HTMLElement {
  #labels: Partial<Record<ClassOverviewLabel, string>> = JSON.parse(this.dataset['labels'] ?? '{}');
  #catalogue: Catalogue = JSON.parse(this.dataset['catalogue'] ?? '[]');
  #lang = this.dataset['lang'] ?? 'nl';
  /** The assignment of the page's link, or null when it was opened without one. */
  #opened: Assignment | null = null;
  #read: ReadHandIns | null = null;
  #matrix: ClassMatrix | null = null;
  #sort: MatrixSort = { key: 'name', ascending: true };
  /** Counts the readings, so that a slow earlier choice never overwrites a newer one. */
  #generation = 0;
  #feedbackLabels: Partial<Record<FeedbackEditorLabel, string>> = JSON.parse(
    this.dataset['feedbackLabels'] ?? '{}',
  );
  #feedback = new FeedbackEditor(
    this,
    (key) => dataLabel(this, this.#feedbackLabels, key) ?? key,
    (message) => this.#say(message),
    this.#lang === 'en' ? 'en' : 'nl',
  );

  constructor() {
    super();
    wireFileDrop(dataPart(this, 'drop'), (files) => void this.#readFiles(files));
    dataPart(this, 'question').addEventListener('change', () => this.#showQuestion());
    dataPart(this, 'student').addEventListener('change', () => this.#showStudent());
    parts<HTMLButtonElement>(this, '[data-export]').forEach((button) =>
      button.addEventListener('click', () => void this.#export(button.dataset['export'] ?? '')),
    );
    dataPart(this, 'feedback-download').addEventListener('click', () => {
      if (this.#read?.assignment) this.#feedback.downloadOne(this.#title(this.#read.assignment));
    });
    dataPart(this, 'feedback-download-all').addEventListener('click', () => {
      const assignment = this.#read?.assignment;
      if (!assignment || !this.#matrix) return;
      const students = sortRows(this.#matrix, 'name', true, this.#lang).map((row) => row.student);
      void this.#feedback.downloadAll(assignment, this.#title(assignment), students, this.#catalogue);
    });
  }

  connectedCallback() {
    const payload = payloadFromHash(location.hash);
    this.#opened = payload === null ? null : decodeAssignment(payload, this.#catalogue).assignment;
    dataPart(this, 'opened').textContent = this.#opened
      ? fillIn(this.#label('opened'), { title: this.#title(this.#opened) })
      : this.#label('notOpened');
    dataPart(this, 'edit-part').hidden = this.#opened === null;
    dataPart<HTMLAnchorElement>(this, 'edit').hash = location.hash;
    dataPart(this, 'chrome').hidden = false;
  }

  #label(key: ClassOverviewLabel): string {
    return dataLabel(this, this.#labels, key) ?? key;
  }

  #title = (assignment: Assignment) => assignment.title || this.#label('untitled');

  async #readFiles(files: File[]) {
    if (files.length === 0) return;
    const generation = ++this.#generation;
    this.#say(this.#label('reading'));
    const texts: HandInText[] = await Promise.all(
      files.map(async (file) => ({
        name: file.name,
        size: file.size,
        // A file too big to be a hand-in is not read at all.
        text: file.size > MAX_FILE_BYTES ? '' : await file.text().catch(() => null),
      })),
    );
    if (generation !== this.#generation) return;
    const read = readHandIns(texts, this.#opened, this.#catalogue, this.#lang);
    this.#read = read;
    this.#matrix = read.assignment ? classMatrix(read.assignment, this.#catalogue, read.handIns) : null;
    this.#showFileProblems(read);
    this.#showResults();
    this.#say(
      fillIn(this.#label('read'), {
        handIns: read.handIns.length,
        students: this.#matrix?.rows.length ?? 0,
        apart: read.setApart.length,
        refused: read.refused.length,
      }),
    );
  }

  #showFileProblems(read: ReadHandIns) {
    dataPart(this, 'problems').hidden = read.setApart.length + read.refused.length === 0;
    dataPart(this, 'set-apart-part').hidden = read.setApart.length === 0;
    dataPart(this, 'refused-part').hidden = read.refused.length === 0;
    listItems(
      dataPart(this, 'set-apart'),
      read.setApart.map(({ file, student, reason }) =>
        fillIn(this.#label(`setApart.${reason}`), { file, student }),
      ),
    );
    listItems(
      dataPart(this, 'refused'),
      read.refused.map(({ file, reason }) => fillIn(this.#label(`refused.${reason}`), { file })),
    );
  }

  #showResults() {
    const matrix = this.#matrix;
    dataPart(this, 'results').hidden = matrix === null || matrix.rows.length === 0;
    if (!matrix || !this.#read?.assignment) return;
    if (!this.#opened)
      dataPart(this, 'opened').textContent = fillIn(this.#label('openedFromFile'), {
        title: this.#title(this.#read.assignment),
      });
    this.#renderMatrix();
    dataPart(this, 'summaries').replaceChildren(
      ...summaryTables(
        widgetSummaries(matrix, this.#lang),
        (summary) => this.#columnText(summary.column.key),
        (label) => this.#label(label),
        this.#lang,
      ),
    );
    const question = dataPart<HTMLSelectElement>(this, 'question');
    question.replaceChildren(
      ...matrix.columns
        .filter((column) => column.kind !== 'read')
        .map((column) => {
          const option = el('option', this.#columnText(column.key));
          option.value = column.key;
          return option;
        }),
    );
    const student = dataPart<HTMLSelectElement>(this, 'student');
    student.replaceChildren(
      ...sortRows(matrix, 'name', true, this.#lang).map((row) => {
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
    return fillIn(this.#label('column'), {
      module: column.module,
      item: columnName(column, (label) => this.#label(label)),
    });
  }

  #renderMatrix(focusSort?: SortKey) {
    const matrix = this.#matrix;
    if (!matrix) return;
    const table = dataPart<HTMLTableElement>(this, 'matrix');
    renderMatrix(
      table,
      matrix,
      sortRows(matrix, this.#sort.key, this.#sort.ascending, this.#lang),
      this.#sort,
      (label) => this.#label(label),
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
    const key = dataPart<HTMLSelectElement>(this, 'question').value;
    dataPart(this, 'question-text').textContent = this.#columnText(key);
    const answers = this.#matrix ? answersToItem(this.#matrix, key) : [];
    dataPart(this, 'question-answers').replaceChildren(
      ...answers.map((answer) => {
        const card = el('article', '', 'class-overview__answer');
        card.append(el('h4', answer.student));
        const texts = answer.answers.map((saved) => saved.text.trim()).filter(Boolean);
        if (!answer.done || texts.length === 0) card.append(el('p', this.#label('notDone')));
        else card.append(...texts.map((text) => el('p', text)));
        return card;
      }),
    );
  }

  #showStudent() {
    const target = dataPart(this, 'student-hand-in');
    const assignment = this.#read?.assignment;
    if (!assignment || !this.#matrix) return target.replaceChildren();
    const name = dataPart<HTMLSelectElement>(this, 'student').value;
    const groups = studentHandIn(assignment, this.#catalogue, this.#matrix, name);
    this.#feedback.open(assignment, name, this.#catalogue);
    target.replaceChildren(
      ...(groups.length
        ? handInPreview(groups, 'h3', (answer) => [this.#feedback.field(answer)])
        : [el('p', this.#label('studentEmpty'))]),
    );
  }

  async #export(format: string) {
    const matrix = this.#matrix;
    const assignment = this.#read?.assignment;
    if (!matrix || !assignment) return;
    const now = new Date();
    const rows = sortRows(matrix, this.#sort.key, this.#sort.ascending, this.#lang);
    const name = (extension: string) => `klasoverzicht-${datedFileName(extension, now)}`;
    if (format === 'csv') {
      const file = name('csv');
      const csv = classCsv(matrix, rows, {
        student: this.#label('student'),
        done: this.#label('csvDone'),
        total: this.#label('csvTotal'),
        column: (column) =>
          fillIn(this.#label('csvColumn'), {
            module: column.module,
            item: columnName(column, (label) => this.#label(label)),
          }),
      });
      download(file, csv, 'text/csv;charset=utf-8');
      return this.#say(fillIn(this.#label('exported'), { file }));
    }
    const outline = classOutline(
      matrix,
      rows,
      {
        title: fillIn(this.#label('docTitle'), { title: this.#title(assignment) }),
        exportedOn: this.#label('exportedOn'),
        progress: this.#label('progress'),
        notDone: this.#label('notDone'),
        item: (column) => this.#columnText(column.key),
      },
      this.#lang,
      now,
    );
    if (format === 'markdown') {
      const file = name('md');
      download(file, toMarkdown(outline), 'text/markdown;charset=utf-8');
      return this.#say(fillIn(this.#label('exported'), { file }));
    }
    const messages = { loading: this.#label('wordLoading'), failed: this.#label('wordFailed') };
    await downloadOnDemand(
      (message) => this.#say(message),
      messages,
      async () => {
        const file = name('docx');
        await downloadWord(file, outline, this.#lang);
        return fillIn(this.#label('exported'), { file });
      },
    );
  }

  #say(message: string) {
    dataPart(this, 'live').textContent = message;
  }
}

customElements.define('klas-overzicht', ClassOverview);
