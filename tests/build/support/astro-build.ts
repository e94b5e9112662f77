import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../../..');

/**
 * Runs `astro build` in `project` with extra arguments and environment variables (an
 * undefined one is removed); returns its exit status and all it printed.
 */
export function astroBuild(project: string, args: string[] = [], env: Record<string, string | undefined> = {}) {
  const entries = Object.entries({ ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env });
  const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
    cwd: project,
    encoding: 'utf8',
    env: Object.fromEntries(entries.filter(([, value]) => value !== undefined)),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
