import type { Browser } from 'playwright-core';
import type { Assignment, Catalogue } from '../../src/features/assignments/assignment.ts';
import type { SavedAnswer } from '../../src/lib/store-data.ts';

export interface ClassOverviewTimings {
  files: number;
  /** Milliseconds per run, from the file field's change until the table shows a row per student. */
  timings: number[];
}

/** Four modules with every one of their reflection questions and exercises: a full term's assignment. */
function termAssignment(catalogue: Catalogue): Assignment {
  return {
    title: 'Bench',
    instructions: '',
    due: null,
    modules: catalogue.slice(0, 4).map((module) => ({
      slug: module.slug,
      questions: module.questions.map((question) => question.id),
      widgets: module.widgets.map((widget) => widget.id),
    })),
  };
}

/** Student `n`'s hand-in: every question answered in about 600 characters. */
function handIn(assignment: Assignment, catalogue: Catalogue, n: number) {
  const text = `Student ${n}: ${'een antwoord van enige lengte, '.repeat(20)}`;
  const answers: Record<string, SavedAnswer> = {};
  for (const chosen of assignment.modules) {
    const module = catalogue.find((candidate) => candidate.slug === chosen.slug)!;
    for (const question of module.questions)
      answers[question.id] = {
        value: text,
        text,
        savedAt: '2026-11-20T10:00:00.000Z',
        page: module.path,
        prompt: question.text,
        widget: 'reflectie-vragen',
      };
  }
  // The hand-in format of src/features/assignment-page/assignment-hand-in.ts, written out here
  // because plain Node cannot load the site's modules (their imports name no extension). Should
  // the format change, the page refuses these files and the wait for the rows times out.
  const file = {
    format: 'leiderschap-van-leraren/antwoorden',
    version: 2,
    exportedAt: '2026-11-20T12:00:00.000Z',
    answers,
    visits: {},
    assignment,
    student: `Student ${n}`,
  };
  return {
    name: `opdracht-bench-student-${n}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file, null, 2)),
  };
}

/**
 * Times the class overview (`/klasoverzicht/`) as a teacher educator uses it: for each count,
 * that many hand-in files chosen at once in the file field, `runs` times on a fresh page, from
 * the choice until the table shows one row per student.
 */
export async function measureClassOverview(
  browser: Browser,
  siteUrl: string,
  counts: number[],
  runs: number,
): Promise<ClassOverviewTimings[]> {
  const results: ClassOverviewTimings[] = [];
  for (const files of counts) {
    const timings: number[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(new URL('klasoverzicht/', siteUrl).href);
      const catalogue: Catalogue = JSON.parse(
        (await page.locator('klas-overzicht').getAttribute('data-catalogue')) ?? '[]',
      );
      const assignment = termAssignment(catalogue);
      const uploads = Array.from({ length: files }, (_, index) => handIn(assignment, catalogue, index + 1));
      // Timed in the page, from the file field's `change` (the reader's choice made) until the
      // rows are there, so that Playwright's copying of the files into the browser is left out.
      await page.evaluate(() => {
        const field = document.querySelector('klas-overzicht input[type="file"]')!;
        field.addEventListener(
          'change',
          () => ((window as { chosenAt?: number }).chosenAt = performance.now()),
          {
            capture: true,
            once: true,
          },
        );
      });
      await page.locator('klas-overzicht input[type="file"]').setInputFiles(uploads);
      const shownAt = await page.waitForFunction(
        (count) =>
          document.querySelectorAll('klas-overzicht table tbody tr').length === count && performance.now(),
        files,
        { polling: 'raf' },
      );
      const chosenAt = await page.evaluate(() => (window as { chosenAt?: number }).chosenAt ?? NaN);
      timings.push(((await shownAt.jsonValue()) as number) - chosenAt);
      await context.close();
    }
    results.push({ files, timings });
  }
  return results;
}
