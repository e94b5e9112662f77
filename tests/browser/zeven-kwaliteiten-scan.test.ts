import { describe, expect, it } from 'vitest';
import { savedAnswer, storeWith } from './support/seeded-store';
import { zevenKwaliteitenScanContract } from './support/zeven-kwaliteiten-scan';
import { describeWidgetContract } from './support/widget-contract';
import { widgetTestFile } from './support/widget-test-file';
import { axeInBothThemes, axeViolations, horizontalOverflow, storedAnswers } from './support/widget-page';

const perspectief = /^1\. Een perspectief/;
const visie = /^2\. Een visie/;
const lef = /^3\. Lef/;

const { browser, openModule } = widgetTestFile(zevenKwaliteitenScanContract, 'scan');
describeWidgetContract(zevenKwaliteitenScanContract, browser);

const answer = (value: unknown) =>
  savedAnswer('zeven-kwaliteiten-scan', value, {
    savedAt: '2026-03-01T10:00:00.000Z',
    page: '/modules/zeven-kwaliteiten/',
  });
/** Two saved moments and current ratings, as a reader would have them after two rounds. */
const twoMoments = storeWith({
  'zeven-kwaliteiten-scan#huidig': answer({ mode: 'team', ratings: { '1': 4, '2': 4, '3': 2 } }),
  'zeven-kwaliteiten-scan#moment-1': answer({
    mode: 'team',
    ratings: { '1': 2, '2': 4, '3': 3 },
    date: '2026-01-10',
  }),
  'zeven-kwaliteiten-scan#moment-2': answer({
    mode: 'team',
    ratings: { '1': 4, '2': 4, '3': 2 },
    date: '2026-03-01',
  }),
});

