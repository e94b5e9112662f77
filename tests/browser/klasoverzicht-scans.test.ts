import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Assignment, Catalogue } from '../../src/features/assignments/assignment';
import { encodeAssignment } from '../../src/features/assignments/assignment-link';
import type { JsonValue, SavedAnswer } from '../../src/lib/store-data';
import { savedAnswer } from '../unit/support/saved-answer';
import { useBrowser } from './support/fixtures';
import { ClassOverview, handInUpload, studentName } from './support/klasoverzicht';
import { axeInBothThemes, openPage } from './support/widget-page';

// The class overview summarises both rating scans of a class's hand-ins: the seven qualities
// per quality, the conditions scan per statement, each as a table whose cells carry a bar.
const browser = useBrowser();

const scansAssignment: Assignment = {
  title: 'De twee scans',
  instructions: '',
  due: null,
  modules: [
    { slug: 'zeven-kwaliteiten', questions: [], widgets: ['zeven-kwaliteiten-scan'] },
    { slug: 'effecten-en-condities', questions: [], widgets: ['condities-scan'] },
  ],
};

const scanAnswer = (page: string, widget: string, value: JsonValue): SavedAnswer => ({
  ...savedAnswer(page, 'Een score', widget),
  value,
});

/**
 * What student `n` (1–10) rated: Perspectief 1 to 5 in turn (so each point twice), Visie 4 for the
 * first five; in the conditions scan trust 5 and feedback 1 for the even students, trust 3 for the odd.
 */
function scanAnswers(n: number, lang: string): Record<string, SavedAnswer> {
  const qualities = `${lang}/modules/zeven-kwaliteiten/`;
  const conditions = `${lang}/modules/effecten-en-condities/`;
  const rated = (rating: number) => scanAnswer(conditions, 'condities-scan', { rating });
  const ratings: Record<string, number> = { '1': ((n - 1) % 5) + 1, ...(n <= 5 ? { '2': 4 } : {}) };
  return {
    'zeven-kwaliteiten-scan#huidig': scanAnswer(qualities, 'zeven-kwaliteiten-scan', {
      mode: 'zelf',
      ratings,
    }),
    ...(n % 2 === 0
      ? { 'condities-scan#vertrouwen': rated(5), 'condities-scan#feedback': rated(1) }
      : { 'condities-scan#vertrouwen': rated(3) }),
  };
}

const scanUploads = (catalogue: Catalogue, lang: string) =>
  Array.from({ length: 10 }, (_, index) =>
    handInUpload(catalogue, studentName(index + 1), scanAnswers(index + 1, lang), {
      assignment: scansAssignment,
    }),
  );

async function openScans(path = 'klasoverzicht/') {
  const opened = await openPage(browser, `${path}#a=${encodeAssignment(scansAssignment)}`);
  const overview = new ClassOverview(opened.page);
  return {
    ...opened,
    overview,
    catalogue: await overview.catalogue(),
    lang: path.startsWith('en/') ? '/en' : '',
  };
}

/** Presses Tab until focus is on an element matching `selector` (at most 30 times); its accessible label. */
async function tabUntil(page: Page, selector: string): Promise<string | null> {
  for (let presses = 0; presses < 30; presses += 1) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(
      (wanted) =>
        document.activeElement?.matches(wanted) ? document.activeElement.getAttribute('aria-label') : null,
      selector,
    );
    if (label !== null) return label;
  }
  return null;
}

/** A summary table's header cells. */
const headers = (overview: ClassOverview, caption: RegExp) =>
  overview.page.getByRole('table', { name: caption }).locator('thead th').allTextContents();

