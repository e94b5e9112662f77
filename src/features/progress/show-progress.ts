/**
 * Shows the reader's progress where they navigate, from this browser's answers: a mark after
 * each started or finished module in the sidebar and on the module cards (every element
 * `data-progress="<slug>"`, which names its kind of mark in `data-mark`), and the
 * home page's "continue" link to the module the reader was last in. Without answers, with
 * storage blocked or damaged, it changes nothing. It runs after the first paint and only fills
 * space the page keeps for it, so nothing moves. The marks are clones of the page's own
 * templates (`ReadingProgress.astro`), in the page's language: no text is read as HTML.
 */
import { storedProgress } from './stored-progress';

function show() {
  // `ReadingProgress.astro` loads this script with the element.
  const source = document.querySelector<HTMLElement>('[data-reading-progress]')!;
  const [key, version, copies, questions] = JSON.parse(source.dataset['readingProgress']!);
  const { states, latest } = storedProgress(() => localStorage.getItem(key), version, copies, questions);
  for (const place of document.querySelectorAll<HTMLElement>('[data-progress]')) {
    const state = states.get(place.dataset['progress']!);
    const mark =
      state && source.querySelector<HTMLTemplateElement>(`[data-${place.dataset['mark']}=${state}]`);
    if (mark) place.append(mark.content.cloneNode(true));
  }
  const offer = document.querySelector<HTMLElement>(`[data-continue="${latest}"]`);
  if (offer) offer.hidden = false;
}

// After the first frame: the page shows as it is, then its marks fill the places kept for them.
requestAnimationFrame(() => setTimeout(show));
