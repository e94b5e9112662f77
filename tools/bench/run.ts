// npm run bench: measures the built site and writes docs/performance.md.
//   --no-build  reuse dist/ instead of building first
//   --quick     skip the build with 1,000 generated modules
//   --mijn-werk only Mijn werk with 5,000 answers, on dist/ as it is; rewrites that section alone
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from '../../tests/support/browser.ts';
import { builtPages } from '../../tests/support/built-pages.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { measureBuildTimes, timeAstroBuild } from './build-time.ts';
import { measureClassOverview } from './class-overview.ts';
import { replaceSection } from './markdown-table.ts';
import { measureMijnWerk } from './mijn-werk.ts';
import { runLighthouse } from './lighthouse.ts';
import { describeMachine } from './machine.ts';
import { measurePageWeight, type PageWeight } from './page-weight.ts';
import { measurePrecache } from './precache.ts';
import { buildPlainStarlight, plainStarlightPage } from './plain-starlight.ts';
import { mijnWerkHeading, mijnWerkSection } from './mijn-werk-report.ts';
import { performanceReport } from './report.ts';
import { measureSearchLatency } from './search-latency.ts';
import { measureFirstQuery } from './first-query.ts';

const options = new Set(process.argv.slice(2));
const log = (line: string) => console.error(`[bench] ${line}`);
const root = process.cwd();
const outDir = resolve('dist');
const lighthouseRuns = 3;
const searchQueries = 20;
const mijnWerkRuns = 3;
const today = new Date().toISOString().slice(0, 10);

if (options.has('--mijn-werk')) {
  const site = await serveStatic(outDir);
  const browser = await launchBrowser();
  log('Mijn werk with 5,000 answers…');
  const mijnWerk = await measureMijnWerk(browser, site.url, outDir, mijnWerkRuns);
  await browser.close();
  await site.close();
  const report = readFileSync('docs/performance.md', 'utf8');
  writeFileSync(
    'docs/performance.md',
    replaceSection(report, mijnWerkHeading, mijnWerkSection(mijnWerk, today)),
  );
  log('rewrote the Mijn werk section of docs/performance.md');
  process.exit(0);
}

if (!options.has('--no-build')) {
  log('astro build…');
  await timeAstroBuild(root);
}

log('plain Starlight (the baseline)…');
const plainDir = buildPlainStarlight();
const plainSite = await serveStatic(plainDir);
const site = await serveStatic(outDir);
const browser = await launchBrowser();
const machine = describeMachine(browser.version());

log('page weight…');
const baseline = await measurePageWeight(browser, plainSite.url, plainStarlightPage);
await plainSite.close();
rmSync(plainDir, { recursive: true, force: true });
const weigh = (path: string) => measurePageWeight(browser, site.url, path);
const modules: PageWeight[] = [];
for (const path of builtPages(outDir).filter((page) => /^modules\/[^/]+\/$/.test(page)))
  modules.push(await weigh(path));
const most = (pages: PageWeight[], measure: (page: PageWeight) => number) =>
  pages.reduce((a, b) => (measure(b) > measure(a) ? b : a));
const textModule = most(modules, (page) => -page.js.gzip);
const longestModule = most(modules, (page) => page.html.raw);
// The whole pages built around a widget: Mijn werk, the assignment pages, the class overview, the team profile.
const featurePage = /^(mijn-werk|opdracht|opdracht-samenstellen|klasoverzicht|teamprofiel)\/$/;
const featurePages: PageWeight[] = [];
for (const path of builtPages(outDir).filter((page) => featurePage.test(page)))
  featurePages.push(await weigh(path));
const widgetPage = most([...modules, ...featurePages], (page) => page.js.gzip);
// Every module ends with reflection questions (a widget); the site's pages without any widget are these.
const textPages: PageWeight[] = [];
for (const path of builtPages(outDir).filter(
  (page) => !/^(en\/|modules\/|404)/.test(page) && !featurePage.test(page) && page !== '',
)) {
  textPages.push(await weigh(path));
}
const pages = [
  { label: 'home', kind: 'text', weight: await weigh('') },
  { label: 'heaviest text page', kind: 'text', weight: most(textPages, (page) => page.js.gzip) },
  { label: 'lightest module', kind: 'module', weight: textModule },
  { label: 'heaviest widget page', kind: 'widget', weight: widgetPage },
  { label: 'Mijn werk', kind: 'widget', weight: featurePages.find((page) => page.path === 'mijn-werk/')! },
] as const;
const precache = await measurePrecache(browser, site.url, outDir);

log('search latency…');
const search = [
  await measureSearchLatency(
    browser,
    site.url,
    '',
    ['leiderschap', 'gespreid', 'onderzoekscultuur', 'schoolleider'],
    searchQueries,
  ),
  await measureSearchLatency(
    browser,
    site.url,
    'en/',
    ['teacher leadership', 'distributed', 'research culture', 'school leader'],
    searchQueries,
  ),
];
const firstQuery = { path: '', query: 'schoolleider' };
log('first query through the search dialog…');
const firstQueryTimings = {
  ...firstQuery,
  settled: await measureFirstQuery(
    browser,
    site.url,
    firstQuery.path,
    firstQuery.query,
    searchQueries,
    false,
  ),
  atOnce: await measureFirstQuery(browser, site.url, firstQuery.path, firstQuery.query, searchQueries, true),
};
log('class overview…');
const classOverview = await measureClassOverview(browser, site.url, [30, 200], 3);
log('Mijn werk with 5,000 answers…');
const mijnWerk = await measureMijnWerk(browser, site.url, outDir, mijnWerkRuns);
await browser.close();

const lighthousePages = [
  { label: 'home', path: '' },
  { label: 'longest module', path: longestModule.path },
  { label: 'heaviest widget page', path: widgetPage.path },
];
const lighthouse = [];
for (const { label, path } of lighthousePages) {
  log(`Lighthouse: ${label} (/${path}), ${lighthouseRuns} runs…`);
  lighthouse.push({ label, run: await runLighthouse(new URL(path, site.url).href, lighthouseRuns) });
}
await site.close();

const builds = await measureBuildTimes(root, options.has('--quick') ? [0, 250] : [0, 250, 1000], log);

mkdirSync('docs', { recursive: true });
writeFileSync(
  'docs/performance.md',
  performanceReport({
    date: today,
    machine,
    baseline,
    pages,
    precache,
    lighthouse,
    lighthouseRuns,
    search,
    firstQuery: firstQueryTimings,
    classOverview,
    mijnWerk,
    builds,
  }),
);
log('wrote docs/performance.md');
