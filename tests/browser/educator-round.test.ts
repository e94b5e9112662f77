import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { FileChooser, Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Assignment, Catalogue } from '../../src/features/assignments/assignment';
import { decodeAssignment, payloadFromHash } from '../../src/features/assignments/assignment-link';
import { AssignmentBuilder } from './support/assignment-page';
import { FeedbackViewer } from './support/feedback';
import { useBrowser } from './support/fixtures';
import {
  ClassOverview,
  classAnswers,
  handInUpload,
  studentName,
  type HandInUpload,
} from './support/klasoverzicht';
import { firstOfflineVisit, type OfflineSite } from './support/offline-site';
import { storeWith } from './support/seeded-store';
import { buildAssignment } from './support/test-assignment';
import { axeInBothThemes, openPage, storeKey } from './support/widget-page';

// Issue 13's "done when", as one teacher educator's round: in a fresh browser with the network
// cut after the first visit, build an assignment, read thirty hand-ins by question and by
// student, write feedback, export the CSV and the feedback files, which a student opens beside
// their answers. Once in Dutch by mouse, once in English by keyboard; hostile files change nothing.
const browser = useBrowser();
let site: OfflineSite | undefined;
afterEach(() => site?.remove());

/** The builder after a first visit, opened again from the service worker's copy with the network gone. */
async function offlineBuilder(path: string) {
  const visit = await firstOfflineVisit(browser, path);
  site = visit.site;
  await visit.context.setOffline(true);
  await visit.site.stop();
  await visit.page.reload();
  return visit;
}

/** The thirty students' hand-ins of the assignment in `link`, made by the assignment page's own code. */
function thirtyHandIns(link: string, catalogue: Catalogue, lang: string): HandInUpload[] {
  const assignment: Assignment = decodeAssignment(payloadFromHash(new URL(link).hash), catalogue).assignment!;
  return Array.from({ length: 30 }, (_, index) =>
    handInUpload(catalogue, studentName(index + 1), classAnswers(index + 1, lang), { assignment }),
  );
}

const hostile = '<img src=x onerror="document.title=`hacked`">';
/** Files that are no hand-in: markup as a file, and another format. */
const hostileFiles: HandInUpload[] = [
  { name: `${hostile}.json`, text: hostile },
  { name: 'iets-anders.json', text: '{"format": "iets-anders", "version": 1}' },
];

/** Presses Enter on (or clicks) a button that offers a file; returns the file's name and bytes. */
async function downloaded(page: Page, button: Locator, by: 'mouse' | 'keyboard') {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    by === 'mouse' ? button.click() : button.press('Enter'),
  ]);
  return { name: download.suggestedFilename(), content: await readFile((await download.path())!) };
}

/** Picks files in a file field by keyboard: focus it, press Space, choose them in the browser's dialog. */
async function pickByKeyboard(page: Page, field: Locator, files: readonly HandInUpload[]) {
  // The field shows once the page's code has set it up.
  await field.waitFor();
  // Chromium under load now and then lets a Space on a file field pass without opening its dialog
  // (the page still busy after navigating): a reader presses again, and so does this.
  let chooser: FileChooser | undefined;
  for (let tries = 0; !chooser && tries < 3; tries++) {
    await field.focus();
    [chooser] = await Promise.all([
      page.waitForEvent('filechooser', { timeout: 10_000 }).catch(() => undefined),
      page.keyboard.press('Space'),
    ]);
  }
  if (!chooser) throw new Error('the file field opened no file dialog by keyboard');
  await chooser.setFiles(
    files.map(({ name, text }) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) })),
  );
}

/** What the page shows that markup in a file could have done, had it run. */
const ranMarkup = async (page: Page) =>
  (await page.locator('main img[src="x"]').count()) > 0 || (await page.title()) === 'hacked';

