import { whenReaderActs } from './when-reader-acts';

/**
 * Shows Starlight's table of contents as its script would at the top of the page, and loads that
 * script (`load`) at the reader's first move (`when-reader-acts.ts`). At the top, Starlight's
 * script marks the first entry ("Overzicht", the page title) as the section in view and, on
 * small screens, names it beside "Op deze pagina"; here that is done without it, and the script,
 * once loaded, takes over from the mark (it starts from the entry marked current).
 */
export function startTableOfContents(load: () => void) {
  if (window.scrollY === 0)
    for (const toc of document.querySelectorAll('starlight-toc, mobile-starlight-toc')) {
      const first = toc.querySelector('a');
      if (!first || toc.querySelector('a[aria-current="true"]')) continue;
      first.setAttribute('aria-current', 'true');
      const shown = toc.querySelector('.display-current');
      if (shown) shown.textContent = first.textContent;
    }
  // Opening the mobile list is the reader's first move, and a link in it may be chosen before the
  // script has arrived: the list closes on a choice all the same, as the script would close it.
  for (const list of document.querySelectorAll<HTMLDetailsElement>('mobile-starlight-toc details'))
    for (const link of list.querySelectorAll('a')) link.addEventListener('click', () => (list.open = false));
  whenReaderActs(load);
}
