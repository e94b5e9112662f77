import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/fixtures';
import { AssignmentPage } from './support/assignment-page';
import { fourForms, paradox, payloadOf } from './support/test-assignment';
import { axeViolations, openPage } from './support/widget-page';

// A student's assignment page opened from a link that is empty, damaged or out of date.
const browser = useBrowser();

describe('a link that is broken', () => {
  const cases: [string, string, RegExp, boolean][] = [
    ['without an assignment', '', /In deze link staat geen opdracht/, false],
    [
      'cut off while copying',
      `#a=${payloadOf({ v: 1, t: 'Afgebroken', m: [{ s: 'vier-vormen' }] }).slice(0, -9)}`,
      /beschadigd of onvolledig/,
      false,
    ],
    ['that is garbage', '#a=<img src=x onerror=alert(1)>', /beschadigd of onvolledig/, false],
    ['that is huge', `#a=${'A'.repeat(20_000)}`, /te lang voor een opdracht/, false],
    ['from a newer version', `#a=${payloadOf({ v: 9, t: 'Later' })}`, /nieuwere versie van de site/, false],
  ];

  it.each(cases)(
    '%s says so, links to the builder and does not break the page',
    async (_, hash, message, usable) => {
      const { page, errors } = await openPage(browser, `opdracht/${hash}`);
      const assignment = new AssignmentPage(page);
      await expect(assignment.problems().isVisible()).resolves.toBe(true);
      await expect(assignment.problems().getByRole('listitem').first().textContent()).resolves.toMatch(
        message,
      );
      await expect(
        assignment
          .problems()
          .getByRole('link', { name: 'Zelf een opdracht samenstellen' })
          .getAttribute('href'),
      ).resolves.toBe('/opdracht-samenstellen/');
      await expect(page.getByText('Wat nog bruikbaar is, staat hieronder.').isVisible()).resolves.toBe(
        usable,
      );
      await expect(assignment.title().isVisible()).resolves.toBe(false);
      await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    },
  );

  it('that was tampered with, or names modules that no longer exist, shows what can still be used', async () => {
    const payload = payloadOf({
      v: 1,
      t: '<script>alert(1)</script>Oude opdracht',
      i: 'Nog steeds geldig.',
      m: [
        { s: 'verdwenen-module', q: [0] },
        { s: 'vier-vormen', q: [0, 42], w: ['weg'] },
      ],
    });
    const { page, errors } = await openPage(browser, `opdracht/#a=${payload}`);
    const assignment = new AssignmentPage(page);
    await expect(assignment.problems().getByRole('listitem').allTextContents()).resolves.toEqual([
      'De module ‘verdwenen-module’ bestaat niet (meer) op deze site en is weggelaten.',
      'Reflectievraag 43 van ‘Vier vormen van teacher leadership’ bestaat niet (meer) en is weggelaten.',
      'De oefening ‘weg’ in ‘Vier vormen van teacher leadership’ bestaat niet (meer) en is weggelaten.',
    ]);
    await expect(page.getByText('Wat nog bruikbaar is, staat hieronder.').isVisible()).resolves.toBe(true);
    await expect(assignment.title().textContent()).resolves.toBe('<script>alert(1)</script>Oude opdracht');
    await expect(assignment.summary().textContent()).resolves.toBe('0 van 1 onderdelen gedaan');
    await expect(assignment.modules().getByRole('heading').allTextContents()).resolves.toEqual([fourForms]);
    expect(await axeViolations(page)).toEqual([]);

    // Another link in the same tab (a new fragment) is read at once.
    await page.evaluate(
      (hash) => (location.hash = hash),
      `#a=${payloadOf({ v: 1, t: 'Nieuw', m: [{ s: 'de-paradox' }] })}`,
    );
    await expect.poll(() => assignment.title().textContent()).toBe('Nieuw');
    await expect(assignment.problems().isVisible()).resolves.toBe(false);
    await expect(assignment.module(paradox).getByRole('listitem').allTextContents()).resolves.toEqual([
      '○ Nog niet gedaan: De module lezen',
    ]);
    expect(errors).toEqual([]);
  });
});
