import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, projectRoot } from './astro-build';

/** A placeholder address on a reserved domain, as a deployer would set SITE_URL. */
export const siteUrl = 'https://leiderschap.example';
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

declare module 'vitest' {
  export interface ProvidedContext {
    builtSites: { root: BuiltSite; subPath: BuiltSite; withoutSiteUrl: BuiltSite };
  }
}

function build(name: string, base: string, site: string | undefined): BuiltSite {
  const dir = join(projectRoot, '.build-checks', 'sites', name);
  rmSync(dir, { recursive: true, force: true });
  const { status, output } = astroBuild(projectRoot, ['--outDir', dir], { SITE_URL: site, BASE_PATH: base });
  if (status !== 0) throw new Error(`The ${name} build failed:\n${output}`);
  return { dir, base, site, output };
}

/**
 * Builds the site once for all build tests, one after the other (they share the project's
 * caches): as deployed at a host's root, under a sub-path, and without SITE_URL.
 */
export default function setup(project: TestProject) {
  project.provide('builtSites', {
    root: build('root', '/', siteUrl),
    subPath: build('sub-path', subPath, siteUrl),
    withoutSiteUrl: build('without-site-url', '/', undefined),
  });
}
