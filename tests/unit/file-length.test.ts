/**
 * No file over 350 lines (README, "Project layout"): a file that grows past it holds more than
 * one idea and is split, rather than left to creep.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const MAX_LINES = 350;
const folders = ['src', 'tests', 'tools'];
const code = /\.(ts|mts|js|mjs|astro|css)$/;

/** What a build writes beside a project (the bench's plain-Starlight fixture has one): not source. */
const generated = new Set(['node_modules', '.astro']);

function* sourceFiles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!generated.has(entry.name)) yield* sourceFiles(path);
    } else if (code.test(entry.name)) yield path;
  }
}

it(`has no source, test or tool file over ${MAX_LINES} lines`, () => {
  const files = folders.flatMap((folder) => [...sourceFiles(folder)]);
  expect(files.length).toBeGreaterThan(100);
  const long = files
    .map((path) => ({ path, lines: readFileSync(path, 'utf8').split('\n').length - 1 }))
    .filter(({ lines }) => lines > MAX_LINES);
  expect(long).toEqual([]);
});
