import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/lib/answers-file';
import { docxXml } from '../support/docx';
import { useBrowser } from './support/fixtures';
import { portfolioOpener, savedReflection, twoAnswers } from './support/mijn-werk';
import { axeViolations } from './support/widget-page';

// The files of "Mijn werk": exporting the answers (JSON, Markdown, Word) and importing them back.
const openPortfolio = portfolioOpener(useBrowser());

describe('Mijn werk files', () => {
  it('exports JSON that imports back exactly, after everything was forgotten', async () => {
    const { page, errors, portfolio } = await openPortfolio(twoAnswers);
    const exported = await portfolio.export('JSON (.json), om later te importeren');
    expect(exported.name).toMatch(/^leiderschap-van-leraren-\d{4}-\d{2}-\d{2}\.json$/);

    await portfolio.button('Alles vergeten…').click();
    // The dialog's code comes with the first question: wait for it, as the reader does.
    await expect
      .poll(() => portfolio.dialog().getByRole('button', { name: 'Eerst exporteren (JSON)' }).isVisible())
      .toBe(true);
    await portfolio.dialog().getByRole('button', { name: 'Ja, alles vergeten' }).click();
    // The dialog's `close` event, on which the forgetting waits, comes in a task of its own.
    await expect.poll(async () => Object.keys(await portfolio.storage())).toEqual([]);
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
    const xml = docxXml(word.content);
    // Shaped like the Word check in mijn-werk.test.ts; each lists what its own answers put in.
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
      'a link to a script as page',
      JSON.stringify({
        format: 'leiderschap-van-leraren/antwoorden',
        version: 2,
        answers: { 'a#0': savedReflection('javascript:window.hacked=1', 'Vraag', 'x') },
        visits: {},
      }),
      /beschadigd of aangepast/,
    ],
    ['another site’s JSON', '{"name":"iets anders","version":2}', /komt niet van deze site/],
    ['a file that is not JSON', 'Beste docent, hierbij mijn werk.', /geen JSON-bestand/],
    [
      'a huge file',
      `{"format":"leiderschap-van-leraren/antwoorden","padding":"${'x'.repeat(MAX_FILE_BYTES + 1)}"}`,
      /te groot/,
    ],
  ])('refuses %s with a clear message and changes nothing', async (_, content, message) => {
    const { page, errors, portfolio } = await openPortfolio(twoAnswers);
    const before = await portfolio.storage();
    if (content.length < 1_000_000) await portfolio.import('bestand.json', content);
    else {
      const folder = await mkdtemp(join(tmpdir(), 'import-'));
      onTestFinished(() => rm(folder, { recursive: true }));
      const path = join(folder, 'bestand.json');
      await writeFile(path, content);
      await portfolio.importFromDisk(path);
    }
    await expect.poll(() => portfolio.status().textContent()).toMatch(message);
    await expect(portfolio.status().textContent()).resolves.toMatch(/Er is niets veranderd\./);
    expect(await portfolio.storage()).toEqual(before);
    await expect(page.locator('[data-import-plan]').isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
    expect(errors).toEqual([]);
  });

  it('imports an answer that looks like HTML as the text it is, never as HTML', async () => {
    const { page, errors, portfolio } = await openPortfolio(twoAnswers);
    const text = 'Taken<uren, zie <https://example.org> en <img src=x onerror="window.hacked=1">';
    const file = {
      format: 'leiderschap-van-leraren/antwoorden',
      version: 2,
      answers: { 'de-paradox#1': savedReflection('/modules/de-paradox/', 'Vraag', text) },
      visits: {},
    };
    await portfolio.import('bestand.json', JSON.stringify(file));
    await portfolio.button(/^Importeren$/).click();
    await expect
      .poll(() => portfolio.answers().locator('.portfolio__text').allTextContents())
      .toContain(text);
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
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
        'de-paradox#0': savedReflection(
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

  it('says, importing over answers of a newer version of the site, that those are why nothing is kept', async () => {
    const newer = JSON.stringify({ version: 99, answers: {}, later: true });
    const { page, errors, portfolio } = await openPortfolio(newer);
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/nieuwere versie van deze site/);
    await portfolio.import('antwoorden.json', JSON.stringify(twoAnswers));
    await portfolio.button(/^Importeren$/).click();
    const said = await portfolio.status().textContent();
    expect(said).toMatch(
      /alleen voor dit bezoek\. De antwoorden in deze browser zijn bewaard door een nieuwere versie/,
    );
    expect(said).not.toMatch(/bewaart niets/);
    expect((await portfolio.storage())['leiderschap-van-leraren']).toBe(newer);
    expect(errors).toEqual([]);
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
});
