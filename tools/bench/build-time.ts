import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtPages } from '../../tests/support/built-pages.ts';
import { benchModule, benchModuleSlug } from './bench-module.ts';

export interface BuildTime {
  /** Generated modules added to the real site's content. */
  extraModules: number;
  /** HTML pages in the build (each module is built for both languages). */
  pages: number;
  seconds: number;
}

/** Runs `astro build` (which includes Pagefind) in `dir` and returns its wall time in seconds. */
export async function timeAstroBuild(dir: string): Promise<number> {
  const start = performance.now();
  const build = spawn(
    process.execPath,
    [
      '--preserve-symlinks',
      '--preserve-symlinks-main',
      join(dir, 'node_modules/astro/bin/astro.mjs'),
      'build',
    ],
    { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let errors = '';
  build.stderr.on('data', (chunk) => (errors += chunk));
  const code = await new Promise<number | null>((done) => build.on('close', done));
  if (code !== 0) throw new Error(`astro build in ${dir} failed (${code}):\n${errors}`);
  return (performance.now() - start) / 1000;
}

/**
 * Builds a copy of the project (in the system's temporary folder, never in `content/`) with
 * each number of generated modules, from scratch each time. The copy's node_modules links to
 * the real packages one by one but has its own cache folders, so the real project's caches
 * are left alone. The generated modules are not in the sidebar: the figures are the cost of
 * pages, not of a sidebar that lists a thousand entries on every page.
 */
export async function measureBuildTimes(
  projectDir: string,
  sizes: number[],
  log: (line: string) => void,
): Promise<BuildTime[]> {
  const copy = mkdtempSync(join(tmpdir(), 'bench-site-'));
  try {
    const skip = new Set(['node_modules', 'dist', 'dist-subpath', '.astro', '.git', '.build-checks', 'docs']);
    cpSync(projectDir, copy, {
      recursive: true,
      verbatimSymlinks: true,
      filter: (source) => !skip.has(source.slice(projectDir.length + 1)),
    });
    const packages = join(projectDir, 'node_modules');
    mkdirSync(join(copy, 'node_modules'));
    for (const entry of readdirSync(packages).filter(
      (name) => !['.astro', '.vite', '.cache'].includes(name),
    )) {
      symlinkSync(join(packages, entry), join(copy, 'node_modules', entry));
    }
    const modulesDir = join(copy, 'content', 'modules');
    const results: BuildTime[] = [];
    for (const extraModules of sizes) {
      for (const file of readdirSync(modulesDir).filter((name) => name.startsWith('bench-')))
        rmSync(join(modulesDir, file));
      for (let n = 1; n <= extraModules; n++)
        writeFileSync(join(modulesDir, `${benchModuleSlug(n)}.mdx`), benchModule(n, extraModules));
      for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
        rmSync(join(copy, cache), { recursive: true, force: true });
      log(`build time: astro build with ${extraModules} extra modules…`);
      const seconds = await timeAstroBuild(copy);
      results.push({ extraModules, pages: builtPages(join(copy, 'dist')).length, seconds });
      log(
        `build time: ${extraModules} extra modules, ${results.at(-1)!.pages} pages, ${seconds.toFixed(1)} s`,
      );
    }
    return results;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
