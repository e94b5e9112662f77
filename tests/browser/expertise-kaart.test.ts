import { describe, expect, it } from 'vitest';
import { ExpertiseMap, expertiseKaartContract } from './support/expertise-kaart';
import { savedAnswer, storeWith } from './support/seeded-store';
import { describeWidgetContract } from './support/widget-contract';
import { widgetTestFile } from './support/widget-test-file';
import { axeInBothThemes, horizontalOverflow, storedAnswers } from './support/widget-page';

const { browser, openModule, axeViolations } = widgetTestFile(expertiseKaartContract, 'map');
describeWidgetContract(expertiseKaartContract, browser);

/** A small team and one question, added by mouse. */
async function fillIn(map: ExpertiseMap) {
  await map.addMember('Anna', 'begrijpend lezen, NT2', 'muziek');
  await map.addMember('Bram', 'rekenen', 'Lezen, ICT');
  await map.addMember('Carla', 'gedrag', 'buitenspelen');
  await map.addQuestion('Begrijpend lezen in de bovenbouw', 'lezen, tekstbegrip');
}

describe('expertisekaart', () => {
  it('shows per question who could lead or contribute and why, and who fits nothing yet (mouse)', async () => {
    const { errors, map } = await openModule();
    await expect(
      map.region.getByText('Namen blijven op dit apparaat', { exact: false }).isVisible(),
    ).resolves.toBe(true);
    await fillIn(map);
    await expect(map.announcement()).resolves.toBe('Begrijpend lezen in de bovenbouw is toegevoegd.');
    const matches = await map.matches();
    expect(matches).toContain('Kan het voortouw nemen:Anna (expertise: begrijpend lezen)');
    expect(matches).toContain('Kan bijdragen:Bram (affiniteit: Lezen)');
    await expect(map.unmatched()).resolves.toEqual(['Carla']);
    expect(errors).toEqual([]);
  });

  it('works by keyboard alone: add, edit, remove and undo, with focus where the reader needs it', async () => {
    const { page, errors, map } = await openModule();
    await map.addMemberByKeyboard('Dirk', 'rekenen, ICT', 'techniek');
    await expect(map.announcement()).resolves.toBe('Dirk is toegevoegd.');
    await expect(map.focusedName()).resolves.toBe('Naam');
    await expect(map.members().allTextContents()).resolves.toEqual(['Dirk']);

    await map.button('Dirk bewerken').focus();
    await page.keyboard.press('Enter');
    await expect(map.field('Naam').inputValue()).resolves.toBe('Dirk');
    await expect(map.focusedName()).resolves.toBe('Naam');
    await expect(map.region.getByRole('group', { name: 'Dirk bewerken' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('End');
    await page.keyboard.type(' de Vries');
    await page.keyboard.press('Enter');
    await expect(map.announcement()).resolves.toBe('Dirk de Vries is bijgewerkt.');
    await expect(map.focusedName()).resolves.toBe('Dirk de Vries bewerken');

    await page.keyboard.press('Tab'); // to its remove button
    await expect(map.focusedName()).resolves.toBe('Dirk de Vries verwijderen');
    await page.keyboard.press('Enter');
    await expect(map.announcement()).resolves.toBe('Dirk de Vries is verwijderd.');
    await expect(map.members().count()).resolves.toBe(0);
    await expect(map.focusedName()).resolves.toBe('Ongedaan maken');
    await page.keyboard.press('Enter');
    await expect(map.announcement()).resolves.toBe('Dirk de Vries staat er weer.');
    await expect(map.members().allTextContents()).resolves.toEqual(['Dirk de Vries']);
    await expect(map.focusedName()).resolves.toBe('Dirk de Vries verwijderen');
    expect(errors).toEqual([]);
  });

  it('offers undo only until the next action', async () => {
    const { map } = await openModule();
    await fillIn(map);
    await map.button('Carla verwijderen').click();
    await expect(map.button('Ongedaan maken').isVisible()).resolves.toBe(true);
    await map.addMember('Eva', 'taal', '');
    await expect(map.button('Ongedaan maken').isVisible()).resolves.toBe(false);
    await expect(map.members().allTextContents()).resolves.toEqual(['Anna', 'Bram', 'Eva']);
  });

  it('asks for a name instead of adding an empty member', async () => {
    const { map } = await openModule();
    await map.memberForm().getByRole('button', { name: 'Toevoegen' }).click();
    await expect(map.region.getByText('Vul een naam in.').isVisible()).resolves.toBe(true);
    await expect(map.field('Naam').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(map.focusedName()).resolves.toBe('Naam');
    await expect(map.members().count()).resolves.toBe(0);
  });

  it('keeps the map across a reload, stored as members and questions with a plain summary', async () => {
    const { page, errors, map } = await openModule();
    await fillIn(map);
    const answers = await storedAnswers(page);
    const members = answers['expertisekaart#leden'];
    expect(
      members.value.map(({ name, expertise, affinity }: Record<string, unknown>) => ({
        name,
        expertise,
        affinity,
      })),
    ).toEqual([
      { name: 'Anna', expertise: ['begrijpend lezen', 'NT2'], affinity: ['muziek'] },
      { name: 'Bram', expertise: ['rekenen'], affinity: ['Lezen', 'ICT'] },
      { name: 'Carla', expertise: ['gedrag'], affinity: ['buitenspelen'] },
    ]);
    expect(members.value.every(({ id }: { id: string }) => /^[a-z0-9][a-z0-9.-]*$/.test(id))).toBe(true);
    expect(members.text).toBe(
      'Anna: begrijpend lezen, NT2 (affiniteit: muziek); Bram: rekenen (affiniteit: Lezen, ICT); Carla: gedrag (affiniteit: buitenspelen)',
    );
    expect(answers['expertisekaart#vragen'].value).toEqual([
      {
        id: expect.any(String),
        question: 'Begrijpend lezen in de bovenbouw',
        keywords: ['lezen', 'tekstbegrip'],
      },
    ]);
    await page.reload();
    await expect(map.members().allTextContents()).resolves.toEqual(['Anna', 'Bram', 'Carla']);
    expect(await map.matches()).toContain('Anna (expertise: begrijpend lezen)');
    expect(errors).toEqual([]);
  });

  it('shows what it can of a damaged saved map, says so, and keeps the rest untouched', async () => {
    const answer = (value: unknown) =>
      savedAnswer('expertise-kaart', value, { page: '/modules/aan-de-slag/', prompt: 'x' });
    const damagedMap = {
      'expertisekaart#leden': answer([
        { id: 'anna', name: 'Anna', expertise: ['lezen'], affinity: [] },
        { id: 'kapot', name: 42 },
      ]),
      'expertisekaart#vragen': answer('geen lijst'),
    };
    const { page, errors, map } = await openModule({
      storage: storeWith(damagedMap),
    });
    await expect(map.members().allTextContents()).resolves.toEqual(['Anna']);
    await expect(
      map.region.getByText(/Een deel van de bewaarde kaart kon niet worden gelezen \(2 regels\)/).isVisible(),
    ).resolves.toBe(true);
    await map.addMember('Bram', 'rekenen', '');
    await map.addQuestion('Rekenen', 'rekenen');
    const answers = await storedAnswers(page);
    expect(answers['expertisekaart#leden'].value.map((member: { name: unknown }) => member.name)).toEqual([
      'Anna',
      'Bram',
      42,
    ]);
    expect(answers['expertisekaart#vragen'].value.at(-1)).toBe('geen lijst');
    expect(await map.matches()).toContain('Bram (expertise: rekenen)');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows a member added in another tab, without touching what is being typed here', async () => {
    const first = await openModule();
    const { map: second } = await openModule({ context: first.context });
    await second.field('Naam').fill('Half getypt');
    await first.map.addMember('Anna', 'lezen', '');
    await expect.poll(() => second.members().allTextContents()).toEqual(['Anna']);
    await expect(second.field('Naam').inputValue()).resolves.toBe('Half getypt');
    await second.memberForm().getByRole('button', { name: 'Toevoegen' }).click();
    await expect(second.members().allTextContents()).resolves.toEqual(['Anna', 'Half getypt']);
    await expect.poll(() => first.map.members().allTextContents()).toEqual(['Anna', 'Half getypt']);
    await first.context.close();
  });

  it('inserts names as text, never as HTML', async () => {
    const { page, errors, map } = await openModule();
    await map.addMember('<img src=x onerror="window.hacked=1">', '<b>lezen</b>', '');
    await map.addQuestion('<script>window.hacked=2</script>', '<b>lezen</b>');
    await expect(map.members().allTextContents()).resolves.toEqual(['<img src=x onerror="window.hacked=1">']);
    expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
    expect(errors).toEqual([]);
  });

  it('has no axe violations when empty, filled, after a removal and with the storage notice, light and dark', async () => {
    const { page, context, map } = await openModule();
    expect(await axeInBothThemes(page, axeViolations)).toEqual({ light: [], dark: [] });
    await fillIn(map);
    await map.memberForm().getByRole('button', { name: 'Toevoegen' }).click(); // the "enter a name" error
    await map.button('Anna bewerken').click();
    expect(await axeInBothThemes(page, axeViolations)).toEqual({ light: [], dark: [] });
    await map.button('Carla verwijderen').click();
    expect(await axeInBothThemes(page, axeViolations)).toEqual({ light: [], dark: [] });
    await context.close();

    const damaged = await openModule({ storage: 'damaged' });
    await expect(damaged.map.notice().isVisible()).resolves.toBe(true);
    expect(await axeInBothThemes(damaged.page, axeViolations)).toEqual({ light: [], dark: [] });
  });

  it('fits a 320 px wide screen, filled in', async () => {
    const { page, map } = await openModule({ viewport: { width: 320, height: 640 } });
    await fillIn(map);
    await map.addMember('Maximiliaan van Oosterhout-Wijnberg', 'leesbevorderingsactiviteitencoördinatie', '');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('prints the map as tables, without forms or buttons', async () => {
    const { page, map } = await openModule({ viewport: { width: 718, height: 1047 } });
    await fillIn(map);
    await page.emulateMedia({ media: 'print' });
    expect(await map.memberForm().isVisible()).toBe(false);
    expect(await map.button('Anna bewerken').isVisible()).toBe(false);
    const members = map.region.getByRole('table', { name: /Teamleden met hun expertise/ });
    expect(await members.isVisible()).toBe(true);
    expect(await members.getByRole('row').allTextContents()).toContain('BramrekenenLezen, ICT');
    const questions = map.region.getByRole('table', { name: /Vraagstukken en wie erbij past/ });
    expect(await questions.getByRole('row').nth(1).textContent()).toBe(
      'Begrijpend lezen in de bovenbouwlezen, tekstbegripAnna (expertise: begrijpend lezen)Bram (affiniteit: Lezen)',
    );
    expect(await map.region.getByText('Nog nergens bij betrokken: Carla').isVisible()).toBe(true);
  });

  it('without JavaScript explains how to make the map on paper, with blank tables to print', async () => {
    const { page, map } = await openModule({ javaScriptEnabled: false });
    expect(await map.region.getByText('Zo maak je een expertisekaart op papier').isVisible()).toBe(true);
    expect(
      await map.region
        .getByRole('listitem')
        .filter({ hasText: 'ook van wie minder snel van zich laat horen' })
        .isVisible(),
    ).toBe(true);
    expect(await map.memberForm().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const members = map.region.getByRole('table', { name: /Teamleden met hun expertise/ });
    expect(await members.isVisible()).toBe(true);
    expect(await members.getByRole('row').count()).toBe(9);
  });

  it('on the English page speaks English', async () => {
    const { map } = await openModule({}, `en/${expertiseKaartContract.path}`);
    await expect(
      map.region.getByText('Names stay on this device', { exact: false }).isVisible(),
    ).resolves.toBe(true);
    await map.addMember('Anna', 'reading', 'music');
    await map.addQuestion('Reading in the upper years', 'reading');
    await expect(map.announcement()).resolves.toBe('Reading in the upper years has been added.');
    expect(await map.matches()).toContain('Could take the lead:Anna (expertise: reading)');
  });
});
