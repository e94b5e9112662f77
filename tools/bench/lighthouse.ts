import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRun {
  url: string;
  /** 0–100 per category; null when Lighthouse could not score it. */
  scores: Record<(typeof lighthouseCategories)[number], number | null>;
  /** Milliseconds, except CLS (unitless). */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number };
  /** Audits that count towards a category's score and did not pass, by category. */
  failing: { category: string; title: string; score: number }[];
  /** Performance diagnostics that found something to save (they do not count towards the score). */
  opportunities: { title: string; displayValue: string }[];
  /** Audits Lighthouse could not run, with its message. */
  errors: { title: string; message: string }[];
  /** Every URL the page or Lighthouse requested from another origin than the site's. */
  otherOrigins: string[];
  /** Lighthouse's measure of how fast this machine is (below 1300 it warns that scores will be lower). */
  benchmarkIndex: number;
  warnings: string[];
  lighthouseVersion: string;
}

/** The flags that keep Chromium from calling home (which this network refuses), as in tests/support/browser.ts. */
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/**
 * Lighthouse (mobile, its default) `runs` times on `url`, each on a fresh Chromium, and the
 * run Lighthouse itself calls the median (closest to the median FCP and TTI), since one run
 * varies a lot on a busy machine. A run that fails to record (Lighthouse's own advice for
 * errors such as NO_NAVSTART is to run again) is tried once more.
 */
export async function runLighthouse(url: string, runs: number): Promise<LighthouseRun> {
  const results: Result[] = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(url).catch(() => runOnce(url)));
  return summarise(computeMedianRun(results));
}

async function runOnce(url: string): Promise<Result> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...lighthouseCategories],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError)
      throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

function summarise(lhr: Result): LighthouseRun {
  const audit = (id: string) => lhr.audits[id]!;
  const score = (category: string) => {
    const value = lhr.categories[category]?.score;
    return value === null || value === undefined ? null : Math.round(value * 100);
  };
  const failing = lighthouseCategories.flatMap((category) =>
    lhr.categories[category]!.auditRefs.filter(
      (ref) => ref.weight > 0 && audit(ref.id).score !== null && audit(ref.id).score! < 1,
    ).map((ref) => ({ category, title: audit(ref.id).title, score: audit(ref.id).score! })),
  );
  const opportunities = lhr.categories
    .performance!.auditRefs.filter(
      (ref) =>
        ref.weight === 0 && audit(ref.id).scoreDisplayMode === 'metricSavings' && audit(ref.id).score! < 1,
    )
    .map((ref) => ({ title: audit(ref.id).title, displayValue: audit(ref.id).displayValue ?? '' }));
  const errors = Object.values(lhr.audits)
    .filter((result) => result.scoreDisplayMode === 'error')
    .map((result) => ({ title: result.title, message: result.errorMessage ?? '' }));
  const origin = new URL(lhr.finalDisplayedUrl).origin;
  const requests =
    (audit('network-requests').details as { items?: { url: string }[] } | undefined)?.items ?? [];
  return {
    url: lhr.finalDisplayedUrl,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    metrics: {
      fcp: audit('first-contentful-paint').numericValue!,
      lcp: audit('largest-contentful-paint').numericValue!,
      tbt: audit('total-blocking-time').numericValue!,
      cls: audit('cumulative-layout-shift').numericValue!,
    },
    failing,
    opportunities,
    errors,
    otherOrigins: requests
      .map((request) => request.url)
      .filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    warnings: lhr.runWarnings,
    lighthouseVersion: lhr.lighthouseVersion,
  };
}
