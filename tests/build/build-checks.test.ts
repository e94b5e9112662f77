import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { astroBuild, projectRoot as root } from '../support/astro-build';

const copies: string[] = [];

/**
 * A throwaway copy of the project with one extra content file. It sits inside the project
 * (in a git-ignored folder) so that it finds the project's node_modules as Node does.
 */
function projectWith(file: string, text: string): string {
  mkdirSync(join(root, '.build-checks'), { recursive: true });
  const copy = mkdtempSync(join(root, '.build-checks', 'project-'));
  copies.push(copy);
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'public', 'src', 'content']) {
    cpSync(join(root, entry), join(copy, entry), { recursive: true, verbatimSymlinks: true });
  }
  writeFileSync(join(copy, 'content', file), text);
  return copy;
}

afterEach(() => {
  for (const copy of copies.splice(0)) rmSync(copy, { recursive: true, force: true });
});

describe('the build refuses broken content', () => {
  it.each([
    {
      what: 'a module without learning goals, naming the file and the field',
      file: 'modules/zonder-doelen.md',
      lines: [
        '---',
        'kind: module',
        'title: Zonder doelen',
        'description: Test.',
        'minutes: 5',
        'audiences: [leraar]',
        'covers: [TL1]',
        '---',
        'Tekst.',
      ],
      mentions: [/modules\/zonder-doelen/, /goals/],
    },
    {
      what: 'a link to a page that does not exist, naming the link',
      file: 'modules/kapotte-link.md',
      lines: [
        '---',
        'kind: page',
        'title: Kapotte link',
        '---',
        'Zie [de vijf vormen](/modules/vijf-vormen/).',
      ],
      mentions: [/\/modules\/vijf-vormen\//],
    },
  ])('fails on $what', ({ file, lines, mentions }) => {
    const { status, output } = astroBuild(projectWith(file, [...lines, ''].join('\n')));
    expect(status).not.toBe(0);
    for (const pattern of mentions) expect(output).toMatch(pattern);
  });
});
