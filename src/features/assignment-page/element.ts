import type { Assignment, Catalogue } from '../assignments/assignment';
import { assignmentProgress, handInGroups } from '../assignments/assignment-answers';
import type { Problem } from '../assignments/assignment-checks';
import { decodeAssignment, payloadFromHash } from '../assignments/assignment-link';
import { problemText } from '../assignments/problem-text';
import { handInFile, handInFileName, handInOutline } from './assignment-hand-in';
import { handInPreview } from './hand-in-preview';
import { fillIn, longDate } from '../../lib/fill-in';
import type { SavedAnswer } from '../../lib/store-data';
import { withBase } from '../../lib/with-base';
import { AnswerWidget } from '../../widgets/runtime/answer-widget';
import { download } from '../../widgets/runtime/download';
import { el, listItems } from '../../widgets/runtime/dom';
import { dataPart, parts } from '../../widgets/runtime/parts';
import { downloadWord } from '../mijn-werk/download-word';
import { exportLabels } from '../mijn-werk/portfolio-export';
import type { AssignmentPageLabel } from './labels';
import { pageStore } from '../../widgets/runtime/page-store';
import { downloadOnDemand } from '../../widgets/runtime/download-on-demand';

/** The student's assignment page (see `Opdracht.astro`). */
class AssignmentPage extends AnswerWidget<AssignmentPageLabel> {
  #catalogue: Catalogue = JSON.parse(this.dataset['catalogue'] ?? '[]');
  #lang = this.dataset['lang'] ?? 'nl';
  #assignment: Assignment | null = null;

  /** A part of the page's frame, `[data-<name>]`. */

