import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

/** The sub-path the second build is made for, as a GitHub Pages project site would have. */
export const subPath = '/teacher-leadership/';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    subPathSiteUrl: string;
  }
}

/** Serves both builds made by `npm run test:browser` for the duration of the browser tests. */
export default async function setup(project: TestProject) {
  const site = await serveStatic(resolve('dist'));
  const subPathSite = await serveStatic(resolve('dist-subpath'), subPath);
  project.provide('siteUrl', site.url);
  project.provide('subPathSiteUrl', subPathSite.url);
  return async () => {
    await Promise.all([site.close(), subPathSite.close()]);
  };
}