describe('the class overview’s summary of the two scans', () => {
  it('spreads the seven qualities and the conditions scan’s statements over the scale, with the mean, from files chosen by mouse', async () => {
    const { overview, catalogue, lang, errors } = await openScans();
    await overview.choose(scanUploads(catalogue, lang));
    await expect(overview.status().textContent()).resolves.toBe(
      'Bestanden gelezen: 10; studenten: 10; apart gezet: 0; geweigerd: 0.',
    );
    const qualitiesCaption = /: per kwaliteit hoeveel van de 10 studenten met scores/;
    await expect(headers(overview, qualitiesCaption)).resolves.toEqual([
      'Kwaliteit',
      '1: nog nauwelijks',
      '2: af en toe',
      '3: redelijk',
      '4: duidelijk aanwezig',
      '5: sterk en zichtbaar voor anderen',
      'Gemiddeld',
    ]);
    const qualities = await overview.summary(qualitiesCaption);
    expect(qualities).toHaveLength(7);
    expect(qualities[0]).toEqual(['Perspectief', '2', '2', '2', '2', '2', '3']);
    expect(qualities[1]).toEqual(['Visie', '0', '0', '0', '5', '0', '4']);
    expect(qualities.slice(2).every((row) => row.slice(1).join(' ') === '0 0 0 0 0 –')).toBe(true);

    const conditionsCaption = /: per uitspraak, genoemd naar de conditie of belemmering/;
    await expect(headers(overview, conditionsCaption)).resolves.toEqual([
      'Conditie of belemmering',
      '1: helemaal oneens',
      '2: oneens',
      '3: neutraal',
      '4: eens',
      '5: helemaal eens',
      'Gemiddeld',
    ]);
    const conditions = await overview.summary(conditionsCaption);
    expect(conditions[0]).toEqual(['Openheid en onderling vertrouwen', '0', '0', '5', '0', '5', '4']);
    expect(conditions[1]).toEqual(['Feedback', '5', '0', '0', '0', '0', '1']);
    expect(conditions.slice(2).every((row) => row.slice(1).join(' ') === '0 0 0 0 0 –')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('is reached and scrolled by keyboard, from files picked by keyboard, with no axe violations empty and loaded', async () => {
    const { page, catalogue, lang } = await openScans();
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });
    const field = page.getByLabel('Kies de ingeleverde JSON-bestanden');
    await field.focus();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles(
      scanUploads(catalogue, lang).map(({ name, text }) => ({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      })),
    );
    await new ClassOverview(page)
      .status()
      .filter({ hasText: /^Bestanden gelezen: 10;/ })
      .waitFor();
    // Tab on from the matrix (its region, then its sort buttons) to the summaries' regions.
    const regions = page.getByRole('region', { name: /: per (kwaliteit|uitspraak)/ });
    await expect(regions.count()).resolves.toBe(2);
    await page.getByRole('region', { name: /^Per student en per onderdeel/ }).focus();
    const focused = await tabUntil(page, '.class-overview__summary-scroll');
    expect(focused).toMatch(/: per kwaliteit/);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toMatch(
      /: per uitspraak/,
    );
    // A wide table scrolls sideways by the arrow keys in its focused region.
    await page.setViewportSize({ width: 320, height: 640 });
    const scrolled = () => regions.nth(1).evaluate((region) => region.scrollLeft);
    await page.keyboard.press('ArrowRight');
    await expect.poll(scrolled).toBeGreaterThan(0);
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });
  });

  it('speaks English on the English page, in each scan’s own terms', async () => {
    const { overview, catalogue, lang } = await openScans('en/klasoverzicht/');
    await overview.choose(scanUploads(catalogue, lang));
    const qualitiesCaption = /: per quality, how many of the 10 students with scores/;
    await expect(headers(overview, qualitiesCaption)).resolves.toEqual([
      'Quality',
      '1: hardly yet',
      '2: now and then',
      '3: fairly',
      '4: clearly present',
      '5: strong and visible to others',
      'Mean',
    ]);
    expect((await overview.summary(qualitiesCaption))[0]).toEqual([
      'Perspective',
      '2',
      '2',
      '2',
      '2',
      '2',
      '3',
    ]);
    const conditionsCaption = /: per statement, named after the condition or obstacle/;
    await expect(headers(overview, conditionsCaption)).resolves.toEqual([
      'Condition or obstacle',
      '1: strongly disagree',
      '2: disagree',
      '3: neutral',
      '4: agree',
      '5: strongly agree',
      'Mean',
    ]);
    expect((await overview.summary(conditionsCaption))[0]).toEqual([
      'Openness and mutual trust',
      '0',
      '0',
      '5',
      '0',
      '5',
      '4',
    ]);
  });
});
