/**
 * Finding the parts of an element's markup. A missing part throws a message naming the element
 * and the selector, so a markup change fails where it happens instead of as "Cannot read
 * properties of null" somewhere later. Apart from `dom.ts`, so that a page whose only script
 * finds parts (the offline notice on every page) loads nothing else.
 */

/** The first element inside `host` that matches `selector`; throws when the markup lacks it. */
export function part<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.querySelector<T>(selector);
  if (!found) throw new Error(`<${host.localName}> lacks ${selector}`);
  return found;
}

/** The part of `host` marked `data-<name>`, the way the page elements name their parts. */
export const dataPart = <T extends Element = HTMLElement>(host: Element, name: string): T =>
  part<T>(host, `[data-${name}]`);

/** Every element inside `host` that matches `selector`, as an array. */
export function parts<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...host.querySelectorAll<T>(selector)];
}
