/**
 * The DOM helpers every element class shares. Reader text reaches the page only through
 * `textContent` here, never as HTML. A missing part throws a message naming the element and
 * the selector, so a markup change fails where it happens instead of as "Cannot read
 * properties of null" somewhere later.
 */

/** A new element with `textContent` set, and a class name if given. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text = '',
  className = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

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

/** Replaces the children of a list with one `<li>` per text. */
export function listItems(list: HTMLElement, texts: readonly string[]) {
  list.replaceChildren(...texts.map((text) => el('li', text)));
}

/** A `type="button"` button with the site's widget style. */
export function button(text: string, onClick: () => void, primary = false): HTMLButtonElement {
  const node = el('button', text, primary ? 'widget-button widget-button--primary' : 'widget-button');
  node.type = 'button';
  node.addEventListener('click', onClick);
  return node;
}

/** A copy of the element a `<template>` holds, to fill in; throws when it holds none. */
export function fromTemplate(template: HTMLTemplateElement): HTMLElement {
  const blank = template.content.firstElementChild;
  if (!(blank instanceof HTMLElement))
    throw new Error(`<template> ${template.outerHTML.slice(0, 60)} holds no element`);
  return blank.cloneNode(true) as HTMLElement;
}
