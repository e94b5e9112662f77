import { describe, expect, it } from 'vitest';
import { dataNaarWijsheidContract } from './support/data-naar-wijsheid';
import { savedAnswer, storeWith } from './support/seeded-store';
import { describeWidgetContract } from './support/widget-contract';
import { widgetTestFile } from './support/widget-test-file';
import { axeInBothThemes, storedAnswers } from './support/widget-page';

const { browser, openModule, axeViolations } = widgetTestFile(dataNaarWijsheidContract, 'widget');
describeWidgetContract(dataNaarWijsheidContract, browser);

describe('van data naar wijsheid: the five-equal-days exercise', () => {
  it('decides for the example norms, and changes the decision when the reader drags a slider with the mouse', async () => {
    const { page, errors, widget } = await openModule();
    await expect(widget.decision().textContent()).resolves.toMatch(/Met deze normen: niet invoeren\./);
    await expect(widget.decision().textContent()).resolves.toMatch(/49,8 %.*te weinig draagvlak/);
    // Click far to the right on the weight slider: parents weigh (almost) everything.
    await widget.parentWeight().scrollIntoViewIfNeeded();
    const box = (await widget.parentWeight().boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.95, box.y + box.height / 2);
    await expect(widget.parentWeight().getAttribute('aria-valuetext')).resolves.toMatch(
      /^ouders (9\d|100) procent/,
    );
    await expect(widget.decision().textContent()).resolves.toMatch(/Met deze normen: invoeren\./);
    expect(errors).toEqual([]);
  });

  it('works by keyboard alone, says why, and keeps norms and reflection across a reload', async () => {
    const { page, errors, widget } = await openModule();
    // 117 of 180 parents is exactly 65 %: a 65 % norm is met, 66 % is not.
    await widget.press(widget.minResponse(), 'ArrowRight', 15);
    await expect(widget.minResponse().getAttribute('aria-valuetext')).resolves.toBe('65 procent');
    await expect(widget.decision().textContent()).resolves.toMatch(
      /Respons ouders: 65 % \(117 van 180\)\. De norm is 65 %, dus dat is genoeg\./,
    );
    await page.keyboard.press('ArrowRight');
    await expect(widget.decision().textContent()).resolves.toMatch(/Met deze normen: onvoldoende respons\./);
    await expect(widget.decision().textContent()).resolves.toMatch(/De norm is 66 %, dus dat is te weinig\./);

    await page.keyboard.press('Tab'); // to the share-in-favour slider
    await page.keyboard.press('Tab'); // to the weight slider
    await page.keyboard.press('End');
    await expect(widget.parentWeight().getAttribute('aria-valuetext')).resolves.toBe(
      'ouders 100 procent, leerkrachten 0 procent',
    );
    await expect(widget.decision().textContent()).resolves.toMatch(
      /De leerkrachten wegen 0 %: hun respons en hun mening tellen niet mee\./,
    );

    await widget.reflection().focus();
    await page.keyboard.type('Normen vooraf afspreken, ook bij het nieuwe rapport.');
    await page.keyboard.press('Tab');

    const answers = await storedAnswers(page);
    expect(answers['data-naar-wijsheid#normen'].value).toEqual({
      minResponse: 66,
      minFavour: 50,
      parentWeight: 100,
    });
    expect(answers['data-naar-wijsheid#normen'].text).toBe(
      'Normen: respons ≥ 66 %, voor ≥ 50 %, ouders 100 %. Besluit: onvoldoende respons.',
    );
    expect(answers['data-naar-wijsheid#wijsheid'].value).toBe(
      'Normen vooraf afspreken, ook bij het nieuwe rapport.',
    );

    await page.reload();
    await expect(widget.minResponse().inputValue()).resolves.toBe('66');
    await expect(widget.parentWeight().inputValue()).resolves.toBe('100');
    await expect(widget.decision().textContent()).resolves.toMatch(/onvoldoende respons/);
    await expect(widget.reflection().inputValue()).resolves.toBe(
      'Normen vooraf afspreken, ook bij het nieuwe rapport.',
    );
    expect(errors).toEqual([]);
  });

  it('puts the example norms back and forgets the saved ones', async () => {
    const { page, widget } = await openModule();
    await widget.press(widget.minFavour(), 'Home');
    await expect(widget.decision().textContent()).resolves.toMatch(/: invoeren\./);
    await widget.region.getByRole('button', { name: 'Terug naar de voorbeeldnormen' }).click();
    await expect(widget.minFavour().inputValue()).resolves.toBe('50');
    await expect(widget.decision().textContent()).resolves.toMatch(/: niet invoeren\./);
    expect((await storedAnswers(page))['data-naar-wijsheid#normen']).toBeUndefined();
  });

  it('shows norms set in another tab', async () => {
    const first = await openModule();
    const { widget: second } = await openModule({ context: first.context });
    await first.widget.press(first.widget.parentWeight(), 'ArrowRight', 10);
    await expect.poll(() => second.parentWeight().inputValue()).toBe('60');
    await expect(second.decision().textContent()).resolves.toMatch(/: invoeren\./);
    await expect(second.region.getByText('Bijgewerkt vanuit een ander tabblad').isVisible()).resolves.toBe(
      true,
    );
    await first.context.close();
  });

  it('shows the example norms when the saved norms are damaged, and says so', async () => {
    const answer = savedAnswer('data-naar-wijsheid', { minResponse: 'veel' }, { prompt: 'x' });
    const { errors, widget } = await openModule({
      storage: storeWith({ 'data-naar-wijsheid#normen': answer }),
    });
    await expect(
      widget.region.getByText(/De bewaarde normen konden niet worden gelezen/).isVisible(),
    ).resolves.toBe(true);
    await expect(widget.minResponse().inputValue()).resolves.toBe('50');
    await expect(widget.decision().textContent()).resolves.toMatch(/: niet invoeren\./);
    expect(errors).toEqual([]);
  });

  // The initial state, one slider moved and the storage notice are the widget contract's; this adds a failed norm and a reflection.
  it('has no axe violations with too little response and a reflection, light and dark', async () => {
    const { page, widget } = await openModule();
    await widget.press(widget.minResponse(), 'End');
    await widget.reflection().fill('Iets');
    await widget.reflection().blur();
    await expect(widget.decision().textContent()).resolves.toMatch(/onvoldoende respons/);
    expect(await axeInBothThemes(page, axeViolations)).toEqual({ light: [], dark: [] });
  });

  it('without JavaScript shows the answers, the chart’s numbers, the norms and the decision for the example norms', async () => {
    const { widget } = await openModule({ javaScriptEnabled: false });
    const table = widget.region.getByRole('table', { name: /De eerste 10 van 137 ingevulde vragenlijsten/ });
    expect(await table.isVisible()).toBe(true);
    expect(await table.getByRole('row').count()).toBe(11);
    for (const number of [
      'Ouders: 117 van 180 reageerden (65 %)',
      'Voor: 64 (54,7 %)',
      'Tegen: 11 (55 %)',
      'Leerkrachten: 20 van 22 reageerden (90,9 %)',
    ]) {
      expect(await widget.region.getByText(number, { exact: true }).isVisible(), number).toBe(true);
    }
    expect(
      await widget.region.getByText(/minimale respons in elke groep, het minimale aandeel vóór/).isVisible(),
    ).toBe(true);
    expect(await widget.decision().textContent()).toMatch(/Met deze normen: niet invoeren\./);
    expect(await widget.minResponse().isVisible()).toBe(false);
  });

  it('on the English page speaks English', async () => {
    const { widget } = await openModule({}, `en/${dataNaarWijsheidContract.path}`);
    await expect(widget.decision().textContent()).resolves.toMatch(/With these norms: do not introduce it\./);
    await expect(widget.decision().textContent()).resolves.toMatch(/Response parents: 65 % \(117 of 180\)/);
    await widget.press(widget.parentWeight(), 'ArrowRight', 10);
    await expect(widget.parentWeight().getAttribute('aria-valuetext')).resolves.toBe(
      'parents 60 per cent, teachers 40 per cent',
    );
    await expect(widget.decision().textContent()).resolves.toMatch(/With these norms: introduce it\./);
  });

  it('prints the reader’s norms, decision and reflection without the sliders', async () => {
    const { page, widget } = await openModule({ viewport: { width: 718, height: 1047 } });
    await widget.press(widget.parentWeight(), 'ArrowRight', 10);
    await widget.reflection().fill('Eerst normen, dan cijfers.');
    await widget.reflection().blur();
    await page.emulateMedia({ media: 'print' });
    expect(await widget.parentWeight().isVisible()).toBe(false);
    expect(await widget.reflection().isVisible()).toBe(false);
    expect(
      await widget.region
        .getByText('Normen: respons ≥ 50 %, voor ≥ 50 %, ouders 60 %. Besluit: invoeren.')
        .isVisible(),
    ).toBe(true);
    expect(await widget.region.getByText('Eerst normen, dan cijfers.').isVisible()).toBe(true);
  });
});
