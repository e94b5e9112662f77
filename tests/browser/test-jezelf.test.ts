import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Portfolio } from './support/mijn-werk';
import { savedAnswer, storeWith } from './support/seeded-store';
import { SelfTest } from './support/test-jezelf';
import { widgetTestFile } from './support/widget-test-file';
import { axeInBothThemes, axeViolations, horizontalOverflow, storedAnswers } from './support/widget-page';
import { checks } from '../../src/widgets/test-jezelf/questions';

const modulePath = 'modules/vier-vormen/';
const q1 = /^Vraag 1 Uit welke twee vragen/;
const q2 = /^Vraag 2 Voorbeeld van deze site: de directie/;
const q4 = /^Vraag 4 Voor welke vorm/;
const twoSplits = /^Is het leiderschap formeel of informeel/;
const focusAndScope = /^Waar gaat de invloed over/;
const storedText1 =
  'Vraag 1: Is het leiderschap formeel of informeel, en ligt het bij één leraar of bij een groep? (goed)';

/** The stored value of question 1's answer, e.g. `{ choice: 'formeel-collectief' }`. */
const storedChoice = async (page: Page) =>
  (await storedAnswers(page))['test-jezelf-vier-vormen#dimensies']?.value;

const { openModule } = widgetTestFile(
  { tag: 'test-jezelf', path: modulePath, widget: (page) => new SelfTest(page) },
  'test',
);

