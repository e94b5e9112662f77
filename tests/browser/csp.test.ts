import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { parsePolicy } from '../../src/site/csp-policy';
import { launchBrowser } from './support/browser';
import { builtPages } from './support/built-pages';
import { AssignmentBuilder } from './support/assignments';
import { Portfolio } from './support/portfolio';
import { ReflectionQuestions } from './support/reflection-questions';
import { SitePage } from './support/site-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/**
 * A fresh context whose pages report every Content-Security-Policy violation: the
 * `securitypolicyviolation` events of each document, and the browser's console messages
 * about the policy (which also come from workers and from a policy the browser ignores).
 */
async function recordingContext(options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const violations: string[] = [];
  await context.exposeBinding('reportViolation', ({ page }, text: string) => violations.push(`${page.url()}: ${text}`));
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`,
      ),
    ),
  );
  context.on('console', (message) => {
    if (/content security policy/i.test(message.text())) violations.push(`${message.page()?.url()}: ${message.text()}`);
  });
  return { context, violations };
}

/** The sources of a directive in a page's `<meta>` policy. */
async function metaSources(page: Page, directive: string) {
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  return parsePolicy(policy ?? '').get(directive);
}

describe.each([
  ['/', 'dist', 'siteUrl'],
  ['a sub-path', 'dist-subpath', 'subPathSiteUrl'],
] as const)('the Content-Security-Policy of the site built for %s', (_, outDir, siteUrlKey) => {
  let context: BrowserContext;
  let violations: string[];
  let page: Page;
  beforeAll(async () => {
    ({ context, violations } = await recordingContext());
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it.each(builtPages(outDir))('/%s runs without a violation and allows no inline script but its own', async (path) => {
    violations.length = 0;
    const response = await page.goto(new URL(path, inject(siteUrlKey)).href);
    const scripts = await metaSources(page, 'script-src');
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(await metaSources(page, 'default-src')).toEqual(["'self'"]);
    expect(await metaSources(page, 'object-src')).toEqual(["'none'"]);
    // The host's header policy (from `_headers`) applies as well, and says what a meta element cannot.
    const header = parsePolicy(response!.headers()['content-security-policy'] ?? '');
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(header.get('script-src')).not.toContain("'unsafe-inline'");
    expect(violations).toEqual([]);
  });
});

describe('under the Content-Security-Policy', () => {
  const siteUrl = () => inject('siteUrl');

  it('refuses a script and an event handler that someone slips into a page', async () => {
    const { context, violations } = await recordingContext();
    const page = await context.newPage();
    await page.goto(new URL('modules/vier-vormen/', siteUrl()).href);
    await page.addScriptTag({ content: 'window.ran = "script"' }).catch(() => undefined);
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="data:," onload="window.ran = \'handler\'">'));
    await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => (window as { ran?: string }).ran)).toBeUndefined();
    await context.close();
  });

  it('applies the stored theme with its inline script, and switches themes', async () => {
    const { context, violations } = await recordingContext({ colorScheme: 'dark' });
    await context.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
    const page = await context.newPage();
    await page.goto(new URL('begrippen/', siteUrl()).href);
    await expect(page.evaluate(() => typeof (window as { StarlightThemeProvider?: object }).StarlightThemeProvider)).resolves.toBe('object');
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('light');
    const select = page.getByRole('combobox', { name: /thema|theme/i }).first();
    await expect(select.inputValue()).resolves.toBe('light');
    await select.selectOption('dark');
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    expect(violations).toEqual([]);
    await context.close();
  });

  it('searches with Pagefind, which runs as WebAssembly', async () => {
    const { context, violations } = await recordingContext();
    const page = await context.newPage();
    const site = new SitePage(page, siteUrl());
    await site.open('');
    const results = await site.search('gespreid leiderschap');
    expect(await results.count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    await context.close();
  });

  it('saves a reflection and downloads it from Mijn werk as Word and JSON', async () => {
    const { context, violations } = await recordingContext({ acceptDownloads: true });
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
    expect(JSON.stringify(JSON.parse(json.content.toString('utf8')).answers)).toContain('Anna, om haar kennis van lezen.');
    expect(violations).toEqual([]);
    await context.close();
  });

  it('shows the QR code of an assignment', async () => {
    const { context, violations } = await recordingContext();
    const page = await context.newPage();
    await page.goto(new URL('opdracht-samenstellen/', siteUrl()).href);
    const builder = new AssignmentBuilder(page);
    await builder.type('Titel', 'Leesgroep');
    await builder.module('Vier vormen van teacher leadership').click();
    await builder.button('Toon QR-code').click();
    await builder.qrCode().first().waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });
});
