/**
 * Calls `act` once, at the reader's first scroll, touch, click or key press on the page, or at
 * once if the page opened scrolled (as a link to a heading opens it).
 */
export function whenReaderActs(act: () => void) {
  if (window.scrollY > 0) return act();
  const listening = new AbortController();
  const once = () => {
    listening.abort();
    act();
  };
  for (const type of ['scroll', 'pointerdown', 'keydown', 'focusin', 'touchstart'])
    window.addEventListener(type, once, { signal: listening.signal, capture: true, passive: true });
}