describe('Test jezelf', () => {
  it('works by keyboard alone: choose with the arrow keys, hear why, see the score, start again', async () => {
    const { page, context, errors, test } = await openModule();
    await expect(test.score().textContent()).resolves.toBe('Nog geen vraag beantwoord');
    await expect(test.feedback(q1).textContent()).resolves.toBe('');

    await test.option(q1, twoSplits).focus();
    await page.keyboard.press('ArrowDown');
    expect(await test.option(q1, focusAndScope).isChecked()).toBe(true);
    await expect(test.feedback(q1).textContent()).resolves.toMatch(
      /^Niet goed\. Focus en reikwijdte beschrijven/,
    );
    await expect(test.feedback(q1).getAttribute('role')).resolves.toBe('status');
    await page.keyboard.press('ArrowUp');
    await expect(test.feedback(q1).textContent()).resolves.toMatch(/^Goed\. Zet je die twee tweedelingen/);
    await expect(test.saved(q1).textContent()).resolves.toBe('Bewaard op dit apparaat');
    await expect(test.score().textContent()).resolves.toBe('1 van 4 beantwoord, 1 goed');

    const answer = (await storedAnswers(page))['test-jezelf-vier-vormen#dimensies']!;
    expect(answer.value).toEqual({ choice: 'formeel-collectief' });
    expect(answer.text).toBe(storedText1);
    expect(answer.prompt).toBe('Vraag 1. Uit welke twee vragen volgen de vier vormen?');
    expect(answer.widget).toBe('test-jezelf');

    // Tab goes to the next question's group; Space chooses its first option.
    for (let question = 2; question <= 4; question++) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
    }
    await expect(test.score().textContent()).resolves.toBe('4 van 4 goed');
    await page.keyboard.press('Tab');
    await expect(test.reset().evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(test.resetStatus().textContent()).resolves.toBe(
      'Je antwoorden zijn gewist. Je kunt opnieuw beginnen.',
    );
    await expect(test.score().textContent()).resolves.toBe('Nog geen vraag beantwoord');
    expect(await test.option(q1, twoSplits).isChecked()).toBe(false);
    await expect(test.feedback(q1).textContent()).resolves.toBe('');
    expect(Object.keys(await storedAnswers(page)).filter((id) => id.startsWith('test-jezelf-'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the answers, their feedback and the score across a reload', async () => {
    const { page, context, test } = await openModule();
    await test.option(q1, focusAndScope).check();
    await test.option(q4, 'Role-based teacher leadership').check();
    await page.reload();
    expect(await test.option(q1, focusAndScope).isChecked()).toBe(true);
    await expect(test.feedback(q1).textContent()).resolves.toMatch(/^Niet goed\./);
    await expect(test.feedback(q4).textContent()).resolves.toMatch(
      /^Niet goed\. Die vorm krijgt al de meeste nadruk/,
    );
    await expect(test.score().textContent()).resolves.toBe('2 van 4 beantwoord, 0 goed');
    await context.close();
  });

  it('shows answers given and cleared in another tab', async () => {
    const first = await openModule();
    const second = await openModule({ context: first.context });
    await first.test.option(q2, 'Collective role-based teacher leadership').check();
    await expect
      .poll(() => second.test.option(q2, 'Collective role-based teacher leadership').isChecked())
      .toBe(true);
    await expect(second.test.feedback(q2).textContent()).resolves.toMatch(
      /^Goed\. Het team is formeel ingesteld/,
    );
    await expect(second.test.saved(q2).textContent()).resolves.toBe('Bijgewerkt vanuit een ander tabblad');
    await expect(second.test.score().textContent()).resolves.toBe('1 van 4 beantwoord, 1 goed');
    await first.test.reset().click();
    await expect
      .poll(() => second.test.option(q2, 'Collective role-based teacher leadership').isChecked())
      .toBe(false);
    await expect(second.test.saved(q2).textContent()).resolves.toBe(
      'Dit antwoord is in een ander tabblad verwijderd.',
    );
    await expect(second.test.score().textContent()).resolves.toBe('Nog geen vraag beantwoord');
    await first.context.close();
  });

  it('prints the questions, the chosen answers and their feedback, without the controls', async () => {
    const { page, context, test } = await openModule();
    await test.option(q1, twoSplits).check();
    await page.emulateMedia({ media: 'print' });
    const printed = test.question(q1).locator('[data-print]');
    expect(await printed.isVisible()).toBe(true);
    await expect(printed.textContent()).resolves.toBe(storedText1);
    expect(await test.feedback(q1).isVisible()).toBe(true);
    expect(
      await test.question(q4).getByText('Community-based teacher leadership', { exact: true }).isVisible(),
    ).toBe(true);
    expect(await test.option(q1, twoSplits).isVisible()).toBe(false);
    expect(await test.reset().isVisible()).toBe(false);
    await context.close();
  });

  it('puts its answers in Mijn werk under the module', async () => {
    const { page, context, test } = await openModule();
    await test.option(q1, twoSplits).check();
    await test.option(q4, 'Role-based teacher leadership').check();
    await page.goto(new URL('mijn-werk/', inject('siteUrl')).href);
    const texts = await new Portfolio(page).answers().locator('.portfolio__text').allTextContents();
    expect(texts).toContain(storedText1);
    expect(texts).toContain('Vraag 4: Role-based teacher leadership (niet goed)');
    await context.close();
  });

  it('sets damaged storage aside, says so, and keeps working', async () => {
    const { page, context, errors, test } = await openModule({ storage: 'damaged' });
    await expect(test.notice().textContent()).resolves.toMatch(/apart gezet, niet weggegooid/);
    await test.option(q1, twoSplits).check();
    expect(await storedChoice(page)).toEqual({ choice: 'formeel-collectief' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works for the visit when storage is blocked, and says answers will not be kept', async () => {
    const { context, errors, test } = await openModule({ storage: 'blocked' });
    await expect(test.notice().textContent()).resolves.toMatch(/verdwijnen als je de pagina sluit/);
    await test.option(q1, twoSplits).check();
    await expect(test.feedback(q1).textContent()).resolves.toMatch(/^Goed\./);
    await expect(test.saved(q1).textContent()).resolves.toMatch(/^Niet bewaard/);
    await expect(test.score().textContent()).resolves.toBe('1 van 4 beantwoord, 1 goed');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when a stored answer cannot be read, and replaces it with a new choice', async () => {
    const answer = savedAnswer('test-jezelf', { choice: 'bestaat-niet' }, { page: '/modules/vier-vormen/' });
    const { page, context, errors, test } = await openModule({
      storage: storeWith({ 'test-jezelf-vier-vormen#dimensies': answer }),
    });
    await expect(test.saved(q1).textContent()).resolves.toMatch(/kon niet worden gelezen/);
    await test.option(q1, twoSplits).check();
    expect(await storedChoice(page)).toEqual({ choice: 'formeel-collectief' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no WCAG violation before and after answering and after starting again, light and dark', async () => {
    const inTest = (page: Page) => axeViolations(page, 'test-jezelf');
    const { page, test } = await openModule();
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });
    await test.option(q1, twoSplits).check();
    await test.option(q4, 'Role-based teacher leadership').check();
    expect(await axeInBothThemes(page, inTest)).toEqual({ light: [], dark: [] });
    await test.reset().click();
    expect(await axeInBothThemes(page, inTest)).toEqual({ light: [], dark: [] });
  });

  it('has no WCAG violation with the storage notice, light and dark', async () => {
    const { page, test } = await openModule({ storage: 'damaged' });
    expect(await test.notice().isVisible()).toBe(true);
    expect(await axeInBothThemes(page, (page) => axeViolations(page, 'test-jezelf'))).toEqual({
      light: [],
      dark: [],
    });
  });

  it('fits a 320 px wide screen', async () => {
    const { page, context, test } = await openModule({ viewport: { width: 320, height: 640 } });
    await test.option(q1, twoSplits).check();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('reads without JavaScript: every question with its options, and the explanations on request', async () => {
    const { context, test } = await openModule({ javaScriptEnabled: false });
    await expect(test.groups().count()).resolves.toBe(4);
    expect(await test.question(q1).getByRole('group', { name: q1 }).getByText(twoSplits).isVisible()).toBe(
      true,
    );
    expect(await test.region.getByRole('radio').count()).toBe(0);
    await test.question(q1).getByText('Antwoorden met uitleg').click();
    expect(
      await test
        .question(q1)
        .getByText(/Focus en reikwijdte beschrijven de effecten/)
        .isVisible(),
    ).toBe(true);
    expect(await test.reset().count()).toBe(0);
    await context.close();
  });

  it.each(
    Object.entries({
      'vier-vormen': 'vier-vormen',
      'zeven-kwaliteiten': 'zeven-kwaliteiten',
      'aangrijpingspunten-en-valkuilen': 'condities',
      'gespreid-leiderschap': 'gespreid-leiderschap',
      onderzoekscultuur: 'onderzoekscultuur',
      'van-data-naar-wijsheid': 'van-data-naar-wijsheid',
    } as const),
  )('stands in /modules/%s/ with its theme’s questions, in both languages', async (slug, theme) => {
    for (const prefix of ['', 'en/']) {
      const { context, test } = await openModule({}, `${prefix}modules/${slug}/`);
      await expect(test.groups().count()).resolves.toBe(checks[theme].length);
      await context.close();
    }
  });

  it('speaks English on the English page', async () => {
    const { page, context, test } = await openModule({}, `en/${modulePath}`);
    const question = /^Question 1 Which two questions/;
    await test.option(question, /^Is the leadership formal or informal/).check();
    await expect(test.feedback(question).textContent()).resolves.toMatch(/^Correct\. Cross those two splits/);
    await expect(test.score().textContent()).resolves.toBe('1 of 4 answered, 1 correct');
    expect((await storedAnswers(page))['test-jezelf-vier-vormen#dimensies']!.text).toBe(
      'Question 1: Is the leadership formal or informal, and does it lie with one teacher or with a group? (correct)',
    );
    await context.close();
  });
});
