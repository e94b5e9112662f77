import { describe, expect, inject, it } from 'vitest';
import { conditiesScanContract } from './support/condities-scan';
import { describeWidgetContract } from './support/widget-contract';
import { widgetTestFile } from './support/widget-test-file';
import { axeInBothThemes, axeViolations, storedAnswers } from './support/widget-page';

const leiding = /^De schoolleiding moedigt initiatieven/;
const overleg = /^Er is ruimte om met elkaar te overleggen/;
const gelijkheid = /^Bij ons tellen alle leraren even zwaar/;
const feedback = /^Elkaar om feedback vragen/;
const strong = 'Sterke condities (je bent het eens)';
const weighing = 'Belemmeringen die zwaar wegen (je bent het eens)';

const { browser, openModule } = widgetTestFile(conditiesScanContract, 'scan');
describeWidgetContract(conditiesScanContract, browser);

describe('conditions scan', () => {
  it('rates by mouse, shows the profile and what to discuss, and keeps the answers across a reload', async () => {
    const { page, errors, scan } = await openModule();
    await expect(scan.region.getByText('Beantwoord een of meer uitspraken').isVisible()).resolves.toBe(true);
    await scan.rate(leiding, 5);
    await scan.rate(gelijkheid, 4);
    await scan.rate(overleg, 2);
    await expect(scan.status().textContent()).resolves.toBe('Bewaard op dit apparaat');
    expect(await scan.listAfter(strong)).toEqual([
      'Leidinggevenden die leiderschap van leraren aanmoedigen, erkennen en steunen',
    ]);
    expect(await scan.listAfter(weighing)).toEqual([
      'Individualistische schoolcultuur, gericht op gelijkheid',
    ]);
    expect(await scan.region.getByText('3 van de 12 uitspraken beantwoord.').isVisible()).toBe(true);
    // Agreeing with an obstacle (4) weighs as heavily as disagreeing with a condition (2): both areas score 2.
    const suggestions = scan.suggestions();
    expect(await suggestions.count()).toBe(2);
    await expect(suggestions.nth(0).textContent()).resolves.toMatch(/^Waar en wanneer is er tijd/);
    await expect(suggestions.nth(1).textContent()).resolves.toMatch(
      /^Mag bij jullie één collega meer invloed/,
    );
    expect(
      await suggestions
        .nth(0)
        .getByRole('link', { name: 'Aan de slag: drie handvatten voor schoolleiders' })
        .getAttribute('href'),
    ).toBe('/modules/aan-de-slag/');

    const stored = (await storedAnswers(page))['condities-scan#overleg'];
    expect(stored.value).toEqual({ rating: 2 });
    expect(stored.text).toBe('Er is ruimte om met elkaar te overleggen en samen te werken: oneens (2)');

    await page.reload();
    expect(await scan.point(gelijkheid, 4).isChecked()).toBe(true);
    expect(await scan.listAfter(weighing)).toEqual([
      'Individualistische schoolcultuur, gericht op gelijkheid',
    ]);
    expect(errors).toEqual([]);
  });

  // Starts as the qualities scan's keyboard test does (a row, then Tab and Space); the rest is its own.
  it('works by keyboard alone, including starting again after confirming', async () => {
    const { page, errors, scan } = await openModule();
    await scan.rateByKeyboard(feedback, 2);
    expect(await scan.point(feedback, 2).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(scan.status().textContent()).resolves.toBe('Bewaard op dit apparaat');
    expect(Object.keys(await storedAnswers(page))).toEqual([
      'condities-scan#feedback',
      'condities-scan#collegialiteit',
    ]);

    await scan.button('Begin opnieuw').focus();
    await page.keyboard.press('Enter');
    expect(
      await scan.region.getByRole('group', { name: 'Al je antwoorden in deze scan wissen?' }).isVisible(),
    ).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(scan.status().textContent()).resolves.toBe('Je antwoorden zijn niet gewist.');
    expect(await scan.point(feedback, 2).isChecked()).toBe(true);

    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(scan.status().textContent()).resolves.toBe('Je antwoorden in deze scan zijn gewist.');
    expect(await scan.point(feedback, 2).isChecked()).toBe(false);
    expect(await storedAnswers(page)).toEqual({});
    expect(errors).toEqual([]);
  });

  it('shows a rating another tab saved', async () => {
    const first = await openModule();
    const second = await openModule({ context: first.context });
    await first.scan.rate(leiding, 2);
    await expect.poll(() => second.scan.point(leiding, 2).isChecked()).toBe(true);
    await expect(second.scan.status().textContent()).resolves.toBe('Bijgewerkt vanuit een ander tabblad');
    await first.context.close();
  });

  // The initial state and one rating are the widget contract's; this adds the question to start again.
  it('has no axe violations in light and dark with the question to start again showing', async () => {
    const { page, scan } = await openModule();
    await scan.rate(leiding, 5);
    await scan.rate(gelijkheid, 5);
    await scan.button('Begin opnieuw').click();
    await page.mouse.move(0, 0);
    expect(await axeInBothThemes(page, axeViolations), 'rated').toEqual({ light: [], dark: [] });
  });

  it('shows the statements and the scale without JavaScript', async () => {
    const { scan } = await openModule({ javaScriptEnabled: false });
    expect(await scan.row(/^Wat er in je klas gebeurt, is jouw zaak/).isVisible()).toBe(true);
    expect(await scan.point(leiding, 5).isVisible()).toBe(true);
    expect(await scan.row(leiding).getByText('helemaal eens').isVisible()).toBe(true);
  });

  it('prints the reader’s answers and profile, not the buttons', async () => {
    const { page, scan } = await openModule();
    await scan.rate(leiding, 4);
    await page.emulateMedia({ media: 'print' });
    await expect(scan.row(leiding).getByRole('paragraph').textContent()).resolves.toBe('4 eens');
    expect(await scan.row(leiding).getByRole('paragraph').isVisible()).toBe(true);
    expect(await scan.point(leiding, 4).isVisible()).toBe(false);
    expect(await scan.region.getByText(strong).isVisible()).toBe(true);
    expect(await scan.button('Begin opnieuw').isVisible()).toBe(false);
  });

  it('speaks English on the English page, and links within the English site under the deploy base', async () => {
    const { errors, scan } = await openModule(
      { siteUrl: inject('subPathSiteUrl') },
      `en/${conditiesScanContract.path}`,
    );
    await scan.rate(/^The school's leaders encourage/, 1);
    expect(await scan.status().textContent()).toBe('Saved on this device');
    expect(await scan.listAfter('Strong conditions (you agree)')).toEqual([]);
    const link = scan.suggestions().first().getByRole('link', { name: "The school leader's role" });
    expect(await link.getAttribute('href')).toBe('/teacher-leadership/en/modules/rol-van-de-schoolleider/');
    expect(errors).toEqual([]);
  });
});
