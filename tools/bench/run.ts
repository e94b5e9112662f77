// npm run bench: measures the built site and writes docs/performance.md.
//   --no-build  reuse dist/ instead of building first
//   --quick     skip the build with 1,000 generated modules
//   --mijn-werk only Mijn werk with 5,000 answers, on dist/ as it is; rewrites that section alone
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
import { mijnWerkHeading, mijnWerkSection } from './mijn-werk-report.ts';
import { performanceReport } from './report.ts';
import { measureSearchLatency } from './search-latency.ts';

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

const site = await serveStatic(outDir);
const browser = await launchBrowser();
const machine = describeMachine(browser.version());

log('page weight…');
const weigh = (path: string) => measurePageWeight(browser, site.url, path);
const baseline = await weigh('404.html');
const modules: PageWeight[] = [];
for (const path of builtPages(outDir).filter((page) => /^modules\/[^/]+\/$/.test(page)))
  modules.push(await weigh(path));
const most = (pages: PageWeight[], measure: (page: PageWeight) => number) =>
  pages.reduce((a, b) => (measure(b) > measure(a) ? b : a));
const textModule = most(modules, (page) => -page.js.raw);
const widgetModule = most(modules, (page) => page.js.raw);
const longestModule = most(modules, (page) => page.html.raw);
// Every module ends with reflection questions (a widget); the site's pages without any widget are these.
const textPages: PageWeight[] = [];
for (const path of builtPages(outDir).filter(
  (page) => !/^(en\/|modules\/|mijn-werk|opdracht|klasoverzicht|404)/.test(page) && page !== '',
)) {
  textPages.push(await weigh(path));
}
const pages = [
  { label: 'home', textPage: true, weight: await weigh('') },
  { label: 'heaviest text page', textPage: true, weight: most(textPages, (page) => page.js.raw) },
  { label: 'text module', textPage: true, weight: textModule },
  { label: 'widget module', textPage: false, weight: widgetModule },
  { label: 'Mijn werk', textPage: false, weight: await weigh('mijn-werk/') },
];
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
log('class overview…');
const classOverview = await measureClassOverview(browser, site.url, [30, 200], 3);
log('Mijn werk with 5,000 answers…');
const mijnWerk = await measureMijnWerk(browser, site.url, outDir, mijnWerkRuns);
await browser.close();

const lighthousePages = [
  { label: 'home', path: '' },
  { label: 'longest module', path: longestModule.path },
  { label: 'widget module', path: widgetModule.path },
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
    classOverview,
    mijnWerk,
    builds,
  }),
);
log('wrote docs/performance.md');
