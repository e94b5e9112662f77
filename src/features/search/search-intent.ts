/** Keys typed into these are text, not a shortcut. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * Calls `intended` once, at the reader's first sign of wanting to search: pointing at or
 * focusing the search button (a touch counts as pointing), opening the dialog, pressing
 * Ctrl/⌘+K (Starlight's shortcut) or `/` outside a text field. `/` only starts loading and
 * opens nothing: a one-key shortcut that acts would need a way to switch it off (WCAG 2.1.4).
 * If the dialog is already open when this is called (the reader clicked before the browser was
 * idle), that is intent enough.
 */
export function whenSearchIntended(search: Element, intended: () => void) {
  const dialog = search.querySelector('dialog');
  if (dialog?.open) return intended();
  const listening = new AbortController();
  const { signal } = listening;
  const once = () => {
    listening.abort();
    intended();
  };
  const button = search.querySelector('button[data-open-modal]');
  for (const type of ['pointerenter', 'focus', 'click']) button?.addEventListener(type, once, { signal });
  dialog?.addEventListener('toggle', once, { signal });
  window.addEventListener(
    'keydown',
    (event) => {
      const shortcut = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      if (shortcut || (event.key === '/' && !typing(event.target))) once();
    },
    { signal, capture: true },
  );
}
