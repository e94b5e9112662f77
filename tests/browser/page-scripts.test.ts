import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from './support/built-pages';

/** Our widgets that ship a script, with the custom element each renders (Starlight overrides are on every page by design). */
const srcDir = join(import.meta.dirname, '../../src');
const scripted = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => /^(widgets|features)\/(?!offline\/).*\.astro$/.test(file))
  .map((file) => ({ name: basename(file, '.astro'), source: readFileSync(join(srcDir, file), 'utf8') }))
  .filter(({ source }) => /<script src=/.test(source))
  .map(({ name, source }) => ({ name, tag: /^<([a-z][a-z0-9]*-[a-z0-9-]+)[\s>]/m.exec(source)?.[1] }));

const html = (path: string) => readFileSync(join('dist', path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
const scriptSources = (page: string) => [...page.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => basename(match[1]!));

describe('JavaScript only where a widget is', () => {
  it('knows every component that ships a script, and the element it renders', () => {
    expect(scripted.length).toBeGreaterThan(1);
    expect(scripted.filter(({ tag }) => !tag).map(({ name }) => name)).toEqual([]);
  });

  it.each(builtPages())('/%s loads the script of exactly the widgets it shows', (path) => {
    const page = html(path);
    const loaded = scriptSources(page);
    for (const { name, tag } of scripted) {
      const shown = page.includes(`<${tag}`);
      expect(loaded.some((file) => file.startsWith(`${name}.astro_astro_type_script`)), `${name} on /${path}`).toBe(shown);
    }
  });
});
