import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, inject, it } from 'vitest';
import type { BuiltSite } from '../support/built-sites';
import { pageElements } from './support/html-elements';
import { sitePages } from './support/site-pages';

const { root, subPath } = inject('builtSites');

interface Node {
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
}

const attribute = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;

function descendants(node: Node): Node[] {
  return (node.childNodes ?? []).flatMap((child) => [child, ...descendants(child)]);
}

/** A module page's term buttons, and its popovers by id (the menu's too), as a browser parses them. */
function termsOf(site: BuiltSite, page: string) {
  const nodes = descendants(parse(readFileSync(join(site.dir, page, 'index.html'), 'utf8')) as Node);
  return {
    targets: nodes.filter((node) => node.tagName === 'button' && attribute(node, 'class') === 'term'),
    popovers: new Map(
      nodes
        .filter((node) => attribute(node, 'popover') !== undefined)
        .map((node) => [attribute(node, 'id'), node]),
    ),
  };
}

/** The ids of the glossary page's terms, by language folder ('' or 'en/'). */
const glossaryIds = (site: BuiltSite, language: string) =>
  new Set(
    pageElements(site.dir, `${language}begrippen/`)
      .filter(({ tagName }) => tagName === 'dt')
      .map(({ attrs }) => attrs.id),
  );

describe.each([
  ['at the root', root],
  ['under a sub-path', subPath],
])('glossary terms in the modules, built %s', (_, site) => {
  const modules = sitePages(site).filter((page) => /^(en\/)?modules\/[^/]+\/$/.test(page));

  it('finds the modules of both languages', () => {
    expect(modules.filter((page) => page.startsWith('en/')).length).toBeGreaterThan(10);
    expect(modules.filter((page) => !page.startsWith('en/')).length).toBeGreaterThan(10);
  });

  it.each(modules)(
    "/%s marks a term, each opening a popover that links to the term's glossary entry",
    (page) => {
      const language = page.startsWith('en/') ? 'en/' : '';
      const ids = glossaryIds(site, language);
      const { targets, popovers } = termsOf(site, page);
      expect(targets.length).toBeGreaterThan(0);
      for (const button of targets) {
        const popover = popovers.get(attribute(button, 'popovertarget'));
        expect(popover, attribute(button, 'popovertarget')).toBeDefined();
        const links = descendants(popover!).filter((node) => node.tagName === 'a');
        expect(links).toHaveLength(1);
        const href = attribute(links[0]!, 'href')!;
        const [path, id] = href.split('#');
        expect(path).toBe(`${site.base}${language}begrippen/`);
        expect(ids, href).toContain(id);
      }
    },
  );
});
