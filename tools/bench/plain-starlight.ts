import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild } from '../../tests/support/astro-build.ts';

/** The fixture: a few Markdown pages and Starlight's default config (`plain-starlight/`). */
const fixture = join(import.meta.dirname, 'plain-starlight');

/**
 * The page of the plain site the bench weighs as its baseline: an ordinary docs page, with a
 * sidebar and a table of contents, as most pages of a Starlight site are.
 */
export const plainStarlightPage = 'guides/example/';

/** Builds the plain-Starlight fixture into a new temporary folder and returns that folder. */
export function buildPlainStarlight(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'plain-starlight-'));
  const { status, output } = astroBuild(fixture, ['--outDir', outDir]);
  if (status !== 0) throw new Error(`the plain-Starlight build failed:\n${output}`);
  // The bench's server sends the headers a build's `_headers` asks for; plain Starlight asks for none.
  writeFileSync(join(outDir, '_headers'), '');
  return outDir;
}
