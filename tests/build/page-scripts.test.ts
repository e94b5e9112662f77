import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { pageElements } from './support/html-elements';
import { sitePages } from './support/site-pages';

const { root } = inject('builtSites');

/**
 * Which custom elements a script defines, with the scripts it imports statically (what the
 * browser loads with it). Read from the built JavaScript by the standard call
 * `customElements.define('<tag>', …)`, not from the names Astro gives its chunks.
 */
const definitions = new Map<string, Set<string>>();
function definedBy(file: string): Set<string> {
  const known = definitions.get(file);
  if (known) return known;
  const defined = new Set<string>();
  definitions.set(file, defined);
  const code = readFileSync(file, 'utf8');
  for (const [, tag] of code.matchAll(/customElements\.define\(\s*[`'"]([a-z][a-z0-9]*-[a-z0-9-]*)[`'"]/g))
    defined.add(tag!);
  // Static imports only (`import … from "./x.js"`, `import "./x.js"`); a dynamic `import()` loads later, if at all.
  for (const [, imported] of code.matchAll(
    /\bimport\s*(?:[\w${}\s,*]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
  )) {
    for (const tag of definedBy(join(dirname(file), imported!))) defined.add(tag);
  }
  return defined;
}

/** The page's scripts, as files of the build. */
const scriptFiles = (page: string) =>
  pageElements(root.dir, page)
    .filter(({ tagName, attrs }) => tagName === 'script' && attrs.src?.startsWith(root.base))
    .map(({ attrs }) => join(root.dir, posix.relative(root.base, attrs.src!)));

const pages = sitePages(root);
/** Every custom element a script of the site defines, on any page. */
const scripted = new Set(pages.flatMap((page) => scriptFiles(page).flatMap((file) => [...definedBy(file)])));

describe('JavaScript only where a widget is', () => {
  it('finds the scripts of the widgets, the site-wide offline notice and Starlight', () => {
    for (const tag of [
      'reflectie-vragen',
      'zeven-kwaliteiten-scan',
      'mijn-werk',
      'assignment-builder',
      'kit-presenter',
      'offline-status',
      'starlight-toc',
    ]) {
      expect(scripted, tag).toContain(tag);
    }
  });

  it.each(pages)('/%s loads the script of exactly the widgets it shows', (page) => {
    const shown = new Set(
      pageElements(root.dir, page)
        .map(({ tagName }) => tagName)
        .filter((tag) => scripted.has(tag)),
    );
    const loaded = new Set(scriptFiles(page).flatMap((file) => [...definedBy(file)]));
    expect([...loaded].sort()).toEqual([...shown].sort());
  });
});
