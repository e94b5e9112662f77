import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from './support/fixtures';
import { builtPages } from '../support/built-pages';
import { siteDir } from '../support/built-sites';
import { KitPresenter } from './support/kit-presenter';
import { OfflineSite, firstOfflineVisit } from './support/offline-site';
import { ReflectionQuestions } from './support/reflectie-vragen';
import { SearchDialog } from './support/search-dialog';
import { subPath } from './support/serve-sites';
import { axeViolations, horizontalOverflow } from './support/widget-page';
import { AssignmentBuilder } from './support/assignment-page';
import { ClassOverview, classAssignment, classUploads, studentName } from './support/klasoverzicht';
import { buildAssignment } from './support/test-assignment';
import { encodeAssignment } from '../../src/features/assignments/assignment-link';

const reflectionModule = 'modules/wat-is-teacher-leadership/';
const firstQuestion = /Noem een collega die invloed heeft/;

const browser = useBrowser();
let site: OfflineSite;
afterEach(() => site?.remove());

/** A first visit to `path`, until the notice says the site now works offline. */
async function visitUntilOfflineReady(path: string, options: Parameters<typeof firstOfflineVisit>[2] = {}) {
  const visit = await firstOfflineVisit(browser, path, options);
  site = visit.site;
  return visit;
}

/** What the browser does by itself on a later visit: it asks whether the service worker changed. */
async function checkForUpdate(page: Page) {
  // Not awaited: the browser may hold the answer until the new worker has installed.
  await page.evaluate(
    () => void navigator.serviceWorker.getRegistration().then((registration) => registration?.update()),
  );
}

async function cutNetwork(context: BrowserContext) {
  await context.setOffline(true);
  await site.stop();
}

/** Opens `path` on the site as it was served, and says what the reader got: the page's main heading. */
async function openOffline(page: Page, siteUrl: string, path: string) {
  await page.goto(new URL(path, siteUrl).href);
  return page.getByRole('heading', { level: 1 }).first().textContent();
}

/**
 * The pages of `paths` (and the scripts, styles and images they name) that the service worker of
 * `page` does not hand out: asked from the page, as it asks for them when it opens one.
 */
function notServedOffline(page: Page, paths: string[]) {
  return page.evaluate(
    async (paths) => {
      const missing: string[] = [];
      const assets = new Set<string>();
      for (const path of paths) {
        const response = await fetch(path).catch(() => undefined);
        const html = response?.ok ? await response.text() : '';
        const document = new DOMParser().parseFromString(html, 'text/html');
        if (!document.querySelector('h1')?.textContent?.trim()) missing.push(path);
        for (const element of document.querySelectorAll('script[src], link[rel="stylesheet"], img[src]')) {
          const address = element.getAttribute('src') ?? element.getAttribute('href')!;
          assets.add(new URL(address, new URL(path, location.href)).pathname);
        }
      }
      for (const asset of assets) {
        if (!(await fetch(asset).catch(() => undefined))?.ok) missing.push(asset);
      }
      return missing;
    },
    paths.map((path) => new URL(path, page.url()).pathname),
  );
}

