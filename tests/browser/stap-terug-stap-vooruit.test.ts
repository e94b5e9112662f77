import { describe, expect, it } from 'vitest';
import { stapTerugStapVooruitContract } from './support/stap-terug-stap-vooruit';
import { savedAnswer, storeWith } from './support/seeded-store';
import { describeWidgetContract } from './support/widget-contract';
import { widgetTestFile } from './support/widget-test-file';
import { storedAnswers } from './support/widget-page';

const stuck = 'Een werkgroep loopt vast';
const alone = 'Een trekker staat er alleen voor';
const titles = [
  stuck,
  alone,
  'Het gesprek in het team valt stil',
  'De kaders waren niet duidelijk',
  'Expertise die niemand gebruikt',
];
const considerations = ['Als je een stap terug doet', 'Als je een stap vooruit doet', 'Als je allebei doet'];

const { browser, openModule } = widgetTestFile(stapTerugStapVooruitContract, 'steps');
describeWidgetContract(stapTerugStapVooruitContract, browser);

describe('stap terug, stap vooruit', () => {
  it('works by keyboard alone: choose with the arrow keys, read the consideration, explain', async () => {
    const { page, errors, steps } = await openModule();
    expect(await steps.shownConsiderations(stuck)).toEqual([]);
    await steps.option(stuck, 'Stap terug').focus();
    await page.keyboard.press('ArrowDown');
    expect(await steps.option(stuck, 'Stap vooruit').isChecked()).toBe(true);
    expect(await steps.shownConsiderations(stuck)).toEqual(['Als je een stap vooruit doet']);
    expect(await steps.status(stuck).textContent()).toBe(
      'Bewaard op dit apparaat. De afweging bij je keuze staat hieronder.',
    );

    await page.keyboard.press('Tab');
    await expect(steps.note(stuck).evaluate((box) => box === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('Ik vraag om een voorstel voor 1 maart.');
    await page.keyboard.press('Tab');
    expect(await steps.status(stuck).textContent()).toBe('Bewaard op dit apparaat');

    const answer = (await storedAnswers(page))['stap-terug#werkgroep-loopt-vast']!;
    expect(answer.value).toEqual({ choice: 'vooruit', note: 'Ik vraag om een voorstel voor 1 maart.' });
    expect(answer.text).toBe(
      'Een werkgroep loopt vast: stap vooruit. Toelichting: Ik vraag om een voorstel voor 1 maart.',
    );
    expect(answer.prompt).toMatch(/^Een werkgroep loopt vast\. De werkgroep rekenen/);
    expect(answer.widget).toBe('stap-terug-stap-vooruit');
    expect(await steps.shownConsiderations(alone)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('works by mouse, and the consideration follows a changed choice', async () => {
    const { page, steps } = await openModule();
    await steps.scenario(alone).getByText('Stap terug', { exact: true }).click();
    expect(await steps.shownConsiderations(alone)).toEqual(['Als je een stap terug doet']);
    await steps
      .scenario(alone)
      .getByText(/Allebei, namelijk/)
      .click();
    expect(await steps.shownConsiderations(alone)).toEqual(['Als je allebei doet']);
    expect((await storedAnswers(page))['stap-terug#trekker-staat-alleen']!.text).toBe(
      'Een trekker staat er alleen voor: allebei.',
    );
  });

  it('keeps choices and notes across a reload', async () => {
    const { page, steps } = await openModule();
    await steps.option(stuck, 'Stap terug').check();
    await steps.write(stuck, 'Ze kunnen het zelf.');
    await steps.write(alone, 'Eerst een gesprek met haar.');
    await page.reload();
    expect(await steps.option(stuck, 'Stap terug').isChecked()).toBe(true);
    await expect(steps.note(stuck).inputValue()).resolves.toBe('Ze kunnen het zelf.');
    expect(await steps.shownConsiderations(stuck)).toEqual(['Als je een stap terug doet']);
    await expect(steps.note(alone).inputValue()).resolves.toBe('Eerst een gesprek met haar.');
    expect(await steps.shownConsiderations(alone)).toEqual([]);
    expect((await storedAnswers(page))['stap-terug#trekker-staat-alleen']!.value).toEqual({
      choice: null,
      note: 'Eerst een gesprek met haar.',
    });
  });

  it('shows a choice made in another tab, without touching a note being typed here', async () => {
    const first = await openModule();
    const second = await openModule({ context: first.context });
    await second.steps.note(alone).focus();
    await second.page.keyboard.type('Half af');
    await first.steps.option(stuck, 'Stap vooruit').check();
    await expect.poll(() => second.steps.option(stuck, 'Stap vooruit').isChecked()).toBe(true);
    expect(await second.steps.shownConsiderations(stuck)).toEqual(['Als je een stap vooruit doet']);
    expect(await second.steps.status(stuck).textContent()).toBe('Bijgewerkt vanuit een ander tabblad');
    await expect(second.steps.note(alone).inputValue()).resolves.toBe('Half af');
    await first.context.close();
  });

  it('inserts stored text as text, never as HTML', async () => {
    const value = { choice: 'terug', note: '<img src=x onerror="window.hacked=1">' };
    const { page, errors, steps } = await openModule({
      storage: storeWith({
        'stap-terug#werkgroep-loopt-vast': savedAnswer('stap-terug-stap-vooruit', value),
      }),
    });
    await expect(steps.note(stuck).inputValue()).resolves.toBe('<img src=x onerror="window.hacked=1">');
    expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
    expect(errors).toEqual([]);
  });

  it('reads without JavaScript: every situation with every consideration', async () => {
    const { page } = await openModule({ javaScriptEnabled: false });
    const region = page.getByRole('region', { name: 'Stap terug, stap vooruit' });
    for (const title of titles) {
      const card = region.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
      expect(await card.getByText('Voorbeeld van deze site').isVisible(), title).toBe(true);
      for (const heading of considerations) {
        expect(await card.getByRole('heading', { name: heading }).isVisible(), `${title}: ${heading}`).toBe(
          true,
        );
      }
    }
    expect(await region.getByRole('radio').count()).toBe(0);
  });

  it('speaks English on the English page', async () => {
    const { page, steps } = await openModule({}, `en/${stapTerugStapVooruitContract.path}`);
    await steps.option('A working group gets stuck', 'Step forward').check();
    expect(await steps.shownConsiderations('A working group gets stuck')).toEqual(['If you step forward']);
    expect(await steps.status('A working group gets stuck').textContent()).toBe(
      'Saved on this device. The consideration for your choice is shown below.',
    );
    await steps.write('A working group gets stuck', 'A deadline.');
    expect((await storedAnswers(page))['stap-terug#werkgroep-loopt-vast']!.text).toBe(
      'A working group gets stuck: step forward. Note: A deadline.',
    );
  });
});
