import type { PortfolioAnswer, PortfolioGroup } from '../mijn-werk/portfolio';
import { el } from '../../widgets/runtime/dom';

/**
 * A hand-in as the student sees it before handing it in: per module a heading (at `level`,
 * to fit the page's outline) and each answer under its question. Used by the assignment page
 * and by the class overview's "read by student", so both show the same hand-in; `after`
 * gives what goes under each answer there (the educator's feedback field).
 */
export function handInPreview(
  groups: readonly PortfolioGroup[],
  level: 'h3' | 'h4',
  after: (answer: PortfolioAnswer) => HTMLElement[] = () => [],
): HTMLElement[] {
  return groups.map((group) => {
    const wrapper = el('div');
    const list = el('dl', '', 'assignment-answers');
    for (const answer of group.answers)
      list.append(el('dt', answer.prompt), el('dd', answer.text), ...after(answer));
    wrapper.append(el(level, group.title ?? group.path), list);
    return wrapper;
  });
}