describe('offline', () => {
  it('after one visit, every Dutch page opens, search finds pages and a widget keeps answers with the network gone', async () => {
    const { page, context, errors, notice } = await visitUntilOfflineReady('');
    await notice.closeButton().click();
    await expect(notice.status.textContent()).resolves.toBe('');
    const siteUrl = site.url;
    await cutNetwork(context);

    const dutchPages = builtPages(siteDir('root')).filter(
      (path) => !path.startsWith('en/') && path !== '404.html',
    );
    expect(dutchPages.length).toBeGreaterThan(20);
    // Opened one by one, thirty pages took most of a minute of this file; what makes a page open
    // offline is that the service worker hands out it and every file it needs, which the page
    // asks of it here. The pages this test opens for real below show the same files at work.
    expect(await notServedOffline(page, dutchPages)).toEqual([]);
    // A teacher educator's round works with the network gone too: the builder makes the link and
    // the cartridge (whose zip code the worker kept), the class overview reads the hand-ins and writes the CSV.
    await page.goto(new URL('opdracht-samenstellen/', siteUrl).href);
    const builder = new AssignmentBuilder(page);
    await buildAssignment(builder);
    expect((await builder.cartridge('mouse')).name).toMatch(/\.imscc$/);
    await page.goto(new URL(`klasoverzicht/#a=${encodeAssignment(classAssignment)}`, siteUrl).href);
    const overview = new ClassOverview(page);
    await overview.choose(classUploads(await overview.catalogue()));
    expect((await overview.export('CSV (.csv)')).content.toString('utf8')).toContain(studentName(30));
    expect(await openOffline(page, siteUrl, 'werkvormen/paradox-dialoog/')).toMatch(/paradox/i);
    await expect.poll(() => notice.status.textContent()).toMatch(/Je bent offline/);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(siteUrl);
    const search = new SearchDialog(page);
    await search.open();
    await search.search('gespreid leiderschap');
    expect(await search.resultPaths()).toContain('/modules/gespreid-leiderschap/');

    await page.goto(new URL(reflectionModule, siteUrl).href);
    const questions = new ReflectionQuestions(page);
    await questions.write(firstQuestion, 'Geschreven in de trein');
    await page.reload();
    await expect(questions.answer(firstQuestion).inputValue()).resolves.toBe('Geschreven in de trein');

    // A team session run from the presenter view with the network cut.
    await page.goto(new URL('werkvormen/paradox-dialoog/', siteUrl).href);
    const presenter = new KitPresenter(page);
    await presenter.openButton().click();
    // The view's code comes with the first press (from the offline copy): the reader waits for the view.
    await expect.poll(() => presenter.view().isVisible()).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await presenter.stepTitle().textContent()).toBe('Casus');
    expect(errors).toEqual([]);
  });

  it('keeps the language the reader reads: English pages and English search offline; a Dutch page says it is not kept, an address that is no page that it does not exist', async () => {
    const { page, context, errors } = await visitUntilOfflineReady('en/');
    const siteUrl = site.url;
    await cutNetwork(context);
    expect(await openOffline(page, siteUrl, 'en/modules/gespreid-leiderschap/')).toMatch(
      /Distributed leadership/i,
    );
    await page.goto(new URL('en/', siteUrl).href);
    const search = new SearchDialog(page);
    await search.open();
    await search.search('research culture');
    expect((await search.resultPaths()).some((path) => path.startsWith('/en/'))).toBe(true);

    expect(await openOffline(page, siteUrl, 'modules/gespreid-leiderschap/')).toBe(
      'Niet bewaard voor offline gebruik',
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await expect(page.getByRole('main').textContent()).resolves.toMatch(/Deze pagina bestaat wel/);
    expect(await axeViolations(page)).toEqual([]);
    // Its link leads to a page that is kept: the English home page.
    await page.getByRole('link', { name: 'Naar de startpagina' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).first().textContent())
      .toMatch(/Teacher leadership/i);
    expect(await openOffline(page, siteUrl, 'modules/bestaat-niet/')).toMatch(/niet gevonden/i);
    expect(errors).toEqual([]);
  });

  it("works the same under a sub-path, where it is installable as an app by the browser's own judgement", async () => {
    const { page, context, errors } = await visitUntilOfflineReady('', {
      outDir: siteDir('subPath'),
      base: subPath,
    });
    const devtools = await context.newCDPSession(page);
    const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
    // The test's browser contexts are private windows, in which no site can be installed.
    expect(installabilityErrors.filter(({ errorId }) => errorId !== 'in-incognito')).toEqual([]);
    const manifest = await devtools.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(manifest.url, 'the manifest of the site under the sub-path').toContain(subPath);
    const siteUrl = site.url;
    await cutNetwork(context);
    expect(await openOffline(page, siteUrl, 'modules/de-paradox/')).toMatch(/paradox/i);
    const search = new SearchDialog(page, subPath);
    await search.open();
    await search.search('paradox');
    expect(await search.resultPaths()).toContain('/modules/de-paradox/');
    expect(errors).toEqual([]);
  });
});

describe('a new version', () => {
  it('is announced, and reloading into it keeps what the reader was still typing', async () => {
    const { page, errors, notice } = await visitUntilOfflineReady(reflectionModule, {
      colorScheme: 'dark',
      viewport: { width: 320, height: 640 },
    });
    expect(await axeViolations(page)).toEqual([]);
    // The good news makes way by itself.
    await expect.poll(() => notice.status.textContent(), { timeout: 15_000 }).toBe('');
    await site.publishNewVersion();
    await checkForUpdate(page);
    await expect.poll(() => notice.status.textContent(), { timeout: 20_000 }).toMatch(/nieuwe versie/);
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);

    const questions = new ReflectionQuestions(page);
    await questions.answer(firstQuestion).fill('Nog niet bewaard');
    await Promise.all([page.waitForEvent('load'), notice.reloadButton().click()]);
    await expect(questions.answer(firstQuestion).inputValue()).resolves.toBe('Nog niet bewaard');
    // The new version is the one in charge now: none waits, and the notice does not come back.
    await expect
      .poll(() =>
        page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null),
      )
      .toBe(null);
    await page.waitForTimeout(1000);
    await expect(notice.status.textContent()).resolves.toBe('');
    expect(errors).toEqual([]);
  });

  it('asks before a reload would lose answers the browser cannot keep', async () => {
    const { page, notice } = await visitUntilOfflineReady(reflectionModule, { storage: 'blocked' });
    await site.publishNewVersion();
    await checkForUpdate(page);
    await expect.poll(() => notice.status.textContent(), { timeout: 20_000 }).toMatch(/nieuwe versie/);

    const questions = new ReflectionQuestions(page);
    await questions.write(firstQuestion, 'Alleen in deze pagina');
    await page.evaluate(() => ((window as { stillHere?: boolean }).stillHere = true));
    await notice.reloadButton().click();
    await expect.poll(() => notice.status.textContent()).toMatch(/niet bewaard kon worden/);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => (window as { stillHere?: boolean }).stillHere)).toBe(true);
    await expect(questions.answer(firstQuestion).inputValue()).resolves.toBe('Alleen in deze pagina');

    await Promise.all([page.waitForEvent('load'), notice.reloadButton().click()]);
    expect(await page.evaluate(() => (window as { stillHere?: boolean }).stillHere)).toBeUndefined();
  });
});
