import { describe, expect, it } from 'vitest';
import { paradoxDilemmaContract } from './support/paradox-dilemma';
import { savedAnswer, storeWith } from './support/seeded-store';
import { describeWidgetContract } from './support/widget-contract';
import { widgetTestFile } from './support/widget-test-file';
import { axeInBothThemes, axeViolations, horizontalOverflow, storedAnswers } from './support/widget-page';

const answerId = 'paradox-dilemma#positie';
const roleFeedback = 'Dichter bij de rol van één leraar (0 tot 3)';
const middleFeedback = 'Ergens in het midden (4 tot 6)';
const sharedFeedback = 'Dichter bij de gezamenlijke uitdaging (7 tot 10)';
const impact = /Formele erkenning geeft een leraar impact/;
const split = /Met vooral formele rollen dreigt een tweedeling/;

const { browser, openModule } = widgetTestFile(paradoxDilemmaContract, 'dilemma');
describeWidgetContract(paradoxDilemmaContract, browser);

describe('paradox dilemma', () => {
  it('works by keyboard alone: place, tick, write, and open what the research says for that place', async () => {
    const { page, errors, dilemma } = await openModule();
    await dilemma.slider().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(dilemma.slider().getAttribute('aria-valuetext')).resolves.toBe(
      'Positie 7 van 10 (dichter bij de gezamenlijke uitdaging)',
    );
    await expect(dilemma.where().textContent()).resolves.toBe(
      'Positie 7 van 10 (dichter bij de gezamenlijke uitdaging)',
    );

    await page.keyboard.press('Tab');
    await expect(dilemma.argument(impact).evaluate((box) => box === document.activeElement)).resolves.toBe(
      true,
    );
    await page.keyboard.press('Space');
    expect(await dilemma.argument(impact).isChecked()).toBe(true);
    await dilemma.write('Bij ons mag iedereen meedenken.');
    expect(await dilemma.status().textContent()).toBe('Bewaard op dit apparaat');

    expect(await dilemma.researchButton().getAttribute('aria-expanded')).toBe('false');
    expect(
      await page.getByText(/Snoek, Hulsbos en Andersen \(2019\) wijzen op de keerzijde/).isVisible(),
    ).toBe(false);
    await dilemma.researchButton().focus();
    await page.keyboard.press('Enter');
    expect(await dilemma.researchButton().getAttribute('aria-expanded')).toBe('true');
    expect(
      await page.getByText(/Snoek, Hulsbos en Andersen \(2019\) wijzen op de keerzijde/).isVisible(),
    ).toBe(true);
    expect(await dilemma.shownFeedback()).toEqual([sharedFeedback]);

    const answer = (await storedAnswers(page))[answerId]!;
    expect(answer.value).toEqual({
      position: 7,
      arguments: ['erkenning-geeft-impact'],
      note: 'Bij ons mag iedereen meedenken.',
    });
    expect(answer.text).toBe(
      'Positie 7 van 10 (dichter bij de gezamenlijke uitdaging). Argumenten: Formele erkenning geeft een leraar impact: collega’s en schoolleiding nemen de voorstellen serieus. Toelichting: Bij ons mag iedereen meedenken.',
    );
    expect(answer.widget).toBe('paradox-dilemma');
    expect(answer.prompt).toMatch(/accent op de rol van één leraar/);

    await page.keyboard.press('Enter');
    expect(
      await page.getByText(/Snoek, Hulsbos en Andersen \(2019\) wijzen op de keerzijde/).isVisible(),
    ).toBe(false);
    expect(errors).toEqual([]);
  });

  it('works by mouse, and the research reacts to where the reader stands', async () => {
    const { page, dilemma } = await openModule();
    await dilemma.researchButton().click();
    expect(await dilemma.shownFeedback()).toEqual([roleFeedback, middleFeedback, sharedFeedback]);

    const box = (await dilemma.slider().boundingBox())!;
    await dilemma.slider().click({ position: { x: 2, y: box.height / 2 } });
    await expect(dilemma.slider().inputValue()).resolves.toBe('0');
    await expect(dilemma.where().textContent()).resolves.toBe(
      'Positie 0 van 10 (helemaal bij de rol van één leraar)',
    );
    expect(await dilemma.shownFeedback()).toEqual([roleFeedback]);

    await dilemma.slider().click();
    expect(await dilemma.shownFeedback()).toEqual([middleFeedback]);

    await page.getByText(split).click();
    expect(await dilemma.argument(split).isChecked()).toBe(true);
    await expect
      .poll(async () => (await storedAnswers(page))[answerId]?.value)
      .toEqual({ position: 5, arguments: ['risico-tweedeling'], note: '' });
  });

  it('keeps the position, the arguments and the note across a reload', async () => {
    const { page, dilemma } = await openModule();
    await dilemma.answer('ArrowLeft', [split, impact], 'Twee trekkers, de rest wacht af.');
    await page.reload();
    await expect(dilemma.slider().inputValue()).resolves.toBe('4');
    await expect(dilemma.slider().getAttribute('aria-valuetext')).resolves.toBe(
      'Positie 4 van 10 (iets dichter bij de rol van één leraar)',
    );
    expect(await dilemma.argument(split).isChecked()).toBe(true);
    expect(await dilemma.argument(impact).isChecked()).toBe(true);
    await expect(dilemma.note().inputValue()).resolves.toBe('Twee trekkers, de rest wacht af.');
    await dilemma.researchButton().click();
    expect(await dilemma.shownFeedback()).toEqual([middleFeedback]);
  });

  it('saves the note while the reader types, without leaving the box', async () => {
    const { page, dilemma } = await openModule();
    await dilemma.note().focus();
    await page.keyboard.type('Nog bezig');
    await expect
      .poll(async () => (await storedAnswers(page))[answerId]?.value)
      .toEqual({ position: null, arguments: [], note: 'Nog bezig' });
    expect(await dilemma.status().textContent()).toBe('Bewaard op dit apparaat');
    expect((await storedAnswers(page))[answerId]!.text).toBe('Nog geen keuze. Toelichting: Nog bezig');
  });

  it('prints the reader’s position, arguments and note', async () => {
    const { page, dilemma } = await openModule();
    await dilemma.answer('End', [split], 'Iedereen trekt mee.');
    await page.emulateMedia({ media: 'print' });
    const printed = dilemma.region.locator('[data-print]');
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.textContent()).toMatch(
      /^Positie 10 van 10 \(helemaal bij de gezamenlijke uitdaging\)\. Argumenten: .*tweedeling.*Toelichting: Iedereen trekt mee\.$/,
    );
    expect(await dilemma.slider().isVisible()).toBe(false);
    expect(
      await page.getByText(/Snoek, Hulsbos en Andersen \(2019\) wijzen op de keerzijde/).isVisible(),
    ).toBe(true);
  });

  it('shows a stored answer that is not of its shape as unreadable, and leaves it alone', async () => {
    const { page, dilemma } = await openModule({
      storage: storeWith({ [answerId]: savedAnswer('paradox-dilemma', { position: 'veel' }) }),
    });
    await expect(dilemma.status().textContent()).resolves.toMatch(/kon niet worden gelezen/);
    expect((await storedAnswers(page))[answerId]!.value).toEqual({ position: 'veel' });
  });

  // The initial state, a position and the storage notice are the widget contract's; this adds the rest.
  it('has no WCAG violation with arguments, a note and the research open, light and dark', async () => {
    const { page, dilemma } = await openModule();
    await dilemma.answer('ArrowRight', [impact], 'Een notitie');
    await dilemma.researchButton().click();
    expect(await axeInBothThemes(page, axeViolations)).toEqual({ light: [], dark: [] });
  });

  it('fits a 320 px wide screen', async () => {
    const { page, dilemma } = await openModule({ viewport: { width: 320, height: 640 } });
    await dilemma.researchButton().click();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('reads without JavaScript: the question, both ends, the arguments and what the research says', async () => {
    const { page } = await openModule({ javaScriptEnabled: false });
    const region = page.getByRole('region', { name: /^Dilemma/ });
    for (const text of [
      /Legt jouw school het accent/,
      /De rol van één leraar$/,
      /De gezamenlijke uitdaging$/,
      impact,
      split,
      /wijzen op de keerzijde/,
    ]) {
      expect(await region.getByText(text).first().isVisible(), String(text)).toBe(true);
    }
    expect(await region.getByRole('heading', { name: 'Hoe deze site de verkenning leest' }).isVisible()).toBe(
      true,
    );
    for (const heading of [roleFeedback, middleFeedback, sharedFeedback]) {
      expect(await region.getByRole('heading', { name: heading }).isVisible()).toBe(true);
    }
    expect(await region.getByRole('slider').count()).toBe(0);
  });

  it('speaks English on the English page', async () => {
    const { page, dilemma } = await openModule({}, `en/${paradoxDilemmaContract.path}`);
    expect(await dilemma.region.getAttribute('aria-label')).toBe(
      'Dilemma: where does your school put the emphasis?',
    );
    await dilemma.slider().focus();
    await page.keyboard.press('ArrowLeft');
    await expect(dilemma.slider().getAttribute('aria-valuetext')).resolves.toBe(
      'Position 4 of 10 (slightly closer to the role of one teacher)',
    );
    await dilemma.argument(/Formal recognition gives a teacher impact/).check();
    expect(await dilemma.status().textContent()).toBe('Saved on this device');
    await dilemma.researchButton().click();
    expect(await dilemma.shownFeedback()).toEqual(['Somewhere in the middle (4 to 6)']);
    expect((await storedAnswers(page))[answerId]!.text).toBe(
      'Position 4 of 10 (slightly closer to the role of one teacher). Arguments: Formal recognition gives a teacher impact: colleagues and school leaders take the proposals seriously.',
    );
  });
});
