import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { reflectieVragenContract } from './support/reflectie-vragen';
import { describeWidgetContract } from './support/widget-contract';
import { widgetTestFile } from './support/widget-test-file';
import { axeViolations, storeKey, storedAnswers, switchColorScheme } from './support/widget-page';
import { Portfolio } from './support/mijn-werk';

const firstQuestion = /Noem een collega die invloed heeft/;

const { browser, openModule } = widgetTestFile(reflectieVragenContract, 'questions');
describeWidgetContract(reflectieVragenContract, browser);

describe('reflection questions', () => {
  it('saves while typing, without leaving the box', async () => {
    const { page, questions } = await openModule();
    await questions.answer(firstQuestion).focus();
    await page.keyboard.type('Nog bezig');
    await page.waitForFunction((key) => localStorage.getItem(key)?.includes('Nog bezig'), storeKey);
    expect(await questions.status(firstQuestion)).toBe('Bewaard op dit apparaat');
  });

  it('offers the answers typed so far as a file when storage is blocked', async () => {
    const { page, questions } = await openModule({ storage: 'blocked' });
    await questions.write(firstQuestion, 'Bewaar mij in een bestand');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      questions.region.getByRole('button', { name: 'Antwoorden downloaden (JSON)' }).click(),
    ]);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(file.answers['wat-is-teacher-leadership#0'].text).toBe('Bewaar mij in een bestand');
  });

  it('empties a box when its answer is deleted on Mijn werk in another tab', async () => {
    const first = await openModule();
    await first.questions.write(firstQuestion, 'Wordt verwijderd');
    const portfolio = await first.context.newPage();
    await portfolio.goto(new URL('mijn-werk/', inject('siteUrl')).href);
    await portfolio.getByRole('button', { name: /^Verwijderen: Noem een collega/ }).click();
    await portfolio.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await expect.poll(() => first.questions.answer(firstQuestion).inputValue()).toBe('');
    expect(await first.questions.status(firstQuestion)).toBe(
      'Dit antwoord is in een ander tabblad verwijderd.',
    );
    await first.context.close();
  });

  it('shows an answer typed in one tab in the other, without losing the other’s answers', async () => {
    const first = await openModule();
    const second = await openModule({ context: first.context });
    const secondQuestion = /Kies een initiatief uit je eigen school/;
    await second.questions.write(secondQuestion, 'Ons leesplan');
    await first.questions.write(firstQuestion, 'Uit het eerste tabblad');
    await expect
      .poll(() => second.questions.answer(firstQuestion).inputValue())
      .toBe('Uit het eerste tabblad');
    const answers = await storedAnswers(first.page);
    expect(answers['wat-is-teacher-leadership#0'].value).toBe('Uit het eerste tabblad');
    expect(answers['wat-is-teacher-leadership#1'].value).toBe('Ons leesplan');
    await first.context.close();
  });

  it('keeps both versions when one answer is typed in two tabs: the later is the answer, the other a copy Mijn werk shows and can bring back', async () => {
    const first = await openModule();
    const second = await openModule({ context: first.context });
    // The reader starts on the question in the second tab, then types in the first.
    await second.questions.answer(firstQuestion).focus();
    await first.questions.answer(firstQuestion).focus();
    await first.page.keyboard.type('Versie A');
    // Saved whole before the second tab types (a slow machine may save part of it first).
    await first.page.waitForFunction((key) => localStorage.getItem(key)?.includes('"Versie A"'), storeKey);
    await expect.poll(() => second.questions.status(firstQuestion)).toMatch(/in een ander tabblad gewijzigd/);
    expect(await second.questions.answer(firstQuestion).inputValue()).toBe('');
    await second.page.keyboard.type('Versie B');
    await expect
      .poll(() => second.questions.status(firstQuestion))
      .toBe('Bewaard op dit apparaat. De versie uit het andere tabblad staat als kopie in Mijn werk.');
    const answers = await storedAnswers(first.page);
    const copies = Object.keys(answers).filter((id) => id.startsWith('kopie#'));
    expect(answers['wat-is-teacher-leadership#0'].value).toBe('Versie B');
    expect(copies.map((id) => answers[id].value)).toEqual(['Versie A']);

    const portfolio = new Portfolio(await first.context.newPage());
    await portfolio.page.goto(new URL('mijn-werk/', inject('siteUrl')).href);
    await expect
      .poll(() => portfolio.answers().innerText())
      .toMatch(/Versie B[\s\S]*Versie A\s+Kopie uit een ander tabblad/);
    expect(await axeViolations(portfolio.page, '[data-answers]'), 'light').toEqual([]);
    await switchColorScheme(portfolio.page, 'dark');
    expect(await axeViolations(portfolio.page, '[data-answers]'), 'dark').toEqual([]);
    // The copy's two buttons stand side by side, on one line.
    const tops = await portfolio
      .button(/^Deze versie gebruiken: Noem een collega/)
      .locator('..')
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((button) => Math.round(button.getBoundingClientRect().top)));
    expect(tops).toHaveLength(2);
    expect(new Set(tops).size, `tops ${tops.join(', ')}`).toBe(1);
    await portfolio.button(/^Deze versie gebruiken: Noem een collega/).click();
    await expect(portfolio.status().textContent()).resolves.toMatch(/Die versie is nu het antwoord/);
    await expect
      .poll(() => portfolio.answers().innerText())
      .toMatch(/Versie A[\s\S]*Versie B\s+Kopie uit een ander tabblad/);
    await second.page.reload();
    expect(await second.questions.answer(firstQuestion).inputValue()).toBe('Versie A');
    expect([...first.errors, ...second.errors]).toEqual([]);
  });

  it('inserts stored text as text, never as HTML', async () => {
    const answer = {
      value: '<img src=x onerror="window.hacked=1">',
      savedAt: '2026-11-22T10:00:00.000Z',
      page: '/',
      prompt: 'x',
    };
    const { page, errors, questions } = await openModule({
      storage: { store: { version: 1, answers: { 'wat-is-teacher-leadership#0': answer } } },
    });
    await expect(questions.answer(firstQuestion).inputValue()).resolves.toBe(
      '<img src=x onerror="window.hacked=1">',
    );
    expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
    expect(errors).toEqual([]);
  });
});
