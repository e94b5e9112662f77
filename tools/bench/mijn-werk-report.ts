import { cpus } from 'node:os';
import { atMost, median } from './bench-stats.ts';
import { markdownTable, ms, verdictText } from './markdown-table.ts';
import { manyAnswers, type MainThread, type MijnWerkBench } from './mijn-werk.ts';

/** Issue 15: Mijn werk with 5,000 answers has no main-thread task over 200 ms on load, import or delete. */
export const mijnWerkTaskLimit = 200;

/** The heading of Mijn werk's section, which `npm run bench -- --mijn-werk` rewrites alone. */
export const mijnWerkHeading = `## 6. Mijn werk with ${manyAnswers.toLocaleString('en')} answers`;

/**
 * This bench on the code before Mijn werk was made to cope with thousands of answers (commit
 * 4ce2f62: every redraw rebuilt the whole list, every change parsed the whole store again), run
 * once, beside the first run of the faster code: what the figures are compared with. Medians of
 * 3 runs, in milliseconds.
 */
const before: { commit: string; date: string; loadAverage: number; actions: Record<string, MainThread> } = {
  commit: '4ce2f62',
  date: '2026-12-01',
  loadAverage: 7.6,
  actions: {
    load: { longest: 4558, blocking: 4508 },
    'delete one answer': { longest: 3390, blocking: 3413 },
    'delete all, then undo': { longest: 3784, blocking: 4466 },
    'import into an empty store': { longest: 4352, blocking: 4519 },
    'import over the full store': { longest: 7499, blocking: 8341 },
  },
};

const many = manyAnswers.toLocaleString('en');

/** Section 6, measured on `date`. */
export function mijnWerkSection({ actions, loadAverage }: MijnWerkBench, date: string): string {
  const medianOf = (runs: MainThread[], pick: (run: MainThread) => number) => median(runs.map(pick));
  const earlier = (action: string) => {
    const figures = before.actions[action];
    return figures ? `${ms(figures.longest)} (${ms(figures.blocking)})` : '–';
  };
  return `${mijnWerkHeading}

Measured on ${date}. In Chromium, \`/mijn-werk/\` with ${many} answers in localStorage, as the widgets store
them (\`tests/support/large-store.ts\`: about 60 pages, answers of 50 to 2,000 characters, most
short, 4.9 million characters in all, near what localStorage holds), each run on a fresh page.
A \`PerformanceObserver\` for \`longtask\` (buffered, set up before the page's scripts) records every
task of 50 ms or more, from the start of the action until the list shows what it should (and half
a second more): the load (from navigation); deleting one answer (its button, then "Ja, verwijderen");
deleting all (the button, then the dialog's confirm) and its undo; importing a file of
${many} answers into an empty store, and then a file that changes each of them (from the file
field's \`change\` through the confirm button). Total blocking time is the sum of each task's time
over 50 ms. Figures are the median of the runs. The machine's one-minute load average was
${loadAverage.toFixed(1)} during the runs (on ${cpus().length} cores): above the number of cores, other work was
waiting for them, and every task took longer than on an idle machine. "Before" is the same bench
on the code before this work (commit ${before.commit}, run on ${before.date} at a load average of ${before.loadAverage.toFixed(1)}).

${markdownTable(
  ['action', 'runs', 'longest task', 'total blocking time', 'before: longest (blocking)', 'target'],
  actions.map(({ action, runs }) => {
    const longest = medianOf(runs, (run) => run.longest);
    return [
      action,
      runs.length,
      ms(longest),
      ms(medianOf(runs, (run) => run.blocking)),
      earlier(action),
      `no task > ${ms(mijnWerkTaskLimit)}: ${verdictText(atMost(longest, mijnWerkTaskLimit))}`,
    ];
  }),
)}`;
}
