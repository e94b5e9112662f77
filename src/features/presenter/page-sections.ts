/**
 * Finds a part of a `##` section of the page by the section's heading text: the first element
 * matching `selector` between that heading and the next `##` heading. Starlight wraps each
 * heading with its anchor link in `.sl-heading-wrapper`, so the search starts after the wrapper.
 */
export function sectionPart<T extends Element = HTMLElement>(heading: string, selector: string): T | null {
  const title = [...document.querySelectorAll('.sl-markdown-content h2')].find(
    (element) => element.textContent?.trim() === heading,
  );
  let node = title ? (title.closest('.sl-heading-wrapper') ?? title) : null;
  while ((node = node?.nextElementSibling ?? null) && !node.matches('h2, .sl-heading-wrapper.level-h2')) {
    const found = node.matches(selector) ? node : node.querySelector(selector);
    if (found) return found as T;
  }
  return null;
}
