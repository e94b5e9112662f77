import { describe, expect, inject, it } from 'vitest';
import { scriptFile, scriptFiles } from './support/page-scripts';
import { pageElements } from './support/html-elements';
import { sitePages } from './support/site-pages';

const { root } = inject('builtSites');

/** Every custom element the page's scripts define, with what they import statically. */
const definedOn = (page: string) => scriptFiles(root, page).flatMap((file) => [...scriptFile(file).defines]);

/** The custom elements the page's scripts define with what they import later (`import()`). */
const definedLaterOn = (page: string) =>
  scriptFiles(root, page)
    .flatMap((file) => [...scriptFile(file).importsLater])
    .flatMap((file) => [...scriptFile(file).defines]);

const pages = sitePages(root);
/** Every custom element a script of the site defines, on any page, at once or on demand. */
const scripted = new Set(pages.flatMap((page) => [...definedOn(page), ...definedLaterOn(page)]));

describe('JavaScript only where a widget is', () => {
  it('finds the scripts of the widgets and the site-wide offline notice', () => {
    for (const tag of [
      'reflectie-vragen',
      'zeven-kwaliteiten-scan',
      'mijn-werk',
      'assignment-builder',
      'kit-presenter',
      'offline-status',
    ]) {
      expect(scripted, tag).toContain(tag);
    }
  });

  // A widget few readers of its page use (a kit's presenter and session recorder) loads its
  // element when the reader reaches for it: then the page's script imports it later.
  it.each(pages)('/%s loads the script of exactly the widgets it shows, at once or on demand', (page) => {
    const shown = new Set(
      pageElements(root.dir, page)
        .map(({ tagName }) => tagName)
        .filter((tag) => scripted.has(tag)),
    );
    const now = new Set(definedOn(page));
    const later = new Set(definedLaterOn(page));
    expect(
      [...now].filter((tag) => !shown.has(tag)),
      'loaded, not shown',
    ).toEqual([]);
    expect(
      [...shown].filter((tag) => !now.has(tag) && !later.has(tag)),
      'shown, never loaded',
    ).toEqual([]);
  });

  it('loads the presenter and the session recorder of a kit only on demand', () => {
    const kit = 'werkvormen/paradox-dialoog/';
    expect(definedOn(kit)).not.toEqual(expect.arrayContaining(['kit-presenter']));
    expect(definedOn(kit)).not.toContain('deelname-vastleggen');
    expect(definedLaterOn(kit)).toEqual(expect.arrayContaining(['kit-presenter', 'deelname-vastleggen']));
  });

  // src/site/starlight-scripts/defer-starlight-scripts.ts
  it.each(
    pages.filter((page) => pageElements(root.dir, page).some(({ tagName }) => tagName === 'starlight-toc')),
  )(
    "/%s loads Starlight's table of contents later, on the reader's first scroll or key, and not before",
    (page) => {
      expect(definedOn(page)).not.toContain('starlight-toc');
      expect(definedLaterOn(page)).toEqual(expect.arrayContaining(['starlight-toc', 'mobile-starlight-toc']));
    },
  );
});
