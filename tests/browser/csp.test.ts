import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { recordingContext } from './support/csp-recorder';
import { useBrowser } from './support/fixtures';
import { AssignmentBuilder } from './support/assignment-page';
import { Portfolio } from './support/mijn-werk';
import { ReflectionQuestions } from './support/reflectie-vragen';
import { SitePage } from './support/site-page';

const browser = useBrowser();

describe('under the Content-Security-Policy', () => {
  const siteUrl = () => inject('siteUrl');

  it('refuses a script and an event handler that someone slips into a page', async () => {
    const { context, violations } = await recordingContext(browser);
    const page = await context.newPage();
    await page.goto(new URL('modules/vier-vormen/', siteUrl()).href);
    await page.addScriptTag({ content: 'window.ran = "script"' }).catch(() => undefined);
    await page.evaluate(() =>
      document.body.insertAdjacentHTML('beforeend', '<img src="data:," onload="window.ran = \'handler\'">'),
    );
    await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => (window as { ran?: string }).ran)).toBeUndefined();
  });

  it('applies the stored theme with its inline script, and switches themes', async () => {
    const { context, violations } = await recordingContext(browser, { colorScheme: 'dark' });
    await context.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
    const page = await context.newPage();
    await page.goto(new URL('begrippen/', siteUrl()).href);
    await expect(
      page.evaluate(() => typeof (window as { StarlightThemeProvider?: object }).StarlightThemeProvider),
    ).resolves.toBe('object');
    await expectThemePicker(page, { shown: 'light', picked: 'light' });
    expect(violations).toEqual([]);
  });

  it.each(['a b', '#x', '1', '"]'])(
    'follows the system when the stored theme is %j, which is no theme and no class name',
    async (stored) => {
      const context = await browser.newContext({ colorScheme: 'light' });
      await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), stored);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(new URL('begrippen/', siteUrl()).href);
      await expectThemePicker(page, { shown: 'light', picked: 'auto' });
      expect(errors).toEqual([]);
    },
  );

  it('searches with Pagefind, which runs as WebAssembly', async () => {
    const { context, violations } = await recordingContext(browser);
    const page = await context.newPage();
    const site = new SitePage(page, siteUrl());
    await site.open('');
    const results = await site.search('gespreid leiderschap');
    expect(await results.count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });

  // The privacy statement (content/privacy.mdx) names this test: what the reader writes stays in the browser.
  it('saves a reflection and downloads it from Mijn werk as Word and JSON, asking the host only for its own files', async () => {
    const { context, violations } = await recordingContext(browser, { acceptDownloads: true });
    const { origin } = new URL(siteUrl());
    const sent: string[] = [];
    context.on('request', (request) => {
      const { protocol } = new URL(request.url());
      if (protocol === 'data:' || protocol === 'blob:') return;
      const carriesAnswer = `${request.url()} ${request.postData() ?? ''}`.includes('Anna');
      if (request.method() !== 'GET' || new URL(request.url()).origin !== origin || carriesAnswer)
        sent.push(`${request.method()} ${request.url()}`);
    });
    const page = await context.newPage();
    await page.goto(new URL('modules/wat-is-teacher-leadership/', siteUrl()).href);
    const questions = new ReflectionQuestions(page);
    await questions.write(/Noem een collega die invloed heeft/, 'Anna, om haar kennis van lezen.');
    expect(await questions.status(/Noem een collega die invloed heeft/)).toBe('Bewaard op dit apparaat');

    await page.goto(new URL('mijn-werk/', siteUrl()).href);
    const portfolio = new Portfolio(page);
    const word = await portfolio.export('Word (.docx)');
    expect(word.name).toMatch(/\.docx$/);
    expect(word.content.subarray(0, 2).toString()).toBe('PK');
    const json = await portfolio.export('JSON (.json), om later te importeren');
    expect(JSON.stringify(JSON.parse(json.content.toString('utf8')).answers)).toContain(
      'Anna, om haar kennis van lezen.',
    );
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('shows the QR code of an assignment', async () => {
    const { context, violations } = await recordingContext(browser);
    const page = await context.newPage();
    await page.goto(new URL('opdracht-samenstellen/', siteUrl()).href);
    const builder = new AssignmentBuilder(page);
    await builder.type('Titel', 'Leesgroep');
    await builder.module('Vier vormen van teacher leadership').click();
    await builder.button('Toon QR-code').click();
    await builder.qrCode().first().waitFor();
    expect(violations).toEqual([]);
  });
});

/** The page shows the theme `shown` and its picker says `picked`; choosing dark switches the page. */
async function expectThemePicker(page: Page, { shown, picked }: { shown: string; picked: string }) {
  await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(shown);
  const select = page.getByRole('combobox', { name: /thema|theme/i }).first();
  await expect(select.inputValue()).resolves.toBe(picked);
  await select.selectOption('dark');
  await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
}
