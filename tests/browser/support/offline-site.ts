import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { siteDir } from '../../support/built-sites';
import { serveStatic, type StaticSite } from '../../support/static-server';
import { openPage, type OpenOptions } from './widget-page';

/**
 * A copy of a build on its own server, so a test can take the network away (stop the
 * server) or publish a new version (change the copy's service worker) without touching
 * the site the other tests use.
 */
export class OfflineSite {
  private constructor(
    private readonly root: string,
    private site: StaticSite | null,
  ) {}

  static async serve(outDir = siteDir('root'), base = '/'): Promise<OfflineSite> {
    const root = await mkdtemp(join(tmpdir(), 'offline-site-'));
    await cp(outDir, root, { recursive: true });
    return new OfflineSite(root, await serveStatic(root, base));
  }

  get url(): string {
    if (!this.site) throw new Error('the site is no longer served');
    return this.site.url;
  }

  /** A new build as the browser sees it: a service worker that differs from the one it has. */
  async publishNewVersion() {
    const worker = join(this.root, 'sw.js');
    await writeFile(worker, `${await readFile(worker, 'utf8')}\n// next version ${Date.now()}\n`);
  }

  /** The network is gone: nothing answers any more. */
  async stop() {
    await this.site?.close();
    this.site = null;
  }

  async remove() {
    await this.stop();
    await rm(this.root, { recursive: true, force: true });
  }
}

/** The small notice at the bottom of every page: offline, ready for offline use, a new version. */
export class OfflineNotice {
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.status = page.locator('offline-status').getByRole('status');
  }

  reloadButton(): Locator {
    return this.page.locator('offline-status').getByRole('button', { name: /herladen|reload/i });
  }

  closeButton(): Locator {
    return this.page.locator('offline-status').getByRole('button', { name: /sluiten|close/i });
  }
}

/**
 * A first visit to `path` on a copy of a build served for this test alone, with service workers
 * on, until the notice says the site now works offline. The caller removes `site` after the test.
 */
export async function firstOfflineVisit(
  browser: Browser,
  path: string,
  options: OpenOptions & { outDir?: string; base?: string } = {},
) {
  const { outDir, base, ...openOptions } = options;
  const site = await OfflineSite.serve(outDir, base);
  const opened = await openPage(browser, path, {
    serviceWorkers: 'allow',
    ...openOptions,
    siteUrl: site.url,
  });
  const notice = new OfflineNotice(opened.page);
  await expect
    .poll(() => notice.status.textContent(), { timeout: 20_000 })
    .toMatch(/werkt nu ook zonder internet|works without an internet connection/);
  return { ...opened, notice, site };
}