describe('a teacher educator’s round with the network cut', () => {
  it('in Dutch, by mouse: builds, reads thirty hand-ins, writes feedback, exports the CSV and the feedback files a student opens', async () => {
    const { page, errors } = await offlineBuilder('opdracht-samenstellen/');
    const link = await buildAssignment(new AssignmentBuilder(page));
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });
    await page.getByRole('link', { name: /^Open het klasoverzicht van deze opdracht/ }).click();
    await page.waitForURL(/\/klasoverzicht\/#a=/);
    const overview = new ClassOverview(page);
    const handIns = thirtyHandIns(link, await overview.catalogue(), '');
    await overview.choose([...handIns, ...hostileFiles]);
    await expect(overview.status().textContent()).resolves.toBe(
      'Bestanden gelezen: 30; studenten: 30; apart gezet: 0; geweigerd: 2.',
    );
    await expect(overview.rows().count()).resolves.toBe(30);
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });

    // Hostile files alone are refused, and the class stays as it was.
    await overview.pick(hostileFiles);
    await expect
      .poll(() => overview.status().textContent(), { timeout: 15_000 })
      .toBe(
        'Geen van deze bestanden is een ingeleverd bestand van deze opdracht (apart gezet: 0; geweigerd: 2), dus het overzicht is niet veranderd.',
      );
    await expect(overview.rows().count()).resolves.toBe(30);
    expect(await ranMarkup(page)).toBe(false);

    await page.getByLabel('Vraag of oefening').selectOption({ index: 0 });
    await expect(page.locator('[data-question-text]').textContent()).resolves.toMatch(
      /^Vier vormen .*: Welke van/,
    );
    await expect(page.locator('[data-question-answers] article').count()).resolves.toBe(30);
    await expect(page.locator('[data-question-answers] article').nth(1).innerText()).resolves.toBe(
      'Student 02\n\nAntwoord 2.',
    );
    for (const [n, note] of [
      [3, 'Kijk nog eens naar de tweede vraag.'],
      [2, 'Een sterk begin.'],
    ] as const) {
      await page.getByLabel('Student', { exact: true }).selectOption(studentName(n));
      await expect(page.locator('[data-student-hand-in]').innerText()).resolves.toContain(`Antwoord ${n}.`);
      await page
        .getByLabel(/^Jouw feedback op: /)
        .first()
        .click();
      await page
        .getByLabel(/^Jouw feedback op: /)
        .first()
        .fill(`Goed gezien, ${studentName(n)}.`);
      await page.getByLabel('Jouw feedback op de hele opdracht').fill(note);
      await expect
        .poll(() => overview.status().textContent(), { timeout: 15_000 })
        .toBe('Je feedback is bewaard in deze browser.');
    }
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });

    const csv = (await overview.export('CSV (.csv)')).content.toString('utf8').slice(1).split('\r\n');
    expect(csv[0]).toMatch(/^Student;Onderdelen gedaan;Onderdelen in de opdracht;/);
    expect(csv.slice(1, -1).map((line) => line.split(';')[0])).toEqual(
      Array.from({ length: 30 }, (_, index) => studentName(index + 1)),
    );
    const one = await downloaded(
      page,
      overview.button('Feedbackbestand van deze student downloaden'),
      'mouse',
    );
    expect(one.name).toMatch(/^feedback-.*student-02-\d{4}-\d{2}-\d{2}\.json$/);
    const all = await downloaded(
      page,
      overview.button('Feedbackbestanden van alle studenten downloaden (.zip)'),
      'mouse',
    );
    expect(all.name).toMatch(/\.zip$/);
    const zipped = unzipSync(new Uint8Array(all.content));
    expect(Object.keys(zipped).sort()).toEqual([
      expect.stringMatching(/^feedback-student-02-/),
      expect.stringMatching(/^feedback-student-03-/),
    ]);
    const fromZip = JSON.parse(strFromU8(zipped[Object.keys(zipped).sort()[0]!]!));
    const single = JSON.parse(one.content.toString('utf8'));
    expect({ ...fromZip, exportedAt: '' }).toEqual({ ...single, exportedAt: '' });
    expect(errors).toEqual([]);

    // The student, in their own browser with their own answers, opens the file on Mijn werk.
    const student = await openPage(browser, 'mijn-werk/', { storage: storeWith(classAnswers(2)) });
    const viewer = new FeedbackViewer(student.page);
    await viewer.open(one.name, one.content);
    const [shown] = await viewer.items();
    expect(shown).toMatch(/^Feedback op .*, voor Student 02\n+Over de hele opdracht\n+Een sterk begin\.\n/);
    expect(shown).toContain('Jouw antwoord\nAntwoord 2.\nFeedback\nGoed gezien, Student 02.');
    const stored = await student.page.evaluate((key) => localStorage.getItem(key), storeKey);
    await viewer.open(hostileFiles[0]!.name, hostile);
    await expect(viewer.status().textContent()).resolves.toMatch(/^Dit is geen JSON-bestand/);
    await expect(viewer.items()).resolves.toEqual([shown]);
    await expect(student.page.evaluate((key) => localStorage.getItem(key), storeKey)).resolves.toBe(stored);
    expect(await ranMarkup(student.page)).toBe(false);
    expect(await axeInBothThemes(student.page)).toEqual({ light: [], dark: [] });
    expect(student.errors).toEqual([]);
  });

  it('in English, by keyboard: the same round, and the student opens the file on the assignment page', async () => {
    const { page, errors } = await offlineBuilder('en/opdracht-samenstellen/');
    const builder = new AssignmentBuilder(page);
    await builder.type('Title', 'Week 4 <i>reading</i>');
    await builder.module('Four forms of teacher leadership').press('Space');
    await builder.item('Four forms of teacher leadership', /^What would have to change/).press('Space');
    await builder.module('The paradox of formal roles').press('Space');
    const link = await builder.link().inputValue();
    expect(link).toMatch(/\/en\/opdracht\/#a=/);
    await page.getByRole('link', { name: /^Open the class overview of this assignment/ }).press('Enter');
    await page.waitForURL(/\/en\/klasoverzicht\/#a=/);
    const overview = new ClassOverview(page);
    const handIns = thirtyHandIns(link, await overview.catalogue(), '/en');
    await pickByKeyboard(page, page.getByLabel('Choose the handed-in JSON files'), [
      ...handIns,
      ...hostileFiles,
    ]);
    await expect
      .poll(() => overview.status().textContent(), { timeout: 15_000 })
      .toBe('Files read: 30; students: 30; set apart: 0; refused: 2.');
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });
    // Chosen by keyboard above; this second choice goes straight into the field (Chromium's file
    // dialog, opened a second time by a key while the page is busy, sometimes never comes).
    await overview.pick(hostileFiles);
    await expect
      .poll(() => overview.status().textContent(), { timeout: 15_000 })
      .toMatch(
        /^None of these files is a handed-in file of this assignment .*, so the overview has not changed\.$/,
      );
    await expect(overview.rows().count()).resolves.toBe(30);

    // Reading by question and by student with the arrow keys in the two choices.
    await page.getByLabel('Question or exercise').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('[data-question-text]').textContent()).resolves.toMatch(
      /^Four forms .*: Do you know an initiator/,
    );
    await expect(page.locator('[data-question-answers] article').count()).resolves.toBe(30);
    await page.getByLabel('Student', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Student', { exact: true }).inputValue()).resolves.toBe(studentName(2));
    await page
      .getByLabel(/^Your feedback on: /)
      .first()
      .focus();
    await page.keyboard.type('Well spotted.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('And the next step?');
    await page.getByLabel('Your feedback on the whole assignment').focus();
    await page.keyboard.type('A strong start.');
    await page.keyboard.press('Tab');
    await expect(overview.status().textContent()).resolves.toBe('Your feedback is kept in this browser.');
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });

    const csv = await downloaded(page, overview.button('CSV (.csv)'), 'keyboard');
    expect(csv.content.toString('utf8').slice(1).split('\r\n')[0]).toMatch(/^Student;Items done;/);
    expect(csv.content.toString('utf8').split('\r\n')).toHaveLength(32);
    const one = await downloaded(page, overview.button('Download this student’s feedback file'), 'keyboard');
    const all = await downloaded(
      page,
      overview.button(/^Download every student’s feedback file/),
      'keyboard',
    );
    expect(Object.keys(unzipSync(new Uint8Array(all.content)))).toEqual([
      expect.stringMatching(/^feedback-student-02-/),
    ]);
    expect(errors).toEqual([]);

    const student = await openPage(browser, `en/opdracht/${new URL(link).hash}`, {
      storage: storeWith(classAnswers(2, '/en')),
    });
    const viewer = new FeedbackViewer(student.page);
    await pickByKeyboard(student.page, student.page.getByLabel(/^Open a feedback file/), [
      { name: one.name, text: one.content.toString('utf8') },
    ]);
    await expect
      .poll(() => viewer.status().textContent(), { timeout: 15_000 })
      .toBe('The feedback on Week 4 <i>reading</i> is open and kept in this browser.');
    const [shown] = await viewer.items();
    expect(shown).toContain('Your answer\nAntwoord 2.\nFeedback\nWell spotted.');
    expect(shown).toMatch(
      /^Feedback on Week 4 <i>reading<\/i>, for Student 02\n+On the whole assignment\n+A strong start\.\n/,
    );
    expect(shown).toContain(
      'Your answer\nJa, een collega die de leesclub begon.\nFeedback\nAnd the next step?',
    );
    expect(await ranMarkup(student.page)).toBe(false);
    expect(await axeInBothThemes(student.page)).toEqual({ light: [], dark: [] });
    expect(student.errors).toEqual([]);
  });
});
