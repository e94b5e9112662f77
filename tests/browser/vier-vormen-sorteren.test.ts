import { describe, expect, it } from 'vitest';
import { vierVormenSorterenContract } from './support/vier-vormen-sorteren';
import { savedAnswer, storeWith } from './support/seeded-store';
import { describeWidgetContract } from './support/widget-contract';
import { widgetTestFile } from './support/widget-test-file';
import { axeInBothThemes, horizontalOverflow, storedAnswers } from './support/widget-page';

const { browser, openModule, axeViolations } = widgetTestFile(vierVormenSorterenContract, 'sorter');
describeWidgetContract(vierVormenSorterenContract, browser);

describe('sorting the four forms', () => {
  it('places cards by mouse, explains each placement, counts the score and keeps it across a reload', async () => {
    const { page, errors, sorter } = await openModule();
    await expect(sorter.score().textContent()).resolves.toBe('0 van 10 goed geplaatst, nog 10 in te delen.');

    await sorter.drag('Onderzoeksdocent', sorter.cell('Formeel en individueel'));
    expect(await sorter.titleIn(sorter.list(/^Formeel en individueel/), 'Onderzoeksdocent').isVisible()).toBe(
      true,
    );
    expect(await sorter.titleIn(sorter.list('Voorbeelden om in te delen'), 'Onderzoeksdocent').count()).toBe(
      0,
    );
    await expect(sorter.feedback('Onderzoeksdocent').textContent()).resolves.toMatch(
      /^\s*Juist\.\s+Een benoeming met een eigen taak maakt dit formeel/,
    );

    await sorter.drag('Werkgroep met mandaat', sorter.cell('Informeel en collectief'));
    const wrong = (await sorter.feedback('Werkgroep met mandaat').textContent()) ?? '';
    expect(wrong).toMatch(/Nog niet juist\./);
    expect(wrong).toMatch(/Kijk nog eens naar formeel of informeel/);
    expect(wrong).not.toMatch(/individueel of collectief/);
    expect(wrong).toMatch(/mandaat van de directie/);
    await expect(sorter.score().textContent()).resolves.toBe('1 van 10 goed geplaatst, nog 8 in te delen.');
    await expect(sorter.status().textContent()).resolves.toMatch(
      /Werkgroep met mandaat staat nu bij informeel en collectief\. Nog niet juist\./,
    );

    const answers = await storedAnswers(page);
    expect(answers['vier-vormen-sorteren#onderzoeksdocent']).toMatchObject({
      value: { cell: 'formeel-individueel' },
      text: 'Onderzoeksdocent: formeel en individueel (juist)',
      widget: 'vier-vormen-sorteren',
    });
    expect(answers['vier-vormen-sorteren#werkgroep']!.text).toBe(
      'Werkgroep met mandaat: informeel en collectief (nog niet juist)',
    );

    await page.reload();
    expect(
      await sorter.titleIn(sorter.list(/^Informeel en collectief/), 'Werkgroep met mandaat').isVisible(),
    ).toBe(true);
    await expect(sorter.feedback('Werkgroep met mandaat').textContent()).resolves.toMatch(/Nog niet juist/);
    await expect(sorter.score().textContent()).resolves.toBe('1 van 10 goed geplaatst, nog 8 in te delen.');
    expect(errors).toEqual([]);
  });

  it('places a card by touch', async () => {
    // As tall as the page, so the stack and the grid show at once however long the content grows.
    const { page, context, errors, sorter } = await openModule({
      hasTouch: true,
      viewport: { width: 400, height: 800 },
    });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 400, height });
    const head = sorter.titleIn(sorter.card('Rekencoördinator'), 'Rekencoördinator');
    await head.scrollIntoViewIfNeeded();
    const from = (await head.boundingBox())!;
    const to = (await sorter.cell('Formeel en collectief').boundingBox())!;
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    const start = { x: from.x + 10, y: from.y + from.height / 2 };
    const end = { x: to.x + to.width / 2, y: to.y + 20 };
    expect(end.y).toBeLessThan(height);
    await touch('touchStart', start.x, start.y);
    for (let step = 1; step <= 10; step += 1) {
      await touch(
        'touchMove',
        start.x + ((end.x - start.x) * step) / 10,
        start.y + ((end.y - start.y) * step) / 10,
      );
    }
    await touch('touchEnd', end.x, end.y);
    expect(await sorter.titleIn(sorter.list(/^Formeel en collectief/), 'Rekencoördinator').isVisible()).toBe(
      true,
    );
    await expect(sorter.feedback('Rekencoördinator').textContent()).resolves.toMatch(
      /Nog niet juist\..*individueel of collectief/s,
    );
    expect(errors).toEqual([]);
  });

  it('works with the keyboard only, and starts again', async () => {
    const { page, sorter } = await openModule();
    await sorter.placeByKeyboard('Docentontwikkelteam', 'Formeel en collectief');
    expect(
      await sorter.titleIn(sorter.list(/^Formeel en collectief/), 'Docentontwikkelteam').isVisible(),
    ).toBe(true);
    await expect(sorter.status().textContent()).resolves.toMatch(
      /^Docentontwikkelteam staat nu bij formeel en collectief\. Juist\. .* 1 van 10 goed geplaatst, nog 9 in te delen\.$/,
    );
    // Focus moved with the card, so the reader can go on from where they are.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Plaatsen Docentontwikkelteam',
    );
    expect((await storedAnswers(page))['vier-vormen-sorteren#docentontwikkelteam']!.value).toEqual({
      cell: 'formeel-collectief',
    });

    await sorter.placeByKeyboard('Docentontwikkelteam', 'Nog niet ingedeeld');
    expect(
      await sorter.titleIn(sorter.list('Voorbeelden om in te delen'), 'Docentontwikkelteam').isVisible(),
    ).toBe(true);
    expect(await storedAnswers(page)).not.toHaveProperty(['vier-vormen-sorteren#docentontwikkelteam']);

    await sorter.placeByKeyboard('Een leraar met gezag', 'Informeel en individueel');
    await sorter.region.getByRole('button', { name: 'Opnieuw beginnen' }).focus();
    await page.keyboard.press('Enter');
    expect(
      await sorter.titleIn(sorter.list('Voorbeelden om in te delen'), 'Een leraar met gezag').isVisible(),
    ).toBe(true);
    await expect(sorter.feedback('Een leraar met gezag').isVisible()).resolves.toBe(false);
    await expect(sorter.status().textContent()).resolves.toBe(
      'Alle voorbeelden liggen weer klaar om in te delen.',
    );
    await expect(sorter.score().textContent()).resolves.toBe('0 van 10 goed geplaatst, nog 10 in te delen.');
    expect(
      Object.keys(await storedAnswers(page)).filter((id) => id.startsWith('vier-vormen-sorteren#')),
    ).toEqual([]);
  });

  it('lets readers place their own school’s practices, with a prompt per cell, and remove them', async () => {
    const { page, errors, sorter } = await openModule();
    await sorter.chooseMode('Waar staat onze school?');
    expect(await sorter.list('Voorbeelden om in te delen').isVisible()).toBe(false);
    const practice = sorter.region.getByRole('textbox', { name: 'Een praktijk uit jouw school' });

    await practice.focus();
    await page.keyboard.press('Enter');
    await expect(practice.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await sorter.region.getByText('Schrijf eerst kort op wat je wilt toevoegen.').isVisible()).toBe(
      true,
    );

    await page.keyboard.type('Onze leesgroep op woensdag');
    await sorter.region
      .getByRole('combobox', { name: 'Hoort bij', exact: true })
      .selectOption({ label: 'Formeel en collectief' });
    await sorter.region.getByRole('button', { name: 'Toevoegen' }).click();
    const ownCell = sorter.list(/^Formeel en collectief/);
    expect(await sorter.titleIn(ownCell, 'Onze leesgroep op woensdag').isVisible()).toBe(true);
    await expect(practice.inputValue()).resolves.toBe('');
    expect(
      await sorter
        .cell('Formeel en collectief')
        .getByText(/Weten collega’s buiten deze groepen/)
        .isVisible(),
    ).toBe(true);
    expect(
      await sorter
        .cell('Informeel en collectief')
        .getByText(/Leeg\? Deze vorm is vaak lastig aan te wijzen/)
        .isVisible(),
    ).toBe(true);
    expect(await sorter.region.getByText(/Juist|Nog niet juist/).count()).toBe(0);

    const answers = await storedAnswers(page);
    const [id] = Object.keys(answers).filter((key) => key.startsWith('vier-vormen-sorteren#eigen-'));
    expect(id).toMatch(/^vier-vormen-sorteren#eigen-[a-z0-9]{6}$/);
    expect(answers[id!]).toMatchObject({
      value: { practice: 'Onze leesgroep op woensdag', cell: 'formeel-collectief' },
      text: 'Onze leesgroep op woensdag: formeel en collectief',
    });

    await page.reload();
    await sorter.chooseMode('Waar staat onze school?');
    expect(await sorter.titleIn(ownCell, 'Onze leesgroep op woensdag').isVisible()).toBe(true);
    await sorter.placeByKeyboard('Onze leesgroep op woensdag', 'Informeel en individueel');
    expect(
      await sorter
        .titleIn(sorter.list(/^Informeel en individueel/), 'Onze leesgroep op woensdag')
        .isVisible(),
    ).toBe(true);
    expect((await storedAnswers(page))[id!]!.value).toEqual({
      practice: 'Onze leesgroep op woensdag',
      cell: 'informeel-individueel',
    });

    await sorter.region.getByRole('button', { name: 'Verwijderen Onze leesgroep op woensdag' }).click();
    expect(await sorter.titleIn(sorter.region, 'Onze leesgroep op woensdag').count()).toBe(0);
    expect(await storedAnswers(page)).not.toHaveProperty([id!]);
    await expect(sorter.status().textContent()).resolves.toBe('‘Onze leesgroep op woensdag’ is verwijderd.');
    expect(errors).toEqual([]);
  });

  it('shows what another tab placed', async () => {
    const first = await openModule();
    const second = await openModule({ context: first.context });
    await first.sorter.placeByKeyboard('Onderzoeksdocent', 'Formeel en individueel');
    await expect
      .poll(() =>
        second.sorter.titleIn(second.sorter.list(/^Formeel en individueel/), 'Onderzoeksdocent').count(),
      )
      .toBe(1);
    await expect(second.sorter.status().textContent()).resolves.toBe('Bijgewerkt vanuit een ander tabblad.');
    await first.context.close();
  });

  it('shows stored practices as text, never as HTML, and ignores damaged ones', async () => {
    const answer = (value: unknown) =>
      savedAnswer('vier-vormen-sorteren', value, { page: '/modules/vier-vormen/' });
    const { page, errors, sorter } = await openModule({
      storage: storeWith({
        'vier-vormen-sorteren#eigen-abc123': answer({
          practice: '<img src=x onerror="window.hacked=1">',
          cell: 'informeel-collectief',
        }),
        'vier-vormen-sorteren#onderzoeksdocent': answer({ cell: 'nergens' }),
      }),
    });
    await sorter.chooseMode('Waar staat onze school?');
    expect(
      await sorter
        .titleIn(sorter.list(/^Informeel en collectief/), '<img src=x onerror="window.hacked=1">')
        .isVisible(),
    ).toBe(true);
    expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
    await sorter.chooseMode('Voorbeelden sorteren');
    expect(
      await sorter.titleIn(sorter.list('Voorbeelden om in te delen'), 'Onderzoeksdocent').isVisible(),
    ).toBe(true);
    expect(errors).toEqual([]);
  });

  // The initial state and one right placement are the widget contract's; these are the rest.
  it('has no axe violations with a wrong placement or an own practice, light and dark', async () => {
    const { page, sorter } = await openModule();
    await sorter.placeByKeyboard('Onderzoeksdocent', 'Formeel en individueel');
    await sorter.placeByKeyboard('Werkgroep met mandaat', 'Informeel en collectief');
    expect(await axeInBothThemes(page, axeViolations)).toEqual({ light: [], dark: [] });
    await sorter.chooseMode('Waar staat onze school?');
    await sorter.region.getByRole('button', { name: 'Toevoegen' }).click();
    await sorter.region
      .getByRole('textbox', { name: 'Een praktijk uit jouw school' })
      .fill('Onze ICT-coördinator');
    await sorter.region.getByRole('button', { name: 'Toevoegen' }).click();
    expect(await axeInBothThemes(page, axeViolations)).toEqual({ light: [], dark: [] });
  });

  it('fits a 320 px wide screen in both modes', async () => {
    const { page, sorter } = await openModule({ viewport: { width: 320, height: 640 } });
    const overflow = () => horizontalOverflow(page);
    await sorter.placeByKeyboard('Voorzitter van een werkgroep', 'Formeel en collectief');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await sorter.chooseMode('Waar staat onze school?');
    await sorter.region
      .getByRole('textbox', { name: 'Een praktijk uit jouw school' })
      .fill('Een heel lange praktijkbeschrijving zonderspatiesdieeigenlijknietophoudtmaarwelmoetafbreken');
    await sorter.region.getByRole('button', { name: 'Toevoegen' }).click();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });

  it('prints where the reader placed each card, without its controls', async () => {
    const { page, sorter } = await openModule();
    await sorter.placeByKeyboard('Onderzoeksdocent', 'Informeel en individueel');
    await sorter.chooseMode('Waar staat onze school?');
    await sorter.region.getByRole('textbox', { name: 'Een praktijk uit jouw school' }).fill('Onze leesgroep');
    await sorter.region
      .getByRole('combobox', { name: 'Hoort bij', exact: true })
      .selectOption({ label: 'Formeel en collectief' });
    await sorter.region.getByRole('button', { name: 'Toevoegen' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(
      await sorter.titleIn(sorter.list(/^Informeel en individueel/), 'Onderzoeksdocent').isVisible(),
    ).toBe(true);
    expect(await sorter.feedback('Onderzoeksdocent').isVisible()).toBe(true);
    expect(await sorter.titleIn(sorter.list(/^Formeel en collectief/), 'Onze leesgroep').isVisible()).toBe(
      true,
    );
    expect(
      await sorter.titleIn(sorter.list('Voorbeelden om in te delen'), 'Rekencoördinator').isVisible(),
    ).toBe(true);
    expect(await sorter.region.getByRole('heading', { name: 'Nog niet ingedeeld' }).isVisible()).toBe(false);
    expect(await sorter.region.getByRole('button').filter({ visible: true }).count()).toBe(0);
    expect(await sorter.region.getByRole('combobox').filter({ visible: true }).count()).toBe(0);
  });

  it('shows the cards and the four cells without JavaScript', async () => {
    const { sorter } = await openModule({ javaScriptEnabled: false });
    const cards = sorter.list('Voorbeelden om in te delen').getByRole('listitem');
    expect(await cards.count()).toBe(10);
    expect(await cards.first().isVisible()).toBe(true);
    expect(await sorter.region.getByText(/Een docent is benoemd tot onderzoeksdocent/).isVisible()).toBe(
      true,
    );
    for (const cell of [
      'Formeel en individueel',
      'Formeel en collectief',
      'Informeel en individueel',
      'Informeel en collectief',
    ]) {
      expect(await sorter.region.getByRole('heading', { name: new RegExp(`^${cell}`) }).isVisible()).toBe(
        true,
      );
    }
    expect(await sorter.region.getByRole('button').filter({ visible: true }).count()).toBe(0);
  });

  it('speaks English on the English page', async () => {
    const { sorter } = await openModule({}, `en/${vierVormenSorterenContract.path}`);
    expect(await sorter.region.getByRole('heading', { name: /^Formal and individual/ }).isVisible()).toBe(
      true,
    );
    await sorter.placeByKeyboard('Research teacher', 'Formal and individual');
    await expect(sorter.feedback('Research teacher').textContent()).resolves.toMatch(
      /Right\.\s+An appointment with its own task/,
    );
    await expect(sorter.score().textContent()).resolves.toBe('1 of 10 placed correctly, 9 still to sort.');
    expect(await sorter.region.getByRole('radio', { name: 'Where does our school stand?' }).isVisible()).toBe(
      true,
    );
  });
});
