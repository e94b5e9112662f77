import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/fixtures';
import {
  classAnswers,
  classAssignment,
  classUploads,
  openClassOverview,
  studentName,
} from './support/klasoverzicht';
import { FeedbackViewer } from './support/feedback';
import { axeInBothThemes, openPage, storeKey } from './support/widget-page';
import { storeWith } from './support/seeded-store';
import { encodeAssignment } from '../../src/features/assignments/assignment-link';

// Feedback from the educator (written on the class overview) to the student (on Mijn werk and the assignment page).
const browser = useBrowser();

describe('feedback from the educator to the student', () => {
  it('is written by keyboard, downloaded, opened by the student beside their answers, replaced, refused when hostile, removed', async () => {
    const { overview, page } = await openClassOverview(browser);
    const catalogue = await overview.catalogue();
    await overview.choose(classUploads(catalogue).slice(0, 2));
    await page.getByLabel('Student', { exact: true }).selectOption(studentName(1));
    const hostile = '<img src=x onerror="document.title=`hacked`">';
    await page
      .getByLabel(/^Jouw feedback op: /)
      .first()
      .focus();
    await page.keyboard.type('Goed gezien.');
    await page.keyboard.press('Tab');
    await page.keyboard.type(`Waarom in het midden? ${hostile}`);
    await page.keyboard.press('Tab');
    await expect(overview.status().textContent()).resolves.toBe('Je feedback is bewaard in deze browser.');
    await page.keyboard.type('Een sterk begin.');
    await page.keyboard.press('Tab');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(
      /^feedback-klas-b-opdracht-b-student-01-\d{4}-\d{2}-\d{2}\.json$/,
    );
    const file = await readFile((await download.path())!, 'utf8');
    expect(JSON.parse(file)).toMatchObject({
      format: 'leiderschap-van-leraren/feedback',
      assignment: encodeAssignment(classAssignment),
      lang: 'nl',
      student: studentName(1),
      note: 'Een sterk begin.',
    });
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });

    // The student, in their own browser with their own answers.
    const student = await openPage(browser, 'mijn-werk/', { storage: storeWith(classAnswers(1)) });
    const viewer = new FeedbackViewer(student.page);
    await expect(
      viewer.region().getByText('Je hebt nog geen feedbackbestand geopend.').isVisible(),
    ).resolves.toBe(true);
    await viewer.open('feedback.json', file);
    await expect(viewer.status().textContent()).resolves.toBe(
      'De feedback op Klas <b>opdracht</b> is geopend en bewaard in deze browser.',
    );
    const items = await viewer.items();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(
      /^Feedback op Klas <b>opdracht<\/b>, voor Student 01\n+Over de hele opdracht\n+Een sterk begin\.\n/,
    );
    expect(items[0]).toContain('Jouw antwoord\nAntwoord 1.\nFeedback\nGoed gezien.');
    expect(items[0]).toContain(`Jouw antwoord\nIn het midden.\nFeedback\nWaarom in het midden? ${hostile}`);
    await expect(student.page.locator('main img[src="x"]').count()).resolves.toBe(0);

    await viewer.open('feedback.json', file);
    await expect(viewer.status().textContent()).resolves.toMatch(
      /^Je had deze feedback op .* al geopend: die is nu vervangen/,
    );
    await expect(viewer.items()).resolves.toHaveLength(1);
    const stored = await student.page.evaluate((key) => localStorage.getItem(key), storeKey);
    const damaged = { ...JSON.parse(file), items: { 'de-paradox#9': { prompt: 'x', text: 'y' } } };
    await viewer.open('feedback.json', JSON.stringify(damaged));
    await expect(viewer.status().textContent()).resolves.toMatch(
      /^Dit feedbackbestand is beschadigd of aangepast\./,
    );
    await viewer.open('antwoorden.json', '{"format": "leiderschap-van-leraren/antwoorden", "version": 2}');
    await expect(viewer.status().textContent()).resolves.toMatch(
      /^Dit is geen feedbackbestand van deze site\./,
    );
    await expect(student.page.evaluate((key) => localStorage.getItem(key), storeKey)).resolves.toBe(stored);
    expect(await axeInBothThemes(student.page)).toEqual({ light: [], dark: [] });

    // Kept in this browser: the assignment page, opened afresh, shows it too, and opens only its own assignment's feedback.
    await student.page.goto(
      new URL(`../opdracht/#a=${encodeAssignment(classAssignment)}`, student.page.url()).href,
    );
    const onAssignment = new FeedbackViewer(student.page);
    await expect(onAssignment.items()).resolves.toEqual(items);
    const other = {
      ...JSON.parse(file),
      assignment: encodeAssignment({ ...classAssignment, title: 'Andere' }),
    };
    await onAssignment.open('andere.json', JSON.stringify(other));
    await expect(onAssignment.status().textContent()).resolves.toMatch(
      /^Dit feedbackbestand hoort bij een andere opdracht\./,
    );
    await onAssignment.region().getByRole('button', { name: 'Deze feedback verwijderen' }).press('Enter');
    await expect(onAssignment.status().textContent()).resolves.toBe(
      'De feedback is verwijderd uit deze browser. Je antwoorden zijn er nog.',
    );
    await expect(onAssignment.items()).resolves.toEqual([]);
    const left = await student.page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key)!).answers,
      storeKey,
    );
    expect(Object.keys(left).sort()).toEqual(Object.keys(classAnswers(1)).sort());
    expect(student.errors).toEqual([]);
  });
});
