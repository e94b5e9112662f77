import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { QualitiesScan } from './support/zeven-kwaliteiten-scan';
import { cardCode, cardUpload, qualitiesCard, TeamProfile } from './support/teamprofiel';
import { useBrowser } from './support/fixtures';
import type { Rating } from '../../src/widgets/rating/rating-scale';
import { axeInBothThemes, openPage } from './support/widget-page';

// The team profile: five members' cards collected on one laptop, shown only from 3 cards on.
const browser = useBrowser();

const qualities = /^Zeven kwaliteiten/;
const conditions = /^Condities en belemmeringen/;
/** Members 2–5: Perspectief 2, 3, 4 and 5, Visie 5, Lef 1, the rest alike. */
const members = [2, 3, 4, 5].map((n) => qualitiesCard(n, [n as Rating, 5, 1, 3, 4, 2, 3]));

/** How many pages a PDF has, from its page objects. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

describe('the team profile', () => {
  it('takes a card made on the scan by keyboard and four more as codes and files, shows nothing below 3, then the spread, and prints on one A4 page', async () => {
    const { page, errors } = await openPage(browser, 'modules/zeven-kwaliteiten/');
    const scan = new QualitiesScan(page);
    await scan.rateByKeyboard(/^1\. Een perspectief/, 4);
    await scan.rateByKeyboard(/^2\. Een visie/, 2);
    await scan.button('Maak een teamcode').focus();
    await page.keyboard.press('Enter');
    const code = scan.region.getByRole('textbox', { name: /Je teamcode/ });
    // The card's code comes with the first press: wait for it, as the reader does.
    await expect.poll(() => code.inputValue()).toMatch(/^TK-KWAL-1-[\w-]{17}$/);
    const own = await code.inputValue();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await expect(scan.status().textContent()).resolves.toMatch(/^Je teamcode staat geselecteerd/);

    await page.goto(page.url().replace(/modules\/zeven-kwaliteiten\/$/, 'teamprofiel/'));
    const team = new TeamProfile(page);
    await team.pasteCodes([own, cardCode(members[0]!)]);
    await expect(team.status().textContent()).resolves.toMatch(/^Nieuwe teamkaarten: 2\./);
    // Two cards: the reason only, and no value anywhere in the page, not even hidden.
    await expect(
      team
        .scan(qualities)
        .getByText(/minstens 3 teamkaarten/)
        .isVisible(),
    ).resolves.toBe(true);
    await expect(team.scan(qualities).getByText('2 teamkaarten van deze scan.').isVisible()).resolves.toBe(
      true,
    );
    expect(await team.table(qualities)).toEqual([]);
    expect(await team.scan(qualities).locator('td').allTextContents()).toEqual(Array(7 * 6).fill(''));
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });

    // The second member's file again, with the other two: it counts once.
    await team.choose(members.slice(0, 3).map((card, index) => cardUpload(card, `kaart-${index}.json`)));
    await expect(team.status().textContent()).resolves.toBe(
      'Nieuwe teamkaarten: 2. Al toegevoegd en dus één keer geteld: 1.',
    );
    await team.pasteCodes([cardCode(members[3]!)]);
    await expect(team.scan(qualities).getByText('5 teamkaarten van deze scan.').isVisible()).resolves.toBe(
      true,
    );
    const rows = await team.table(qualities);
    expect(rows[0]).toEqual([
      'Kwaliteit',
      expect.stringMatching(/^Grafiek van 1 tot 5/),
      'Mediaan',
      'Middelste helft',
      'Laagste tot hoogste',
    ]);
    // Perspectief: 4 (own), 2, 3, 4, 5. Visie: 2, 5, 5, 5, 5. Lef: only the four others.
    expect(rows[1]).toEqual(['Perspectief', '', '4', '3 – 4', '2 – 5']);
    expect(rows[2]).toEqual(['Visie', '', '5', '5 – 5', '2 – 5']);
    expect(rows[3]).toEqual(['Lef', '', '1', '1 – 1', '1 – 1']);
    await expect(
      team
        .scan(conditions)
        .getByText(/minstens 3 teamkaarten/)
        .isVisible(),
    ).resolves.toBe(true);
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });

    await page.reload();
    expect((await team.table(qualities))[1]).toEqual(rows[1]);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pageCount(pdf)).toBe(1);
    expect(errors).toEqual([]);
  });

  it('refuses bad input naming the line or file and changes nothing, saves a team file to compare, and clears with undo', async () => {
    const { page, errors } = await openPage(browser, 'teamprofiel/');
    const team = new TeamProfile(page);
    await team.pasteCodes(members.slice(0, 3).map(cardCode));
    const shown = await team.table(qualities);
    expect(shown).toHaveLength(8);

    const mangled = cardCode(members[3]!).replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
    await team.pasteCodes([cardCode(members[3]!), mangled, 'TK-KWAL-9-AAAAAAAAAAAAAAAAA']);
    await expect(team.problems()).resolves.toEqual([
      'Regel 2: beschadigd of niet helemaal overgenomen. Vraag om een nieuwe code of kaart.',
      'Regel 3: gemaakt met een nieuwere versie van deze site. Laad deze pagina opnieuw en probeer het nog eens.',
    ]);
    const conditionsCard = { ...JSON.parse(cardUpload(members[0]!, 'x').text), scan: 'condities' };
    await team.choose([
      { name: 'andere-scan.json', text: JSON.stringify(conditionsCard) },
      { name: 'groot.json', text: 'x'.repeat(300_000) },
      { name: 'antwoorden.json', text: '{"format":"leiderschap-van-leraren/antwoorden"}' },
    ]);
    await expect(team.problems()).resolves.toEqual([
      'andere-scan.json: beschadigd of niet helemaal overgenomen. Vraag om een nieuwe code of kaart.',
      'groot.json: te groot voor een teamkaart of teambestand.',
      'antwoorden.json: geen teamkaart of teambestand van deze site.',
    ]);
    expect(await team.table(qualities)).toEqual(shown);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      team.button('Bewaar als teambestand').click(),
    ]);
    const saved = await readFile((await download.path())!, 'utf8');
    expect(JSON.parse(saved).cards).toHaveLength(3);
    await team.pasteCodes([cardCode(members[3]!)]);
    await page.getByLabel('Vergelijk met een eerder teambestand').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(saved),
    });
    await team
      .saveStatus()
      .filter({ hasText: /^Vergeleken met het teambestand van / })
      .waitFor();
    const compared = await team.table(qualities);
    expect(compared[0]!.slice(5)).toEqual([expect.stringMatching(/^Mediaan \d+ \w+ \d{4}$/), 'Verschil']);
    // Perspectief was 2, 3, 4 (median 3), is now 2, 3, 4, 5 (median 3,5).
    expect(compared[1]!.slice(2)).toEqual(['3,5', '2,75 – 4,25', '2 – 5', '3', '+0,5']);

    await team.button('Wis alle teamkaarten').click();
    await expect(team.scan(qualities).getByText('0 teamkaarten van deze scan.').isVisible()).resolves.toBe(
      true,
    );
    expect(await team.table(qualities)).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ongedaan maken');
    await page.keyboard.press('Enter');
    await expect(team.saveStatus().textContent()).resolves.toBe('De teamkaarten zijn terug.');
    expect((await team.table(qualities))[1]).toEqual(compared[1]);
    expect(errors).toEqual([]);
  });
});
