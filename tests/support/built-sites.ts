import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, projectRoot } from './astro-build.ts';

/** A placeholder address on a reserved domain, as a deployer would set SITE_URL. */
export const siteUrl = 'https://leiderschap.example';
/** The sub-path the second build is made for, as a GitHub Pages project site would have. */
export const subPath = '/teacher-leadership/';

export interface BuiltSite {
  /** The build's output folder. */
  dir: string;
  /** The deploy base, e.g. `/` or `/teacher-leadership/`. */
  base: string;
  /** SITE_URL of the build, if it had one. */
  site?: string;
  /** What the build printed. */
  output: string;
}

export type SiteName = 'root' | 'subPath' | 'withoutSiteUrl';

declare module 'vitest' {
  export interface ProvidedContext {
    builtSites: Record<SiteName, BuiltSite>;
  }
}

/** The configurations the tests need: as deployed at a host's root, under a sub-path, and without SITE_URL. */
const configurations: Record<SiteName, { folder: string; base: string; site?: string }> = {
  root: { folder: 'root', base: '/', site: siteUrl },
  subPath: { folder: 'sub-path', base: subPath, site: siteUrl },
  withoutSiteUrl: { folder: 'without-site-url', base: '/' },
};

const sitesDir = join(projectRoot, '.build-checks', 'sites');

/** What a build is made of: every file under these (symbolic links by their target), hashed by path and content. */
const inputs = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

function sourceHash(): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    const stats = lstatSync(path);
    hash.update(`\0${relative(projectRoot, path)}\0`);
    if (stats.isSymbolicLink()) hash.update(`-> ${readlinkSync(path)}`);
    else if (stats.isDirectory()) for (const entry of readdirSync(path).sort()) add(join(path, entry));
    else hash.update(readFileSync(path));
  };
  for (const input of inputs) if (existsSync(join(projectRoot, input))) add(join(projectRoot, input));
  return hash.digest('hex');
}

/** The build's output folder for a configuration (the same for the build and the browser tests). */
export const siteDir = (name: SiteName) => join(sitesDir, configurations[name].folder);

/**
 * Builds a configuration into `.build-checks/sites/<folder>/`, unless the stamp beside it
 * (`<folder>.stamp.json`: the hash of the sources and the settings, and what the build
 * printed) says that folder was built from exactly these sources. So `npm test` builds each
 * configuration once: the build tests build it, the browser tests (and any rerun with
 * unchanged sources) reuse it. Delete `.build-checks/` to force a fresh build.
 */
function ensureBuilt(name: SiteName, hash: string): BuiltSite {
  const { folder, base, site } = configurations[name];
  const dir = siteDir(name);
  const stampFile = join(sitesDir, `${folder}.stamp.json`);
  const key = createHash('sha256')
    .update(JSON.stringify({ hash, base, site, mode: 'production' }))
    .digest('hex');
  if (existsSync(stampFile) && existsSync(join(dir, 'index.html'))) {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as { key: string; output: string };
    if (stamp.key === key) return { dir, base, site, output: stamp.output };
  }
  rmSync(stampFile, { force: true });
  rmSync(dir, { recursive: true, force: true });
  const { status, output } = astroBuild(projectRoot, ['--outDir', dir], { SITE_URL: site, BASE_PATH: base });
  if (status !== 0) throw new Error(`The ${name} build failed:\n${output}`);
  writeFileSync(stampFile, JSON.stringify({ key, output }));
  return { dir, base, site, output };
}

/** Builds (or reuses) the named configurations, one after the other: they share the project's caches. */
export function builtSites<Name extends SiteName>(names: readonly Name[]): Record<Name, BuiltSite> {
  const hash = sourceHash();
  return Object.fromEntries(names.map((name) => [name, ensureBuilt(name, hash)])) as Record<Name, BuiltSite>;
}

/** Global setup of the build tests: all three configurations. */
export default function setup(project: TestProject) {
  project.provide('builtSites', builtSites(['root', 'subPath', 'withoutSiteUrl']));
}
