import { originalIdOf } from '../../lib/conflict-copies';
import { fillIn } from '../../lib/fill-in';
import { savedOnLine } from './portfolio-export';
import { sitePath } from '../../lib/site-path';
import { withBase } from '../../lib/with-base';
import { button, el } from '../../widgets/runtime/dom';
import type { PortfolioLabel } from './labels';
import type { PortfolioAnswer, PortfolioGroup } from './portfolio';

/**
 * The answers in *Mijn werk*, grouped by page, each with its own delete button that asks in
 * place, so the reader's eyes and focus stay with the answer.
 */
export class AnswerList {
  constructor(
    readonly list: HTMLElement,
    readonly label: (key: PortfolioLabel) => string,
    readonly lang: string,
    readonly onDelete: (answer: PortfolioAnswer) => void,
    readonly onUseCopy: (answer: PortfolioAnswer) => void,
  ) {}

  show(groups: PortfolioGroup[]) {
    this.list.replaceChildren(...groups.map((group) => this.#group(group)));
  }

  #group(group: PortfolioGroup): HTMLElement {
    const section = el('div', '', 'portfolio__group');
    const heading = el('h3');
    const name = group.title ?? fillIn(this.label('otherPage'), { path: group.path });
    // Only a path on this site becomes a link: a page planted by a hostile file stays text.
    const path = sitePath(group.path);
    const link = el(path === null ? 'span' : 'a', name);
    if (link instanceof HTMLAnchorElement && path !== null)
      link.href = withBase(path, import.meta.env.BASE_URL);
    heading.append(link);
    const list = el('dl', '', 'portfolio__answers');
    for (const answer of group.answers) list.append(...this.#answer(answer));
    section.append(heading, list);
    return section;
  }

  #answer(answer: PortfolioAnswer): HTMLElement[] {
    const question = el('dt', answer.prompt);
    const body = el('dd');
    const tools = el('div', '', 'portfolio__answer-tools');
    const remove = button(this.label('delete'), () => this.#confirmDelete(answer, tools, remove));
    remove.setAttribute('aria-label', `${this.label('delete')}: ${answer.prompt}`);
    tools.append(remove);
    if (originalIdOf(answer.id) !== null) {
      const use = button(this.label('useCopy'), () => this.onUseCopy(answer));
      use.setAttribute('aria-label', `${this.label('useCopy')}: ${answer.prompt}`);
      tools.prepend(use);
    }
    const labels = { savedOn: this.label('savedOn'), copySavedOn: this.label('copySavedOn') };
    body.append(
      el('p', answer.text, 'portfolio__text'),
      el('p', savedOnLine(answer, labels, this.lang), 'portfolio__meta'),
      tools,
    );
    return [question, body];
  }

  #confirmDelete(answer: PortfolioAnswer, tools: HTMLElement, remove: HTMLButtonElement) {
    const shown = [...tools.children];
    const yes = button(this.label('confirmYes'), () => this.onDelete(answer), true);
    const no = button(this.label('confirmNo'), () => {
      tools.replaceChildren(...shown);
      remove.focus();
    });
    tools.replaceChildren(el('p', this.label('confirmDelete')), yes, no);
    yes.focus();
  }
}
