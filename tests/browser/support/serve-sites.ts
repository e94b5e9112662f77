import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../support/static-server';
import { builtSites, subPath } from '../../support/built-sites';

export { subPath };

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    subPathSiteUrl: string;
  }
}

/**
 * Serves the builds the build tests made (tests/support/built-sites.ts builds them here
 * only if their sources changed since) for the duration of the browser tests.
 */
export default async function setup(project: TestProject) {
  const { root, subPath: subPathBuild } = builtSites(['root', 'subPath']);
  const site = await serveStatic(root.dir);
  const subPathSite = await serveStatic(subPathBuild.dir, subPath);
  project.provide('siteUrl', site.url);
  project.provide('subPathSiteUrl', subPathSite.url);
  return async () => {
    await Promise.all([site.close(), subPathSite.close()]);
  };
}
