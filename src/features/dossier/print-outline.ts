import { el } from '../../widgets/runtime/dom';
import { linesOf, type Block } from '../mijn-werk/portfolio-export';

const tags = { title: 'h1', heading: 'h2', question: 'h3', answer: 'p', note: 'p' } as const;

/**
 * Prints `blocks` alone: as an article at the end of the page that shows only in print while
 * `data-print-dossier` is set on the root (the style is in `Dossier.astro`). Text is set as text.
 */
export function printOutline(blocks: Block[], lang: string) {
  document.querySelector('.dossier-print')?.remove();
  const article = el('article', '', 'dossier-print');
  article.lang = lang;
  for (const block of blocks) {
    const node = el(tags[block.kind]);
    // The reader's line breaks survive, as in the Word file.
    linesOf(block.text).forEach((line, index) => {
      if (index > 0) node.append(el('br'));
      node.append(line);
    });
    if (block.kind === 'note') node.className = 'dossier-print__note';
    article.append(node);
  }
  document.body.append(article);
  const root = document.documentElement;
  root.dataset['printDossier'] = '';
  window.addEventListener('afterprint', () => delete root.dataset['printDossier'], { once: true });
  window.print();
}
