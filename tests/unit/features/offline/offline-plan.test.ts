import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { planOffline, type BuiltFile } from '../../../../src/features/offline/offline-plan';

const languages = [
  { lang: 'nl', dir: '' },
  { lang: 'en', dir: 'en' },
];
const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);
const files = (...paths: string[]): BuiltFile[] => paths.map((path) => ({ path, hash: `h-${path}` }));

const build = files(
  'index.html',
  'modules/vier-vormen/index.html',
  'en/index.html',
  'en/modules/vier-vormen/index.html',
  'english-teachers/index.html',
  '404.html',
  '_astro/common.css',
  '_astro/page.js',
  'favicon.svg',
  'manifest.webmanifest',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-ui.js',
  'pagefind/wasm.nl.pagefind',
  'pagefind/wasm.en.pagefind',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/pagefind.nl_221d6c1f72.pf_meta',
  'pagefind/pagefind.en_d02341a1f5.pf_meta',
  'pagefind/index/nl_1.pf_index',
  'pagefind/fragment/en_2.pf_fragment',
  'pagefind/filter/nl_3.pf_filter',
  'search-words/nl.json',
  'search-words/en.json',
  'robots.txt',
  'sitemap-index.xml',
  'social.png',
  '_headers',
);

describe('planOffline', () => {
  const plan = planOffline(build, languages, digest);

  it('keeps pages per language, as the browser asks for them', () => {
    expect(plan.languages['nl']).toEqual(
      expect.arrayContaining(['', 'modules/vier-vormen/', 'english-teachers/']),
    );
    expect(plan.languages['en']).toEqual(expect.arrayContaining(['en/', 'en/modules/vier-vormen/']));
    expect(plan.languages['nl']).not.toContain('en/');
    expect(plan.languages['en']).not.toContain('english-teachers/');
  });

  it("keeps each language's own search files and vocabulary with that language", () => {
    expect(plan.languages['nl']).toEqual(
      expect.arrayContaining([
        'pagefind/wasm.nl.pagefind',
        'pagefind/pagefind.nl_221d6c1f72.pf_meta',
        'search-words/nl.json',
      ]),
    );
    expect(plan.languages['en']).toEqual(
      expect.arrayContaining([
        'pagefind/wasm.en.pagefind',
        'pagefind/pagefind.en_d02341a1f5.pf_meta',
        'search-words/en.json',
      ]),
    );
    expect(plan.languages['nl']).not.toContain('search-words/en.json');
  });

  it('shares scripts, styles, the 404 page and the search engine with its chunks', () => {
    expect(plan.shared).toEqual([
      '404.html',
      '_astro/common.css',
      '_astro/page.js',
      'favicon.svg',
      'manifest.webmanifest',
      'pagefind/filter/nl_3.pf_filter',
      'pagefind/fragment/en_2.pf_fragment',
      'pagefind/index/nl_1.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind.js',
    ]);
  });

  it('leaves out what is not needed to read or search', () => {
    const everything = [...plan.shared, ...Object.values(plan.languages).flat()];
    for (const left of [
      'robots.txt',
      'sitemap-index.xml',
      'social.png',
      '_headers',
      'pagefind/pagefind-ui.js',
      'pagefind/wasm.unknown.pagefind',
    ]) {
      expect(everything).not.toContain(left);
    }
  });

  it('has a new version when a kept file changes, and the same one otherwise', () => {
    const again = planOffline([...build].reverse(), languages, digest);
    expect(again.version).toBe(plan.version);
    const changed = build.map((file) => (file.path === '_astro/page.js' ? { ...file, hash: 'other' } : file));
    expect(planOffline(changed, languages, digest).version).not.toBe(plan.version);
    const robotsChanged = build.map((file) =>
      file.path === 'robots.txt' ? { ...file, hash: 'other' } : file,
    );
    expect(planOffline(robotsChanged, languages, digest).version).toBe(plan.version);
  });
});
