import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { jsTargets, plainStarlightJsGzip, type PageKind } from '../../tools/bench/js-targets';
import { scriptFile, scriptFiles } from './support/page-scripts';
import { sitePages } from './support/site-pages';

const { root } = inject('builtSites');

/** The elements every page has (the offline notice, search, Starlight's own): no widget among them. */
const siteWide = new Set([
  'offline-status',
  'site-search',
  'starlight-toc',
  'mobile-starlight-toc',
  'starlight-theme-select',
  'starlight-lang-select',
  'starlight-menu-button',
]);

const gzipped = (code: string | Buffer) => gzipSync(code, { level: 9 }).length;

/**
 * The JavaScript (gzip -9 per file, as the bench weighs it) a page loads before the reader does
 * anything: its scripts with all they import statically, its inline scripts, and what Starlight's
 * search element imports as soon as the browser is idle (the search UI's stand-in, which loads the
 * UI itself only on intent). Other `import()`s wait for the reader (a download, a file to read).
 */
function pageJs(page: string) {
  const scripts = scriptFiles(root, page).map(scriptFile);
  const files = new Set(scripts.flatMap((script) => [...script.loads]));
  for (const search of scripts.filter((script) => script.defines.has('site-search')))
    for (const later of search.importsLater) for (const file of scriptFile(later).loads) files.add(file);
  const html = readFileSync(join(root.dir, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/type="(?!module")/.test(attrs!))
    .map(([, , code]) => code!);
  const defined = scripts.flatMap((script) => [...script.defines]);
  return {
    gzip: [...[...files].map((file) => readFileSync(file)), ...inline].reduce(
      (sum, code) => sum + gzipped(code),
      0,
    ),
    widgets: defined.filter((tag) => !siteWide.has(tag)),
  };
}

/** A module with only its reflection questions is a module; one with more widgets, a widget page. */
function kindOf(page: string, widgets: string[]): PageKind {
  if (/^(en\/)?modules\/[^/]+\/$/.test(page) && widgets.every((tag) => tag === 'reflectie-vragen'))
    return 'module';
  return widgets.length ? 'widget' : 'text';
}

/** Issue 16's targets are shares of plain Starlight's JavaScript; docs/performance.md says what each page kind weighs. */
const budget = (kind: PageKind) => Math.floor(jsTargets[kind] * plainStarlightJsGzip);

describe('JavaScript budget per page (gzip, before any interaction)', () => {
  it.each(sitePages(root))('/%s stays within its budget', (page) => {
    const { gzip, widgets } = pageJs(page);
    const kind = kindOf(page, widgets);
    expect(gzip, `a ${kind} page, widgets: ${widgets.join(', ') || 'none'}`).toBeLessThanOrEqual(
      budget(kind),
    );
  });

  it('counts the search stand-in that loads when the browser is idle, and not the search UI', () => {
    const home = scriptFiles(root, '').map(scriptFile);
    expect(pageJs('').gzip).toBeGreaterThan(0);
    const search = home.find((script) => script.defines.has('site-search'));
    expect(search?.importsLater.size, 'Starlight imports the search UI later').toBeGreaterThan(0);
  });
});
