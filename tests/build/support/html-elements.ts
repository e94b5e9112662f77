import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';

export interface Element {
  tagName: string;
  attrs: Record<string, string>;
}

interface Node {
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
}

/** Every element of an HTML document, in document order, parsed as a browser parses it. */
export function htmlElements(html: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    if (node.tagName)
      found.push({
        tagName: node.tagName,
        attrs: Object.fromEntries(node.attrs!.map(({ name, value }) => [name, value])),
      });
    node.childNodes?.forEach(visit);
  };
  visit(parse(html) as Node);
  return found;
}

/** The elements of a built page, by its site-relative path ('', 'en/', '404.html'). */
export function pageElements(dir: string, page: string): Element[] {
  return htmlElements(readFileSync(join(dir, page.endsWith('.html') ? page : `${page}index.html`), 'utf8'));
}
