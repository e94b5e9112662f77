import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Size } from './page-weight.ts';

export interface Precache extends Size {
  files: number;
}

/**
 * What the service worker (`sw.js`, if the build has one) keeps for offline use after a
 * first visit: opens the home page in a fresh context, waits until the page's notice says
 * the site works offline (the shared files and the Dutch pages and index are kept by then)
 * and adds up every response in Cache Storage, raw and gzipped in the page with
 * CompressionStream. Undefined when the build has no service worker.
 */
export async function measurePrecache(
  browser: Browser,
  siteUrl: string,
  outDir: string,
): Promise<Precache | undefined> {
  if (!existsSync(join(outDir, 'sw.js'))) return undefined;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(siteUrl);
  await page
    .locator('offline-status')
    .getByRole('status')
    .filter({ hasText: /zonder internet/ })
    .waitFor({ state: 'attached', timeout: 60_000 });
  const precache = await page.evaluate(async () => {
    const gzipSize = async (blob: Blob) =>
      (await new Response(blob.stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer()).byteLength;
    let files = 0,
      raw = 0,
      gzip = 0;
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const blob = await (await cache.match(request))!.blob();
        files += 1;
        raw += blob.size;
        gzip += await gzipSize(blob);
      }
    }
    return { files, raw, gzip };
  });
  await context.close();
  return precache;
}
