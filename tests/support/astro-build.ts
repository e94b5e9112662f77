import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * Runs `astro build` in `project` with extra arguments and environment variables (an
 * undefined one is removed); returns its exit status and all it printed. NODE_ENV is set to
 * production, as `npm run build` has it: Vitest sets it to `test`, and Astro would then make a
 * build in which `import.meta.env.PROD` is false (no service worker, for one).
 */
export function astroBuild(
  project: string,
  args: string[] = [],
  env: Record<string, string | undefined> = {},
) {
  const entries = Object.entries({
    ...process.env,
    NODE_ENV: 'production',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...env,
  });
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', ...args],
    {
      cwd: project,
      encoding: 'utf8',
      env: Object.fromEntries(entries.filter(([, value]) => value !== undefined)),
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