describe('seven qualities self-scan', () => {
  it('rates by mouse, shows the chart and table, saves, and keeps the ratings across a reload', async () => {
    const { page, errors, scan } = await openModule();
    await scan.mode('Over ons team').click();
    await scan.rate(perspectief, 3);
    await scan.rate(visie, 4);
    await expect(scan.status().textContent()).resolves.toBe('Bewaard op dit apparaat');
    expect(await scan.chart().getAttribute('aria-label')).toMatch(
      /Nu, Over ons team: Perspectief 3, Visie 4\.$/,
    );
    const rows = await scan.tableRows();
    expect(rows[0]).toEqual(['Kwaliteit', 'Nu']);
    expect(rows[1]).toEqual(['Perspectief', '3']);
    expect(rows[3]).toEqual(['Lef', '–']);
    const stored = (await storedAnswers(page))['zeven-kwaliteiten-scan#huidig'];
    expect(stored.value).toEqual({ mode: 'team', ratings: { '1': 3, '2': 4 } });
    expect(stored.text).toBe('Over ons team: Perspectief 3, Visie 4');

    await page.reload();
    expect(await scan.point(visie, 4).isChecked()).toBe(true);
    expect(await scan.mode('Over ons team').isChecked()).toBe(true);
    expect((await scan.tableRows())[2]).toEqual(['Visie', '4']);
    expect(errors).toEqual([]);
  });

  // Starts as the conditions scan's keyboard test does (a row, then Tab and Space); the rest is its own.
  it('works by keyboard alone, and asks before replacing a moment', async () => {
    const { page, errors, scan } = await openModule();
    await scan.rateByKeyboard(perspectief, 3);
    expect(await scan.point(perspectief, 3).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await scan.point(visie, 1).isChecked()).toBe(true);

    await scan.button('Bewaar als moment 1').focus();
    await page.keyboard.press('Enter');
    await expect(scan.status().textContent()).resolves.toMatch(/^Moment 1 \(\d+ \w+ \d{4}\) is bewaard\.$/);
    expect((await scan.tableRows())[0]).toEqual(['Kwaliteit', 'Nu', expect.stringMatching(/^Moment 1 \(/)]);

    await scan.point(perspectief, 3).focus();
    await page.keyboard.press('ArrowRight');
    await scan.button('Bewaar als moment 1').focus();
    await page.keyboard.press('Enter');
    const question = scan.region.getByRole('group', { name: /Moment 1 .* is al bewaard/ });
    expect(await question.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ja, vervangen');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(scan.status().textContent()).resolves.toMatch(/Moment 1 .* is niet veranderd/);
    expect((await storedAnswers(page))['zeven-kwaliteiten-scan#moment-1'].value.ratings).toEqual({
      '1': 3,
      '2': 1,
    });

    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect((await storedAnswers(page))['zeven-kwaliteiten-scan#moment-1'].value.ratings).toEqual({
      '1': 4,
      '2': 1,
    });
    expect(await question.isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('compares two moments in the table and draws the second with its own dash pattern', async () => {
    const { page, errors, scan } = await openModule({ storage: twoMoments });
    const rows = await scan.tableRows();
    expect(rows[0]).toEqual([
      'Kwaliteit',
      'Nu',
      'Moment 1 (10 januari 2026)',
      'Moment 2 (1 maart 2026)',
      'Verschil (moment 2 min moment 1)',
    ]);
    expect(rows[1]).toEqual(['Perspectief', '4', '2', '4', '+2']);
    expect(rows[2]).toEqual(['Visie', '4', '4', '4', '0']);
    expect(rows[3]).toEqual(['Lef', '2', '3', '2', '−1']);
    expect(rows[4]).toEqual(['Geloof in eigen kunnen', '–', '–', '–', '–']);
    expect(await scan.chart().getAttribute('aria-label')).toContain(
      'Moment 1 (10 januari 2026), Over ons team: Perspectief 2, Visie 4, Lef 3',
    );
    const dashes = await page.evaluate(() =>
      ['moment-1', 'moment-2'].map((name) => {
        const path = document.querySelector(`[data-series="${name}"]`)!;
        return { d: path.getAttribute('d'), dash: getComputedStyle(path).strokeDasharray };
      }),
    );
    expect(dashes.every((series) => series.d?.startsWith('M'))).toBe(true);
    expect(dashes[0]!.dash).not.toBe('none');
    expect(dashes[1]!.dash).not.toBe(dashes[0]!.dash);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('works for the visit when storage is blocked, and says ratings will not be kept', async () => {
    const { errors, scan } = await openModule({ storage: 'blocked' });
    await expect(scan.notice().textContent()).resolves.toMatch(/verdwijnen als je de pagina sluit/);
    await scan.rate(lef, 2);
    expect(await scan.status().textContent()).toMatch(/Niet bewaard/);
    expect((await scan.tableRows())[3]).toEqual(['Lef', '2']);
    await scan.button('Bewaar als moment 1').click();
    expect((await scan.tableRows())[3]).toEqual(['Lef', '2', '2']);
    expect(errors).toEqual([]);
  });

  it('ignores stored ratings that are off the scale', async () => {
    const offScale = savedAnswer(
      'zeven-kwaliteiten-scan',
      { mode: '<b>x</b>', ratings: { '1': 9, '2': '<img src=x onerror="window.hacked=1">', '3': 2 } },
      { savedAt: '2026-03-01T10:00:00.000Z' },
    );
    const { errors, scan } = await openModule({
      storage: storeWith({ 'zeven-kwaliteiten-scan#huidig': offScale }),
    });
    const rows = await scan.tableRows();
    expect(rows.slice(1, 4)).toEqual([
      ['Perspectief', '–'],
      ['Visie', '–'],
      ['Lef', '2'],
    ]);
    expect(await scan.mode('Over mezelf').isChecked()).toBe(true);
    expect(await scan.page.evaluate(() => 'hacked' in window)).toBe(false);
    expect(errors).toEqual([]);
  });

  // The initial state and one rating are the widget contract's; this adds a moment and the question to replace it.
  it('has no axe violations in light and dark with the question to replace showing', async () => {
    const { page, scan } = await openModule();
    await scan.rate(perspectief, 4);
    await scan.rate(lef, 2);
    await scan.button('Bewaar als moment 1').click();
    await scan.button('Bewaar als moment 1').click();
    // The pointer stays on the button just clicked, so its hover colours are checked too.
    expect(await axeInBothThemes(page, axeViolations), 'rated').toEqual({ light: [], dark: [] });
  });

  it('fits a 320 px wide screen with the chart and table showing', async () => {
    const { page, scan } = await openModule({ viewport: { width: 320, height: 640 } });
    await scan.rate(perspectief, 4);
    await scan.button('Bewaar als moment 1').click();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.mouse.move(0, 0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the qualities and the scale without JavaScript', async () => {
    const { scan } = await openModule({ javaScriptEnabled: false });
    expect(await scan.row(/^7\. Gunnen/).isVisible()).toBe(true);
    expect(await scan.point(perspectief, 5).isVisible()).toBe(true);
    expect(await scan.row(perspectief).getByText('sterk en zichtbaar voor anderen').isVisible()).toBe(true);
  });

  it('speaks English on the English page', async () => {
    const { errors, scan } = await openModule({}, `en/${zevenKwaliteitenScanContract.path}`);
    expect(await scan.row(/^1\. A perspective/).isVisible()).toBe(true);
    await scan.rate(/^2\. A vision/, 5);
    expect(await scan.status().textContent()).toBe('Saved on this device');
    expect((await scan.tableRows())[0]).toEqual(['Quality', 'Now']);
    expect(await scan.button('Save as moment 1').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  // card-maker.ts loads the card's formats (card-making.ts) at the first press.
  it('says so when the team card cannot be made because its code cannot load, and keeps the ratings', async () => {
    const { page, scan } = await openModule();
    await page.context().route(/\/_astro\/card-making\.[\w-]+\.js$/, (route) => route.abort());
    await scan.rate(perspectief, 4);
    await scan.button('Maak een teamcode').click();
    await expect
      .poll(() => scan.status().textContent())
      .toBe(
        'De teamkaart kon niet worden gemaakt: een deel van de site laadde niet. Laad de pagina opnieuw en probeer het nog eens; je scores blijven bewaard.',
      );
    expect(Object.keys(await storedAnswers(page))).toHaveLength(1);
  });
});
