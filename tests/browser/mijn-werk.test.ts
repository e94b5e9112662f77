import { describe, expect, inject, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { useBrowser } from './support/fixtures';
import { Portfolio } from './support/mijn-werk';
import { ReflectionQuestions } from './support/reflectie-vragen';
import {
  axeViolations,
  horizontalOverflow,
  openPage,
  storeKey,
  type OpenOptions,
} from './support/widget-page';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../support/built-pages';
import { siteDir } from '../support/built-sites';

/**
 * How many reflection questions the Dutch modules ask, counted where the reader meets them
 * (the answer fields of each module page's reflection widget in the build), not with the
 * code that counts them for Mijn werk.
 */
const modulePages = builtPages(siteDir('root')).filter((path) => /^modules\/[^/]+\/$/.test(path));
const reflectionQuestions = modulePages
  .map((path) => readFileSync(join(siteDir('root'), path, 'index.html'), 'utf8'))
  .flatMap((html) => [...html.matchAll(/<reflectie-vragen[\s>][\s\S]*?<\/reflectie-vragen>/g)])
  .reduce((total, [widget]) => total + widget.split('<textarea').length - 1, 0);

const saved = (page: string, prompt: string, text: string, savedAt = '2026-11-20T10:00:00.000Z') => ({
  value: text,
  text,
  savedAt,
  page,
  prompt,
  widget: 'reflectie-vragen',
});

const twoAnswers = {
  version: 2,
  answers: {
    'de-paradox#0': saved(
      '/modules/de-paradox/',
      'Waar legt jouw school het accent?',
      'Op de gezamenlijke uitdaging.\nMet een tweede regel.',
    ),
    'vier-vormen#1': saved('/en/modules/vier-vormen/', 'Which form do you see?', 'Initiators, mostly.'),
  },
  deleted: {},
  visits: { '/modules/de-paradox/': '2026-11-20T09:00:00.000Z' },
};

const browser = useBrowser();

/** Opens "Mijn werk" in a fresh context whose storage holds `stored` (once: a reload keeps what the page did). */
async function openPortfolio(stored?: object | string, options: OpenOptions & { path?: string } = {}) {
  const { path = 'mijn-werk/', ...openOptions } = options;
  if (stored !== undefined) openOptions.storage = { store: stored };
  const opened = await openPage(browser, path, openOptions);
  return { ...opened, portfolio: new Portfolio(opened.page) };
}

describe('Mijn werk', () => {
  it('starts with a helpful empty state and no progress', async () => {
    const { page, errors, portfolio } = await openPortfolio();
    await expect(page.getByText('Je hebt nog niets ingevuld.', { exact: false }).isVisible()).resolves.toBe(
      true,
    );
    await expect(
      page.getByRole('link', { name: 'Begin bij de eerste module' }).getAttribute('href'),
    ).resolves.toBe('/modules/waarom-teacher-leadership/');
    await expect(portfolio.progress().textContent()).resolves.toBe(
      `Je hebt 0 van de 14 modules bezocht en 0 van de ${reflectionQuestions} reflectievragen beantwoord.`,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows what the reader answered in a module, under that module, with progress', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('modules/wat-is-teacher-leadership/', inject('siteUrl')).href);
    await new ReflectionQuestions(page).write(/Noem een collega die invloed heeft/, 'Mijn collega Anna.');
    await page.goto(new URL('mijn-werk/', inject('siteUrl')).href);
    const portfolio = new Portfolio(page);
    const group = portfolio.answers().locator('.portfolio__group');
    await expect(group.getByRole('heading', { level: 3 }).textContent()).resolves.toBe(
      'Wat is teacher leadership?',
    );
    await expect(group.locator('dd .portfolio__text').textContent()).resolves.toBe('Mijn collega Anna.');
    await expect(portfolio.progress().textContent()).resolves.toMatch(
      /^Je hebt 1 van de 14 modules bezocht en 1 van de \d+ reflectievragen beantwoord\.$/,
    );
    await expect(
      page.locator('[data-module="/modules/wat-is-teacher-leadership/"]').textContent(),
    ).resolves.toMatch(/bezocht op .* · 1 van \d+ reflectievragen beantwoord/);
    await expect(
      page.getByRole('progressbar').evaluate((bar: HTMLProgressElement) => bar.value),
    ).resolves.toBe(1);
  });

  it('exports JSON that imports back exactly, after everything was forgotten', async () => {
    const { page, errors, portfolio } = await openPortfolio(twoAnswers);
    const exported = await portfolio.export('JSON (.json), om later te importeren');
    expect(exported.name).toMatch(/^leiderschap-van-leraren-\d{4}-\d{2}-\d{2}\.json$/);

    await portfolio.button('Alles vergeten…').click();
    await expect(
      portfolio.dialog().getByRole('button', { name: 'Eerst exporteren (JSON)' }).isVisible(),
    ).resolves.toBe(true);
    await portfolio.dialog().getByRole('button', { name: 'Ja, alles vergeten' }).click();
    expect(Object.keys(await portfolio.storage())).toEqual([]);
    await expect(portfolio.storedItems().textContent()).resolves.toBe(
      'Er staat niets van deze site in deze browser.',
    );

    await portfolio.import(exported.name, exported.content);
    // The file is read asynchronously: wait for the preview.
    await expect
      .poll(() => page.locator('[data-import-summary]').textContent())
      .toBe(
        'Dit bestand bevat 2 antwoorden. Importeren voegt er 2 toe en vervangt er 0; 0 heb je al precies zo.',
      );
    expect(Object.keys(await portfolio.storage())).toEqual([]);
    await portfolio.button(/^Importeren$/).click();
    await expect(portfolio.status().textContent()).resolves.toBe('Geïmporteerd: 2 toegevoegd, 0 vervangen.');

    const again = await portfolio.export('JSON (.json), om later te importeren');
    const answersIn = (file: Buffer) => JSON.parse(file.toString('utf8')).answers;
    expect(answersIn(again.content)).toEqual(answersIn(exported.content));
    expect(answersIn(again.content)).toEqual(twoAnswers.answers);
    expect(JSON.parse(again.content.toString('utf8')).visits).toMatchObject(twoAnswers.visits);
    expect(errors).toEqual([]);
  });

  it('exports Markdown and Word files holding each module, question and answer', async () => {
    const { portfolio } = await openPortfolio(twoAnswers);
    const markdown = await portfolio.export('Markdown (.md)');
    expect(markdown.name).toMatch(/\.md$/);
    const text = markdown.content.toString('utf8');
    expect(text).toMatch(/^# Mijn werk: Leiderschap van leraren\n/);
    expect(text).toContain(
      '## Vier vormen van teacher leadership\n\n### Which form do you see?\n\n> Initiators, mostly.',
    );
    expect(text).toContain('> Op de gezamenlijke uitdaging.\n> Met een tweede regel.');

    const word = await portfolio.export('Word (.docx)');
    expect(word.name).toMatch(/\.docx$/);
    const xml = strFromU8(unzipSync(new Uint8Array(word.content))['word/document.xml']!);
    for (const part of [
      'Mijn werk: Leiderschap van leraren',
      'Waar legt jouw school het accent?',
      'Op de gezamenlijke uitdaging.',
      'Met een tweede regel.',
      'Initiators, mostly.',
    ]) {
      expect(xml).toContain(part);
    }
    await expect(portfolio.status().textContent()).resolves.toMatch(/\.docx staat klaar in je downloads\./);
  });

  it('loads the Word library only when a Word file is asked for', async () => {
    const { page, portfolio } = await openPortfolio(twoAnswers);
    const scripts = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => name.includes('portfolio-docx')),
      );
    expect(await scripts()).toEqual([]);
    await portfolio.export('Word (.docx)');
    expect(await scripts()).toHaveLength(1);
  });

  it.each([
    [
      'HTML in an answer',
      JSON.stringify({
        format: 'leiderschap-van-leraren/antwoorden',
        version: 2,
        answers: { 'a#0': saved('/modules/de-paradox/', 'Vraag', '<img src=x onerror="window.hacked=1">') },
        visits: {},
      }),
      /bevat HTML of een script \(bij a#0\)/,
    ],
    [
      'a link to a script as page',
      JSON.stringify({
        format: 'leiderschap-van-leraren/antwoorden',
        version: 2,
        answers: { 'a#0': saved('javascript:window.hacked=1', 'Vraag', 'x') },
        visits: {},
      }),
      /beschadigd of aangepast/,
    ],
    ['another site’s JSON', '{"name":"iets anders","version":2}', /komt niet van deze site/],
    ['a file that is not JSON', 'Beste docent, hierbij mijn werk.', /geen JSON-bestand/],
    [
      'a huge file',
      `{"format":"leiderschap-van-leraren/antwoorden","padding":"${'x'.repeat(2_000_001)}"}`,
      /te groot/,
    ],
  ])('refuses %s with a clear message and changes nothing', async (_, content, message) => {
    const { page, errors, portfolio } = await openPortfolio(twoAnswers);
    const before = await portfolio.storage();
    await portfolio.import('bestand.json', content);
    await expect.poll(() => portfolio.status().textContent()).toMatch(message);
    await expect(portfolio.status().textContent()).resolves.toMatch(/Er is niets veranderd\./);
    expect(await portfolio.storage()).toEqual(before);
    await expect(page.locator('[data-import-plan]').isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
    expect(errors).toEqual([]);
  });

  it('shows which answers an import would replace, and changes nothing when cancelled', async () => {
    const { page, portfolio } = await openPortfolio(twoAnswers);
    const before = await portfolio.storage();
    const file = {
      format: 'leiderschap-van-leraren/antwoorden',
      version: 2,
      answers: {
        ...twoAnswers.answers,
        'de-paradox#0': saved(
          '/modules/de-paradox/',
          'Waar legt jouw school het accent?',
          'Een andere versie',
        ),
      },
      visits: {},
    };
    await portfolio.import('ander.json', JSON.stringify(file));
    // The file is read asynchronously: wait for the preview.
    await expect
      .poll(() => page.locator('[data-import-summary]').textContent())
      .toBe(
        'Dit bestand bevat 2 antwoorden. Importeren voegt er 0 toe en vervangt er 1; 1 heb je al precies zo.',
      );
    await expect(page.locator('[data-import-replace-list] li').allTextContents()).resolves.toEqual([
      'Waar legt jouw school het accent?',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await portfolio.button('Annuleren').click();
    await expect(portfolio.status().textContent()).resolves.toBe(
      'Import geannuleerd. Er is niets veranderd.',
    );
    expect(await portfolio.storage()).toEqual(before);
  });

  it('deletes one answer by keyboard after asking, and undoes it', async () => {
    const { page, portfolio } = await openPortfolio(twoAnswers);
    await portfolio.button('Verwijderen: Which form do you see?').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Dit antwoord verwijderen?').isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Ja, verwijderen');
    await page.keyboard.press('Enter');
    await expect(portfolio.answers().textContent()).resolves.not.toContain('Initiators, mostly.');
    expect(JSON.parse((await portfolio.storage())[storeKey]!).answers['vier-vormen#1']).toBeUndefined();
    await expect(portfolio.status().textContent()).resolves.toBe('Antwoord verwijderd.');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Ongedaan maken');
    await page.keyboard.press('Enter');
    await expect(portfolio.answers().textContent()).resolves.toContain('Initiators, mostly.');
    expect(JSON.parse((await portfolio.storage())[storeKey]!).answers['vier-vormen#1'].text).toBe(
      'Initiators, mostly.',
    );
  });

  it('keeps an answer when the reader says no', async () => {
    const { portfolio } = await openPortfolio(twoAnswers);
    await portfolio.button('Verwijderen: Which form do you see?').click();
    await portfolio.button('Nee, bewaren').click();
    await expect(portfolio.answers().textContent()).resolves.toContain('Initiators, mostly.');
  });

  it('deletes all answers after a confirmation dialog, and undoes it', async () => {
    const { page, portfolio } = await openPortfolio(twoAnswers);
    await portfolio.button('Alle antwoorden verwijderen…').click();
    await expect(
      portfolio.dialog().getByText('Alle 2 antwoorden verwijderen?', { exact: false }).isVisible(),
    ).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await portfolio.dialog().getByRole('button', { name: 'Ja, verwijderen' }).click();
    await expect(page.getByText('Je hebt nog niets ingevuld.', { exact: false }).isVisible()).resolves.toBe(
      true,
    );
    await portfolio.button('Ongedaan maken').click();
    await expect(portfolio.answers().locator('.portfolio__text').allTextContents()).resolves.toHaveLength(2);
  });

  it('cancels "delete all" with Escape, deleting nothing', async () => {
    const { page, portfolio } = await openPortfolio(twoAnswers);
    const before = await portfolio.storage();
    await portfolio.button('Alle antwoorden verwijderen…').click();
    await page.keyboard.press('Escape');
    expect(await portfolio.storage()).toEqual(before);
  });

  it('lists everything kept on this device, set-aside copies and the theme included, and forgets it all with an undo', async () => {
    const context = await browser.newContext();
    await context.addInitScript((key) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem(key, '{"version":2,"answers":{"x"');
      localStorage.setItem('starlight-theme', 'dark');
      sessionStorage.setItem('seeded', 'yes');
    }, storeKey);
    const page = await context.newPage();
    await page.goto(new URL('mijn-werk/', inject('siteUrl')).href);
    const portfolio = new Portfolio(page);
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/apart gezet, niet weggegooid/);
    const items = await portfolio.storedItems().allTextContents();
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/^Je antwoorden en voortgang: 0 antwoorden en 1 bezochte pagina's/);
    expect(items[1]).toMatch(/^Beschadigde gegevens, apart gezet op .*Downloaden$/);
    expect(items[2]).toBe('Je keuze voor een licht of donker thema: donker');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      portfolio.button(/^Downloaden$/).click(),
    ]);
    expect(await download.failure()).toBeNull();

    const before = await portfolio.storage();
    await portfolio.button('Alles vergeten…').click();
    await portfolio.dialog().getByRole('button', { name: 'Ja, alles vergeten' }).click();
    expect(await portfolio.storage()).toEqual({});
    await expect(portfolio.status().textContent()).resolves.toBe(
      'Alles is vergeten. Deze browser bevat niets meer van deze site.',
    );
    await portfolio.button('Ongedaan maken').click();
    expect(await portfolio.storage()).toEqual(before);
  });

  it('works for the visit when storage is blocked, without an error', async () => {
    const { page, errors, portfolio } = await openPortfolio(undefined, { storage: 'blocked' });
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/verdwijnen als je de pagina sluit/);
    await expect(portfolio.storedItems().textContent()).resolves.toBe(
      'Er staat niets van deze site in deze browser.',
    );
    const exported = await portfolio.export('JSON (.json), om later te importeren');
    await portfolio.import(
      exported.name,
      JSON.stringify({ ...JSON.parse(exported.content.toString()), answers: twoAnswers.answers }),
    );
    await portfolio.button(/^Importeren$/).click();
    await expect(portfolio.status().textContent()).resolves.toMatch(/alleen voor dit bezoek/);
    await expect(portfolio.answers().locator('.portfolio__text').allTextContents()).resolves.toHaveLength(2);
    expect(errors).toEqual([]);
  });

  it('prints the answers without the tools', async () => {
    const { page } = await openPortfolio(twoAnswers);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText('Initiators, mostly.').isVisible()).resolves.toBe(true);
    for (const name of ['Exporteren', 'Importeren', 'Wat wordt bewaard']) {
      await expect(page.getByRole('heading', { name }).isVisible()).resolves.toBe(false);
    }
    await expect(
      page
        .getByRole('button', { name: /Verwijderen/ })
        .first()
        .isVisible(),
    ).resolves.toBe(false);
  });

  it('has no axe violations with answers, a hovered button and a dialog, in the dark theme too, and fits 320 px', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, portfolio } = await openPortfolio(twoAnswers, {
        colorScheme,
        viewport: { width: 320, height: 640 },
      });
      expect(await axeViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await portfolio.button('Markdown (.md)').hover();
      expect(await axeViolations(page)).toEqual([]);
      await portfolio.button('Alle antwoorden verwijderen…').click();
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  it('is in English under /en/, with the same answers', async () => {
    const { page, portfolio } = await openPortfolio(twoAnswers, { path: 'en/mijn-werk/' });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('My work');
    await expect(portfolio.progress().textContent()).resolves.toMatch(
      /^You have visited 1 of the 14 modules/,
    );
    await expect(portfolio.answers().getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual([
      'Four forms of teacher leadership',
      'The paradox of formal roles',
    ]);
  });
});