  constructor() {
    super();
    parts<HTMLButtonElement>(this, '[data-export]').forEach((button) =>
      button.addEventListener('click', () => this.#export(button.dataset['export'] ?? '')),
    );
    dataPart<HTMLInputElement>(this, 'name').addEventListener('input', () => this.#showName());
  }

  override connectedCallback() {
    const { signal } = this;
    window.addEventListener('hashchange', () => this.#read(), { signal });
    // Coming back from a module with the Back button: show the progress made there.
    window.addEventListener('pageshow', (event) => event.persisted && this.restore(pageStore().answers()), {
      signal,
    });
    this.#read(false);
    super.connectedCallback();
  }

  /** Reads the assignment from the link's fragment. */
  #read(render = true) {
    const { assignment, problems } = decodeAssignment(payloadFromHash(location.hash), this.#catalogue);
    this.#assignment = assignment;
    this.#showProblems(problems, assignment !== null);
    // The class overview of the same assignment: the fragment carries it there.
    const overview = dataPart<HTMLAnchorElement>(this, 'class-overview-link');
    overview.hash = location.hash;
    dataPart(this, 'assignment').hidden = assignment === null;
    if (!assignment) return;
    dataPart(this, 'title').textContent = assignment.title || this.label('untitled');
    const due = dataPart(this, 'due');
    due.hidden = !assignment.due;
    due.textContent = assignment.due
      ? fillIn(this.label('due'), { date: longDate(`${assignment.due}T12:00:00Z`, this.#lang) })
      : '';
    const instructions = dataPart(this, 'instructions');
    instructions.hidden = !assignment.instructions;
    instructions.textContent = assignment.instructions;
    dataPart(this, 'todo').hidden = assignment.modules.length === 0;
    dataPart(this, 'hand-in').hidden = assignment.modules.length === 0;
    if (render) this.restore(pageStore().answers());
  }

  #showProblems(problems: Problem[], usable: boolean) {
    dataPart(this, 'problems').hidden = problems.length === 0;
    dataPart(this, 'problem-usable').hidden = !usable;
    listItems(
      dataPart(this, 'problem-list'),
      problems.map((problem) => problemText(problem, (key) => this.label(key), this.labels, this.#lang)),
    );
  }

  protected override restore(answers: Record<string, SavedAnswer>) {
    const assignment = this.#assignment;
    if (!assignment) return;
    const progress = assignmentProgress(assignment, this.#catalogue, answers, pageStore().visits());
    dataPart(this, 'summary').textContent = fillIn(this.label('progress'), {
      done: progress.done,
      total: progress.total,
    });
    const bar = dataPart<HTMLProgressElement>(this, 'total-progress');
    bar.max = Math.max(1, progress.total);
    bar.value = progress.done;
    dataPart(this, 'modules').replaceChildren(
      ...progress.modules.map((module) => {
        const section = el('section', '', 'assignment-module-progress');
        const headingId = `opdracht-module-${module.slug}`;
        section.setAttribute('aria-labelledby', headingId);
        const heading = el('h3');
        heading.id = headingId;
        const link = el('a', module.title);
        link.href = withBase(module.path, import.meta.env.BASE_URL);
        heading.append(link);
        const summary = el(
          'p',
          fillIn(this.label('progress'), { done: module.done, total: module.items.length }),
        );
        const moduleBar = el('progress');
        moduleBar.max = module.items.length;
        moduleBar.value = module.done;
        moduleBar.setAttribute('aria-label', fillIn(this.label('progressModule'), { module: module.title }));
        const list = el('ul');
        for (const item of module.items) {
          const entry = el('li');
          const status = el(
            'span',
            this.label(item.done ? 'done' : 'notDone'),
            `assignment-item__status${item.done ? ' assignment-item__status--done' : ''}`,
          );
          const mark = el('span', item.done ? '✓ ' : '○ ');
          mark.setAttribute('aria-hidden', 'true');
          entry.append(mark, status, `: ${item.kind === 'read' ? this.label('read') : item.label}`);
          list.append(entry);
        }
        section.append(heading, summary, moduleBar, list);
        return section;
      }),
    );
    this.#showPreview(assignment, answers);
  }

  #showPreview(assignment: Assignment, answers: Record<string, SavedAnswer>) {
    const groups = handInGroups(assignment, this.#catalogue, answers);
    dataPart(this, 'preview-empty').hidden = groups.length > 0;
    dataPart(this, 'preview').replaceChildren(...handInPreview(groups, 'h4'));
    this.#showName();
  }

  #showName() {
    const name = dataPart<HTMLInputElement>(this, 'name').value.trim();
    dataPart(this, 'print-name').textContent = name ? fillIn(this.label('student'), { name }) : '';
  }

  async #export(format: string) {
    const assignment = this.#assignment;
    if (!assignment) return;
    const nameField = dataPart<HTMLInputElement>(this, 'name');
    const student = nameField.value.trim();
    if (!student) {
      this.#say(this.label('nameMissing'));
      nameField.setAttribute('aria-invalid', 'true');
      nameField.focus();
      return;
    }
    nameField.removeAttribute('aria-invalid');
    this.#showName();
    if (format === 'print') return window.print();
    const now = new Date();
    const answers = pageStore().answers();
    if (format === 'json') {
      const name = handInFileName(assignment.title, student, 'json', now);
      download(name, handInFile(assignment, this.#catalogue, answers, student, now), 'application/json');
      return this.#say(fillIn(this.label('exported'), { file: name }));
    }
    const messages = { loading: this.label('wordLoading'), failed: this.label('wordFailed') };
    await downloadOnDemand(
      (message) => this.#say(message),
      messages,
      async () => {
        const outline = handInOutline(
          { ...assignment, title: assignment.title || this.label('untitled') },
          this.#catalogue,
          answers,
          student,
          {
            ...exportLabels((key) => this.label(key)),
            student: this.label('student'),
            due: this.label('due'),
            progress: this.label('progress'),
          },
          this.#lang,
          now,
        );
        const name = handInFileName(assignment.title, student, 'docx', now);
        await downloadWord(name, outline, this.#lang);
        return fillIn(this.label('exported'), { file: name });
      },
    );
  }

  #say(message: string) {
    dataPart(this, 'live').textContent = message;
  }
}

customElements.define('assignment-page', AssignmentPage);
