import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentPages } from './pages';

const projectRoot = join(import.meta.dirname, '../..');

/**
 * The tests a page names as proof of what it says: `` `tests/….test.ts` `` for a file, then
 * `› “name”` for each of its tests (a name without a file of its own belongs to the file
 * named last), as the privacy and accessibility statements write them.
 */
function namedTests(body: string): { file: string; name?: string }[] {
  const named: { file: string; name?: string }[] = [];
  let file: string | undefined;
  for (const match of body.matchAll(/`(tests\/[^`\s]+\.ts)`|› “([^”]+)”/g)) {
    if (match[1]) named.push({ file: (file = match[1]) });
    else if (file) named.push({ file, name: match[2] });
    else throw new Error(`“${match[2]}” is named before any test file.`);
  }
  return named;
}

/** Whether `name` is the title of a test or group in `source`, in any of the three quotes. */
function hasTest(source: string, name: string): boolean {
  const text = source.replace(/\\(['"`])/g, '$1');
  return ['\'', '"', '`'].some((quote) =>
    new RegExp(`\\b(it|test|describe)(\\.\\w+)*\\(\\s*${quote}${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${quote}`).test(text),
  );
}

const statements = contentPages().filter((page) => namedTests(page.body).length > 0);

describe('the tests a page names as proof', () => {
  it('are named by the privacy and accessibility statements in both languages', () => {
    const statementPaths = ['privacy.mdx', 'en/privacy.mdx', 'toegankelijkheid.mdx', 'en/toegankelijkheid.mdx'];
    expect(statements.map((page) => page.path)).toEqual(expect.arrayContaining(statementPaths));
  });

  it.each(statements.map((page) => [page.path, page] as const))('%s: every file and test it names exists', (_path, page) => {
    const missing = namedTests(page.body).filter(({ file, name }) => {
      const path = join(projectRoot, file);
      if (!existsSync(path)) return true;
      return name !== undefined && !hasTest(readFileSync(path, 'utf8'), name);
    });
    expect(missing).toEqual([]);
  });

  it('finds a test by its title, not by a mention elsewhere in the file', () => {
    const source = "// sets no cookies\nit('keeps a search on the site\\'s own host', () => {});";
    expect(hasTest(source, "keeps a search on the site's own host")).toBe(true);
    expect(hasTest(source, 'sets no cookies')).toBe(false);
  });
});
