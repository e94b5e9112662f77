import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from '../support/built-pages';
import { docxXml } from '../support/docx';
import { siteDir } from '../support/built-sites';
import { useBrowser } from './support/fixtures';
import { Portfolio, portfolioOpener, savedReflection, twoAnswers } from './support/mijn-werk';
import { ReflectionQuestions } from './support/reflectie-vragen';
import {
  axeInBothThemes,
  axeViolations,
  horizontalOverflow,
  openPage,
  storeKey,
} from './support/widget-page';

// What "Mijn werk" shows and lets the reader delete or forget; its files (export and import): mijn-werk-files.test.ts.

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

const browser = useBrowser();
const openPortfolio = portfolioOpener(browser);

describe('Mijn werk', () => {
  // Portfolio.astro keeps the place of the figures the element fills in.
  it("does not move while it fills in a fresh reader's progress, at phone and desktop widths", async () => {
    for (const viewport of [
      { width: 412, height: 823 },
      { width: 1280, height: 800 },
    ]) {
      const context = await browser.newContext({ viewport });
      await context.addInitScript(() => {
        const seen: number[] = [];
        (window as { layoutShifts?: number[] }).layoutShifts = seen;
        // Shifts of the page's own part: what moves in Mijn werk, not in the site's header.
        type Shift = { value: number; sources: { node?: Node | null }[] };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as Shift[])
            if (entry.sources.some(({ node }) => node?.parentElement?.closest('mijn-werk')))
              seen.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const { page } = await openPage(browser, 'mijn-werk/', { context });
      await expect
        .poll(() => page.locator('[data-progress-summary]').textContent())
        .toMatch(/^Je hebt 0 van de \d+ modules bezocht/);
      expect(await page.evaluate(() => (window as { layoutShifts?: number[] }).layoutShifts)).toEqual([]);
    }
  });

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
    // The dialog's code comes with the first question: wait for it, as the reader does.
    await expect
      .poll(() =>
        portfolio.dialog().getByText('Alle 2 antwoorden verwijderen?', { exact: false }).isVisible(),
      )
      .toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await portfolio.dialog().getByRole('button', { name: 'Ja, verwijderen' }).click();
    // The list is drawn again once the store has let go of the answers: wait for it, as the reader does.
    await expect
      .poll(() => page.getByText('Je hebt nog niets ingevuld.', { exact: false }).isVisible(), {
        timeout: 5_000,
      })
      .toBe(true);
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

  it('lists everything kept on this device, set-aside copies, what it remembers of its storage and the theme included, and forgets it all with an undo', async () => {
    const context = await browser.newContext();
    await context.addInitScript((key) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem(key, '{"version":2,"answers":{"x"');
      localStorage.setItem('starlight-theme', 'dark');
      localStorage.setItem(`${key}:instellingen`, '{"backupAt":"2026-11-22T10:00:00.000Z"}');
      sessionStorage.setItem('seeded', 'yes');
    }, storeKey);
    const page = await context.newPage();
    await page.goto(new URL('mijn-werk/', inject('siteUrl')).href);
    const portfolio = new Portfolio(page);
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/apart gezet, niet weggegooid/);
    const items = await portfolio.storedItems().allTextContents();
    expect(items).toHaveLength(4);
    expect(items[0]).toMatch(/^Je antwoorden en voortgang: 0 antwoorden en 1 bezochte pagina's/);
    expect(items[1]).toMatch(/^Beschadigde gegevens, apart gezet op .*Downloaden$/);
    expect(items[2]).toMatch(
      /^Wat de site onthoudt over deze opslag \(.+\): je laatste JSON-export was op 22 november 2026$/,
    );
    expect(items[3]).toBe('Je keuze voor een licht of donker thema: donker');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      portfolio.button(/^Downloaden$/).click(),
    ]);
    expect(await download.failure()).toBeNull();

    const before = await portfolio.storage();
    await portfolio.button('Alles vergeten…').click();
    await portfolio.dialog().getByRole('button', { name: 'Ja, alles vergeten' }).click();
    await expect.poll(() => portfolio.storage()).toEqual({});
    await expect
      .poll(() => portfolio.status().textContent())
      .toBe('Alles is vergeten. Deze browser bevat niets meer van deze site.');
    await portfolio.button('Ongedaan maken').click();
    await expect.poll(() => portfolio.storage()).toEqual(before);
  });

  it('ignores the second click of a double-click on the dialog’s yes, which lands on the page beneath', async () => {
    const { page, portfolio } = await openPortfolio(twoAnswers);
    await portfolio.button('Alle antwoorden verwijderen…').click();
    await page.evaluate(() => {
      const clicks: number[] = [];
      Object.assign(window, { clicksReached: clicks });
      document.addEventListener('click', (event) => clicks.push(event.detail), true);
    });
    await portfolio.dialog().getByRole('button', { name: 'Ja, verwijderen' }).dblclick();
    await expect
      .poll(() => page.getByText('Je hebt nog niets ingevuld.', { exact: false }).isVisible())
      .toBe(true);
    expect(
      await page.evaluate(() => (window as unknown as { clicksReached: number[] }).clicksReached),
      'clicks that reached the page: the first only',
    ).toEqual([1]);
    await expect(portfolio.button('Ongedaan maken').isVisible()).resolves.toBe(true);
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
    const { page, portfolio } = await openPortfolio(twoAnswers, { viewport: { width: 320, height: 640 } });
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await portfolio.button('Markdown (.md)').hover();
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });
    await portfolio.button('Alle antwoorden verwijderen…').click();
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });
  });

  it('fits 320 px with an unbroken question and page address from an imported file', async () => {
    const long = 'Vraag'.repeat(60);
    const { page } = await openPortfolio(
      {
        ...twoAnswers,
        answers: {
          ...twoAnswers.answers,
          'elders#0': savedReflection(`/${'onbekend-pad-'.repeat(20)}/`, long, 'Antwoord'),
        },
      },
      { viewport: { width: 320, height: 640 } },
    );
    await expect(page.getByText(long).isVisible()).resolves.toBe(true);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
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
  it('records a kit session by keyboard and puts it with a completed module in the bekwaamheidsdossier, as Word and printed', async () => {
    // Every reflection question of one module answered: that module is completed.
    const completed = Object.fromEntries(
      [0, 1, 2, 3].map((n) => [
        `wat-is-teacher-leadership#${n}`,
        savedReflection('/modules/wat-is-teacher-leadership/', `Vraag ${n}`, `Mijn antwoord ${n}`),
      ]),
    );
    const { page, errors } = await openPage(browser, 'werkvormen/paradox-dialoog/', {
      storage: { store: { version: 2, answers: completed, deleted: {}, visits: {} } },
    });
    await page.getByText('Deze sessie vastleggen').focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Eigen aantekeningen (niet verplicht)').focus();
    await page.keyboard.type('Goed gesprek over rollen.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Vastgelegd' }).textContent()).resolves.toMatch(
      /^Vastgelegd: \d+ \w+ \d{4}\. Je vindt het in Mijn werk\.$/,
    );
    // The open form, with its message, in both themes.
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });

    await page.goto(new URL('mijn-werk/', inject('siteUrl')).href);
    const portfolio = new Portfolio(page);
    await page.getByLabel('Mijn eigen reflecties toevoegen').check();
    const word = await portfolio.export('Download als Word');
    const xml = docxXml(word.content);
    // Shaped like the Word check in mijn-werk-files.test.ts; each lists what its own answers put in.
    for (const text of [
      'Wat is teacher leadership?',
      'Je kunt in eigen woorden uitleggen wat onder teacher leadership wordt verstaan.',
      'De paradox-dialoog',
      'Goed gesprek over rollen.',
      'Mijn antwoord 3',
      'Totale studietijd: 65 minuten',
    ])
      expect(xml).toContain(text);
    // The session is an answer like any other: Mijn werk lists it.
    await expect(portfolio.answers().getByText('Goed gesprek over rollen.').isVisible()).resolves.toBe(true);

    await page.evaluate(() => (window.print = () => {}));
    await page.getByRole('button', { name: 'Afdrukken', exact: true }).click();
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('article.dossier-print');
    // The print view is made by code that comes with the click.
    await expect
      .poll(() => printed.getByRole('heading', { name: 'Afgeronde modules' }).isVisible())
      .toBe(true);
    await expect(page.getByRole('heading', { name: 'Mijn werk', level: 1 }).isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });
    expect(errors).toEqual([]);
  });
});
