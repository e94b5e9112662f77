import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/fixtures';
import { AssignmentBuilder } from './support/assignment-page';
import { buildAssignment, fourForms, paradox, payloadOf, title } from './support/test-assignment';
import { axeViolations, horizontalOverflow, openPage, switchColorScheme } from './support/widget-page';
import { siteDir, siteUrl as publishedAt } from '../support/built-sites';
import { childNamed, childrenNamed, readCartridge } from '../support/read-cartridge';

// "Opdracht samenstellen", where a teacher educator makes the link: QR code, copying, the printed sheet.
const browser = useBrowser();

const siteUrl = () => inject('siteUrl');

describe('the builder', () => {
  it('fetches the QR library only when a QR code is asked for, and shows the code with an accessible name', async () => {
    const context = await browser.newContext();
    const requests: string[] = [];
    // The page's own requests from its first on (not the service worker's, which precaches scripts).
    context.on('page', (page) => page.on('request', (request) => requests.push(request.url())));
    const { page, errors } = await openPage(browser, 'opdracht-samenstellen/', { context });
    const builder = new AssignmentBuilder(page);
    await page.waitForLoadState('networkidle');
    await buildAssignment(builder);
    const scriptsBefore = requests.filter((url) => url.endsWith('.js'));
    await expect(builder.qrCode().count()).resolves.toBe(0);

    await builder.button('Toon QR-code').click();
    await builder.qrCode().first().waitFor();
    const fetched = requests.filter((url) => url.endsWith('.js') && !scriptsBefore.includes(url));
    expect(fetched).toHaveLength(1);
    await expect(builder.qrCode().first().getAttribute('aria-label')).resolves.toBe(
      `QR-code met de link naar de opdracht ${title}`,
    );
    await expect(builder.button('Verberg QR-code').getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(builder.qrCode().first().locator('path').getAttribute('d')).resolves.toMatch(
      /^M\d+ \d+h\d+v1h-\d+z/,
    );
    expect(requests.every((url) => url.startsWith(siteUrl()))).toBe(true);

    await builder.button('Verberg QR-code').click();
    await expect(builder.qrCode().first().isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
  });

  it('downloads a Common Cartridge of the assignment, by mouse and by keyboard, fetching the zip code only then', async () => {
    const context = await browser.newContext();
    const scripts: string[] = [];
    context.on('page', (page) =>
      page.on('request', (request) => {
        if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname);
      }),
    );
    const { page, errors } = await openPage(browser, 'opdracht-samenstellen/', { context });
    const builder = new AssignmentBuilder(page);
    await page.waitForLoadState('networkidle');
    const link = await buildAssignment(builder);
    // fflate's own error messages mark the chunk it is in.
    const holdsFflate = (path: string) =>
      readFileSync(join(siteDir('root'), path), 'utf8').includes('invalid zip data');
    expect(scripts.filter(holdsFflate)).toEqual([]);

    const { name, content } = await builder.cartridge('mouse');
    expect(name).toMatch(/^leiderschap-van-leraren-\d{4}-\d{2}-\d{2}\.imscc$/);
    expect(scripts.filter(holdsFflate)).toHaveLength(1);
    const cartridge = readCartridge(content);
    expect([cartridge.schema, cartridge.schemaVersion]).toEqual(['IMS Common Cartridge', '1.1.0']);
    expect(cartridge.items.map((item) => [item.title, item.url])).toEqual([
      [title, undefined],
      [fourForms, `${publishedAt}/modules/vier-vormen/`],
      [paradox, `${publishedAt}/modules/de-paradox/`],
    ]);
    // The assignment page: its link at the published address, with the same assignment in it.
    const body = childNamed(cartridge.items[0]!.file, 'body');
    const paragraphs = childrenNamed(body, 'p');
    expect(paragraphs.map((p) => p.text)).toContain('Inleveren vóór 18 december 2026');
    const assignmentLink = childNamed(
      paragraphs.find((p) => p.children.length)!,
      'a',
    ).attributes['href'];
    expect(assignmentLink).toBe(`${publishedAt}/opdracht/${new URL(link).hash}`);
    await expect(builder.status().textContent()).resolves.toMatch(/staat klaar in je downloads\.$/);

    const again = await builder.cartridge('keyboard');
    expect(again.content.equals(content)).toBe(true);
    for (const scheme of ['light', 'dark'] as const) {
      await switchColorScheme(page, scheme);
      expect(await axeViolations(page), scheme).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reopens a link to change it, from its address or pasted, asking before it replaces the form; a version 1 link opens on the questions it meant', async () => {
    const version1 = payloadOf({
      v: 1,
      t: 'Oude opdracht',
      i: 'Lees de module.',
      d: '2026-12-18',
      m: [{ s: 'vier-vormen', q: [0, 2], w: ['vier-vormen-sorteren'] }],
    });
    const { page, errors } = await openPage(browser, `opdracht-samenstellen/#a=${version1}`);
    const builder = new AssignmentBuilder(page);
    const reopen = builder.reopen();
    await expect(reopen.getByRole('status').textContent()).resolves.toBe(
      'De opdracht ‘Oude opdracht’ staat in het formulier. Pas haar aan en kopieer daarna de nieuwe link.',
    );
    await expect(page.getByLabel('Titel').inputValue()).resolves.toBe('Oude opdracht');
    await expect(page.getByLabel('Inleveren vóór (niet verplicht)').inputValue()).resolves.toBe('2026-12-18');
    await expect(builder.module(fourForms).isChecked()).resolves.toBe(true);
    await expect(builder.item(fourForms, /^Welke van de vier vormen/).isChecked()).resolves.toBe(true);
    await expect(builder.item(fourForms, /^Ken je een initiator/).isChecked()).resolves.toBe(false);
    await expect(
      builder.item(fourForms, /^Wat zou er in jouw team moeten veranderen/).isChecked(),
    ).resolves.toBe(true);
    // The new link names the same questions by id.
    const link = await builder.link().inputValue();
    const payload = new URLSearchParams(new URL(link).hash.slice(1)).get('a')!;
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString()).m).toEqual([
      { s: 'vier-vormen', q: ['0', '2'], w: ['vier-vormen-sorteren'] },
    ]);

    const field = reopen.getByRole('textbox', { name: 'Link van de opdracht' });
    await field.fill(
      `${siteUrl()}opdracht/#a=${payloadOf({ v: 2, t: 'Nieuw', m: [{ s: 'weg' }, { s: 'de-paradox' }] })}`,
    );
    await field.press('Enter');
    await expect(reopen.getByRole('status').textContent()).resolves.toMatch(
      /^In het formulier staat al een opdracht/,
    );
    await expect(page.getByLabel('Titel').inputValue()).resolves.toBe('Oude opdracht');
    await reopen.getByRole('button', { name: 'Vervang wat in het formulier staat' }).press('Enter');
    await expect(page.getByLabel('Titel').inputValue()).resolves.toBe('Nieuw');
    await expect(builder.module(fourForms).isChecked()).resolves.toBe(false);
    await expect(builder.module(paradox).isChecked()).resolves.toBe(true);
    await expect(reopen.getByRole('listitem').allTextContents()).resolves.toEqual([
      'De module ‘weg’ bestaat niet (meer) op deze site en is weggelaten.',
    ]);
    for (const scheme of ['light', 'dark'] as const) {
      await switchColorScheme(page, scheme);
      expect(await axeViolations(page), scheme).toEqual([]);
    }

    await field.fill('https://example.org/opdracht/#a=afgebroken');
    await reopen.getByRole('button', { name: 'Openen in het formulier' }).click();
    await expect(reopen.getByRole('status').textContent()).resolves.toMatch(/^Deze link is niet te openen/);
    await expect(page.getByLabel('Titel').inputValue()).resolves.toBe('Nieuw');
    expect(errors).toEqual([]);
  });

  it('copies the link, or says how to copy it when the clipboard is not available', async () => {
    const allowed = await openPage(browser, 'opdracht-samenstellen/', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const builder = new AssignmentBuilder(allowed.page);
    const link = await buildAssignment(builder);
    await builder.button('Kopieer link').click();
    // Copying is asynchronous: wait for the status line to say how it went.
    await expect.poll(() => builder.status().textContent()).toBe('De link is gekopieerd.');
    await expect(allowed.page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link);
    await allowed.context.close();

    const context = await browser.newContext();
    await context.addInitScript(() =>
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')) },
      }),
    );
    const { page } = await openPage(browser, 'opdracht-samenstellen/', { context });
    const blocked = new AssignmentBuilder(page);
    await buildAssignment(blocked);
    await blocked.button('Kopieer link').click();
    await expect.poll(() => blocked.status().textContent()).toMatch(/^Kopiëren lukte niet in deze browser\./);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('opdracht-link-veld');
  });

  it('prints an assignment sheet with title, instructions, due date, modules, items, the link and the QR code, without form controls', async () => {
    const { page } = await openPage(browser, 'opdracht-samenstellen/', {
      viewport: { width: 718, height: 1047 },
    });
    const builder = new AssignmentBuilder(page);
    const link = await buildAssignment(builder);
    await builder.button('Toon QR-code').click();
    await builder.qrCode().first().waitFor();
    await page.emulateMedia({ media: 'print' });

    const sheet = builder.sheet();
    await expect(sheet.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(title);
    await expect(sheet.getByText('Inleveren vóór 18 december 2026').isVisible()).resolves.toBe(true);
    await expect(sheet.getByText(link).isVisible()).resolves.toBe(true);
    await expect(sheet.getByText('Oefening: het paradox-dilemma').isVisible()).resolves.toBe(true);
    await expect(
      sheet
        .getByRole('listitem')
        .filter({ hasText: /Wat zou er in jouw team moeten veranderen/ })
        .count(),
    ).resolves.toBe(0);
    await expect(sheet.getByRole('img', { name: /^QR-code met de link/ }).isVisible()).resolves.toBe(true);
    for (const control of [
      page.getByLabel('Titel'),
      builder.module(fourForms),
      builder.link(),
      builder.button('Kopieer link'),
      page.getByRole('heading', { level: 1 }),
    ]) {
      await expect(control.isVisible()).resolves.toBe(false);
    }
    await expect(horizontalOverflow(page)).resolves.toBeLessThanOrEqual(0);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('reads as a form without JavaScript and says the link needs it; the student page says why it is empty', async () => {
    const { page, context } = await openPage(browser, 'opdracht-samenstellen/', { javaScriptEnabled: false });
    // Playwright's text locators skip <noscript>, so the message is found by its place.
    const message = page.locator('noscript > p');
    await expect(message.isVisible()).resolves.toBe(true);
    await expect(message.textContent()).resolves.toMatch(
      /om er een link, QR-code of opdrachtblad van te maken is JavaScript nodig/,
    );
    await expect(page.getByRole('group', { name: fourForms }).isVisible()).resolves.toBe(true);
    await context.close();

    const student = await openPage(
      browser,
      `opdracht/#a=${payloadOf({ v: 1, t: 'Zonder script', m: [{ s: 'vier-vormen' }] })}`,
      { javaScriptEnabled: false },
    );
    await expect(student.page.locator('noscript > p').textContent()).resolves.toMatch(
      /^Deze pagina leest de opdracht uit de link van je docent, en daarvoor is JavaScript nodig\./,
    );
    await expect(student.page.getByRole('textbox', { name: 'Je naam' }).isVisible()).resolves.toBe(false);
    await student.context.close();
  });
});
