/**
 * The DOM builders the element classes share (finding parts is `parts.ts`). Reader text
 * reaches the page only through `textContent` here, never as HTML.
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

/**
 * Makes `nodes` the children of `parent`, in order, moving only what is out of place: children
 * already where they belong are not touched, so that the browser has little to lay out again.
 */
export function placeChildren(parent: Element, nodes: readonly Node[]) {
  const wanted = new Set(nodes);
  for (const child of [...parent.childNodes]) if (!wanted.has(child)) child.remove();
  let cursor = parent.firstChild;
  for (const node of nodes) {
    if (node === cursor) cursor = cursor.nextSibling;
    else parent.insertBefore(node, cursor);
  }
}

/** Replaces the children of a list with one `<li>` per text. */
export function listItems(list: HTMLElement, texts: readonly string[]) {
  list.replaceChildren(...texts.map((text) => el('li', text)));
}

/** The next task: the browser first paints and handles what the reader did. */
export const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * `listItems` for lists that may run to thousands: `perTurn` items at a time, giving the browser
 * its turn in between, so that styling and laying them out is never one long task. Stops when
 * `wanted()` turns false (a newer list took its place).
 */
export async function listItemsInTurns(
  list: HTMLElement,
  texts: readonly string[],
  wanted: () => boolean,
  perTurn = 200,
) {
  list.replaceChildren();
  for (let start = 0; start < texts.length && wanted(); start += perTurn) {
    if (start > 0) await nextTurn();
    if (wanted()) list.append(...texts.slice(start, start + perTurn).map((text) => el('li', text)));
  }
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
