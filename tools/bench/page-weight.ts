import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';

export interface Size {
  raw: number;
  /** As a host that gzips every response would send it (gzip -9, per response). */
  gzip: number;
}

export interface PageWeight {
  path: string;
  requests: number;
  /** The HTML document alone. */
  html: Size;
  /** Everything the page asked for while loading, HTML included. */
  total: Size;
  /** Script files plus the page's inline scripts. */
  js: Size;
  /** The file names of the scripts it loaded. */
  scripts: string[];
}

const size = (bytes: Buffer | string): Size => ({
  raw: Buffer.byteLength(bytes),
  gzip: gzipSync(bytes, { level: 9 }).length,
});
const sum = (sizes: Size[]): Size =>
  sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

/**
 * Loads `path` in a fresh browser context (empty cache, no service worker yet) and adds up
 * what the page itself requested until the network went quiet after its first idle moment.
 * Requests a service worker makes on its own (precaching) are not the page's and are left out.
 */
export async function measurePageWeight(
  browser: Browser,
  siteUrl: string,
  path: string,
): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses: Response[] = [];
  const failed: string[] = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  page.on('request', () => {
    inFlight += 1;
    lastActivity = Date.now();
  });
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    if (response && !request.serviceWorker()) responses.push(response);
    inFlight -= 1;
    lastActivity = Date.now();
  });
  page.on('requestfailed', (request) => {
    failed.push(`${request.url()} (${request.failure()?.errorText})`);
    inFlight -= 1;
  });
  const url = new URL(path, siteUrl).href;
  await page.goto(url, { waitUntil: 'load' });
  // Starlight loads the search UI when the browser is first idle after loading: let that start,
  // then wait until no request has been open for half a second.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 10_000 })));
  while (inFlight > 0 || Date.now() - lastActivity < 500) await page.waitForTimeout(50);
  if (failed.length) throw new Error(`page weight: requests of ${url} failed: ${failed.join(', ')}`);
  const inlineScripts = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLScriptElement>('script:not([src])')]
      .filter((script) => ['', 'module', 'text/javascript'].includes(script.type))
      .map((script) => script.textContent ?? ''),
  );
  const bodies = await Promise.all(
    responses.map(async (response) => ({
      url: response.url(),
      isScript: (response.headers()['content-type'] ?? '').includes('javascript'),
      size: size(await response.body()),
    })),
  );
  await context.close();
  const htmlResponse = bodies.find((body) => body.url === url);
  if (!htmlResponse) throw new Error(`page weight: no response for ${url}`);
  return {
    path,
    requests: bodies.length,
    html: htmlResponse.size,
    total: sum(bodies.map((body) => body.size)),
    js: sum([...bodies.filter((body) => body.isScript).map((body) => body.size), ...inlineScripts.map(size)]),
    scripts: bodies
      .filter((body) => body.isScript)
      .map((body) => new URL(body.url).pathname.split('/').pop()!),
  };
}
