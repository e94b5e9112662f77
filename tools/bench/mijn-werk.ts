import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { answerPages, largeStoreAnswers } from '../../tests/support/large-store.ts';
import { builtPages } from '../../tests/support/built-pages.ts';

/** How many answers the reader has: the figure. */
export const manyAnswers = 5000;

/** What the main thread did during one action: its longest task and its total blocking time, in milliseconds. */
export interface MainThread {
  longest: number;
  blocking: number;
}

interface MijnWerkTimings {
  action: string;
  runs: MainThread[];
}

export interface MijnWerkBench {
  actions: MijnWerkTimings[];
  /** The machine's one-minute load average, the mean of its values at the start of each run: how busy its cores were with other work. */
  loadAverage: number;
}

interface LongTask {
  start: number;
  duration: number;
}

/** Keeps every long task of the page (50 ms or more, as the browser reports them) in `window.longTasks`. */
function recordLongTasks() {
  const tasks: LongTask[] = [];
  (window as unknown as { longTasks: LongTask[] }).longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** The long tasks since `from` (page time): the longest, and the total blocking time (each task's time over 50 ms). */
export function mainThread(tasks: readonly LongTask[], from: number): MainThread {
  const since = tasks.filter((task) => task.start >= from);
  return {
    longest: Math.max(0, ...since.map((task) => task.duration)),
    blocking: since.reduce((total, task) => total + Math.max(0, task.duration - 50), 0),
  };
}

const now = (page: Page) => page.evaluate(() => performance.now());

/** Waits until the list shows `count` answers, then a moment more, so that the browser reports the last long tasks. */
async function listed(page: Page, count: number) {
  await page.waitForFunction((n) => document.querySelectorAll('[data-answers] dt').length === n, count, {
    polling: 100,
    timeout: 120_000,
  });
  await page.waitForTimeout(500);
}

async function measured(page: Page, from: number): Promise<MainThread> {
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: LongTask[] }).longTasks);
  return mainThread(tasks, from);
}

/** Writes `answers` as `name` in `dir`, in the site's JSON export format (src/lib/answers-file.ts, which plain Node cannot load); returns its path. */
function answersFile(dir: string, name: string, answers: object) {
  const file = {
    format: 'leiderschap-van-leraren/antwoorden',
    version: 2,
    exportedAt: '2026-11-30T12:00:00.000Z',
    answers,
    visits: {},
  };
  // A file on disk, as a reader picks it: handed over as bytes, Playwright would build the
  // file inside the page, a long task of its own.
  const path = join(dir, name);
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
  return path;
}

/** Chooses `file` in the import field and confirms the plan; returns the page time of the choice. */
async function importFile(page: Page, file: string): Promise<number> {
  await page.evaluate(() =>
    document
      .querySelector('[data-import-file]')!
      .addEventListener('change', () => ((window as { chosenAt?: number }).chosenAt = performance.now()), {
        capture: true,
        once: true,
      }),
  );
  await page.locator('[data-import-file]').setInputFiles(file);
  await page.locator('[data-import-confirm]').click({ timeout: 120_000 });
  return page.evaluate(() => (window as { chosenAt?: number }).chosenAt ?? 0);
}

/**
 * Mijn werk with `manyAnswers` answers, on a fresh page per run: the long tasks of the load;
 * of deleting one answer (ask and confirm) and of deleting all and undoing it; and, starting
 * from an empty store, of importing a file of that many answers and then a second file that
 * changes every one of them (each through the file field and the confirm button).
 */
export async function measureMijnWerk(
  browser: Browser,
  siteUrl: string,
  outDir: string,
  runs: number,
): Promise<MijnWerkBench> {
  const answers = largeStoreAnswers(manyAnswers, answerPages(builtPages(outDir)));
  const store = JSON.stringify({ version: 2, answers, deleted: {}, visits: {} });
  const changed = largeStoreAnswers(manyAnswers, answerPages(builtPages(outDir)), 1);
  const url = new URL('mijn-werk/', siteUrl).href;
  const files = mkdtempSync(join(tmpdir(), 'bench-mijn-werk-'));
  const answersPath = answersFile(files, 'antwoorden.json', answers);
  const changedPath = answersFile(files, 'antwoorden-gewijzigd.json', changed);
  const results: Record<string, MainThread[]> = {
    load: [],
    'delete one answer': [],
    'delete all, then undo': [],
    'import into an empty store': [],
    'import over the full store': [],
  };
  const loads: number[] = [];
  for (let run = 0; run < runs; run++) {
    loads.push(loadavg()[0]!);
    const context = await browser.newContext();
    await context.addInitScript(recordLongTasks);
    const page = await context.newPage();
    await page.goto(new URL('404.html', siteUrl).href);
    await page.evaluate((text) => localStorage.setItem('leiderschap-van-leraren', text), store);
    await page.goto(url);
    await listed(page, manyAnswers);
    results['load']!.push(await measured(page, 0));

    // Found with the page's own querySelectorAll: Playwright's selector engine, walking 35,000
    // elements for `nth()`, would itself block the page for longer than what is measured.
    const tools = await page.evaluateHandle(
      (n) => document.querySelectorAll('[data-answers] .portfolio__answer-tools')[n]!,
      manyAnswers / 2,
    );
    let from = await now(page);
    await (await tools.$('button'))!.click();
    await (await tools.$('.widget-button--primary'))!.click();
    await listed(page, manyAnswers - 1);
    results['delete one answer']!.push(await measured(page, from));

    from = await now(page);
    await page.locator('[data-delete-all]').click();
    await page.locator('[data-dialog-confirm]').click();
    await listed(page, 0);
    await page.locator('[data-undo]').click();
    await listed(page, manyAnswers - 1);
    results['delete all, then undo']!.push(await measured(page, from));
    await context.close();

    const fresh = await browser.newContext();
    await fresh.addInitScript(recordLongTasks);
    const empty = await fresh.newPage();
    await empty.goto(url);
    from = await importFile(empty, answersPath);
    await listed(empty, manyAnswers);
    results['import into an empty store']!.push(await measured(empty, from));
    from = await importFile(empty, changedPath);
    // With the page's own querySelector: Playwright's text search walks every element in the
    // page's thread, and its long tasks would be counted as the import's.
    await empty.waitForFunction(
      () => document.querySelector('[data-answers] .portfolio__text')?.textContent?.startsWith('Versie 1.'),
      null,
      { polling: 100, timeout: 120_000 },
    );
    await listed(empty, manyAnswers);
    results['import over the full store']!.push(await measured(empty, from));
    await fresh.close();
  }
  rmSync(files, { recursive: true });
  return {
    actions: Object.entries(results).map(([action, timings]) => ({ action, runs: timings })),
    loadAverage: loads.reduce((sum, load) => sum + load, 0) / loads.length,
  };
}
