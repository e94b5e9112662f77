import { describe, expect, inject, it } from 'vitest';
import { readAnswersFile } from '../../src/lib/answers-file';
import { useBrowser } from './support/fixtures';
import { portfolioOpener, savedReflection, twoAnswers } from './support/mijn-werk';
import { ReflectionQuestions } from './support/reflectie-vragen';
import { mockStorageManager, persistCalls, type StorageManagerMock } from './support/storage-manager';
import { axeInBothThemes, storedAnswers } from './support/widget-page';

// Durable storage: asking the browser once to keep the site's storage, what Mijn werk says of
// it, and the 7-day backup offer, with navigator.storage and the clock mocked.

const browser = useBrowser();
const openPortfolio = portfolioOpener(browser);
const notKept: StorageManagerMock = { persisted: false, usage: 2_100_000, quota: 300_000_000 };
const modulePath = 'modules/wat-is-teacher-leadership/';

/** A context whose browser answers for its storage as `mock` says. */
async function contextWith(mock: StorageManagerMock) {
  const context = await browser.newContext();
  await mockStorageManager(context, mock);
  return context;
}

describe('Durable storage', () => {
  it('asks the browser to keep its storage after the first kept answer, once: not on a page load, nor after a reload and a second answer', async () => {
    const context = await contextWith(notKept);
    const { page, errors } = await openPortfolio(undefined, { context, path: modulePath });
    const questions = new ReflectionQuestions(page);
    expect(await persistCalls(page), 'on loading the page').toBe(0);
    await questions.write(/Noem een collega die invloed heeft/, 'Mijn collega Anna.');
    await expect.poll(() => persistCalls(page), { message: 'after the first answer' }).toBe(1);
    await page.reload();
    await questions.write(/Kies een initiatief uit je eigen school/, 'De leesclub.');
    await page.goto(new URL('mijn-werk/', inject('siteUrl')).href);
    expect(Object.values(await storedAnswers(page)).map((answer) => answer.text)).toEqual([
      'Mijn collega Anna.',
      'De leesclub.',
    ]);
    expect(await persistCalls(page), 'after a reload and a second answer').toBe(1);
    expect(errors).toEqual([]);
  });

  it('keeps answers where navigator.storage is missing, and Mijn werk says the browser does not tell', async () => {
    const context = await contextWith('missing');
    const { page, errors, portfolio } = await openPortfolio(undefined, { context, path: modulePath });
    await new ReflectionQuestions(page).write(/Noem een collega die invloed heeft/, 'Mijn collega Anna.');
    await page.goto(new URL('mijn-werk/', inject('siteUrl')).href);
    await expect(portfolio.answers().textContent()).resolves.toContain('Mijn collega Anna.');
    await expect
      .poll(() => portfolio.storageStatus())
      .toEqual([
        'Of deze browser de opslag van deze site bewaart, laat hij niet zien. Maak daarom af en toe een JSON-export.',
        'Hoeveel ruimte deze site in deze browser gebruikt, laat de browser niet zien.',
      ]);
    expect(errors).toEqual([]);
  });

  it.each([
    [true, /^Deze browser heeft beloofd de opslag van deze site te bewaren/],
    [false, /^Deze browser heeft niet beloofd de opslag van deze site te bewaren/],
  ])(
    'Mijn werk says whether the browser keeps the storage (%s) and how much space is used',
    async (persisted, kept) => {
      const context = await contextWith({ ...notKept, persisted });
      const { portfolio } = await openPortfolio(twoAnswers, { context });
      await expect
        .poll(() => portfolio.storageStatus())
        .toEqual([
          expect.stringMatching(kept),
          'Ruimte die deze site in deze browser gebruikt, volgens de browser zelf: 2,1 MB van de ongeveer 300 MB die hij de site geeft.',
        ]);
    },
  );

  it('offers a backup once an answer no export holds is 7 days old, not at 6 days 23 hours', async () => {
    const context = await browser.newContext();
    const answers = {
      'vier-vormen#0': savedReflection('/modules/vier-vormen/', 'Welke vorm?', 'Initiatiefnemers.'),
    };
    await context.clock.setFixedTime(new Date('2026-11-27T09:00:00.000Z'));
    const { page, portfolio } = await openPortfolio(
      { version: 2, answers, deleted: {}, visits: {} },
      { context },
    );
    await expect(portfolio.answers().textContent()).resolves.toContain('Initiatiefnemers.');
    await expect(portfolio.backupOffer().isVisible(), 'at 6 days 23 hours').resolves.toBe(false);
    await context.clock.setFixedTime(new Date('2026-11-27T10:00:00.000Z'));
    await page.reload();
    await expect(portfolio.backupOffer().isVisible(), 'at 7 days').resolves.toBe(true);
    await expect(portfolio.backupOffer().textContent()).resolves.toContain(
      'Sinds 20 november 2026 staat hier werk dat je nog niet vanuit deze browser als JSON hebt geëxporteerd',
    );
    await expect(portfolio.backupOffer().textContent()).resolves.toContain(
      'Safari kan de gegevens van een site wissen als je die 7 dagen niet hebt bezocht',
    );
  });

  it('backs up in one click: the file re-imports, and the offer goes away, saying what was saved, also after a reload', async () => {
    const context = await browser.newContext();
    await context.clock.setFixedTime(new Date('2026-12-01T10:00:00.000Z'));
    const { page, errors, portfolio } = await openPortfolio(twoAnswers, { context });
    await expect(portfolio.backupOffer().isVisible()).resolves.toBe(true);
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });

    const backup = await portfolio.export('Reservekopie downloaden (JSON)');
    expect(backup.name).toBe('leiderschap-van-leraren-2026-12-01.json');
    const read = readAnswersFile(backup.content.toString('utf8'));
    expect('ok' in read && read.ok.answers).toEqual(twoAnswers.answers);
    await expect(portfolio.backupOffer().isVisible()).resolves.toBe(false);
    await expect(portfolio.status().textContent()).resolves.toBe(
      'leiderschap-van-leraren-2026-12-01.json staat klaar in je downloads: een reservekopie van al je antwoorden en je voortgang. Met Importeren zet je die terug, ook op een ander apparaat.',
    );
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('status');
    await page.reload();
    await expect(portfolio.answers().textContent()).resolves.toContain('Initiators, mostly.');
    await expect(portfolio.backupOffer().isVisible(), 'after a reload').resolves.toBe(false);
    await expect(portfolio.storedItems().allTextContents()).resolves.toContainEqual(
      expect.stringMatching(
        /^Wat de site onthoudt over deze opslag \(\d+ byte\): je laatste JSON-export was op 1 december 2026$/,
      ),
    );
    expect(errors).toEqual([]);
  });

  it('ends the offer with any JSON export, in English too, and in another tab', async () => {
    const { context, portfolio } = await openPortfolio(twoAnswers, { path: 'en/mijn-werk/' });
    const other = await openPortfolio(undefined, { context });
    await expect(other.portfolio.backupOffer().isVisible(), 'in the other tab').resolves.toBe(true);
    await expect(portfolio.backupOffer().textContent()).resolves.toContain(
      "Safari may erase a site's data when you have not visited it for 7 days",
    );
    await portfolio.export('Markdown (.md)');
    await expect(portfolio.backupOffer().isVisible(), 'a Markdown file does not re-import').resolves.toBe(
      true,
    );
    await portfolio.export(/^JSON \(\.json\)/);
    await expect(portfolio.backupOffer().isVisible()).resolves.toBe(false);
    await expect
      .poll(() => other.portfolio.backupOffer().isVisible(), { message: 'in the other tab' })
      .toBe(false);
  });
});
