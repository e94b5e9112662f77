/**
 * Issue 16: how much JavaScript (gzip, before any interaction) a page of each kind may load, as
 * a share of what a plain Starlight site's page loads (`plain-starlight.ts`). Text pages are
 * the ones without a widget (home, routes, glossary, sources, kits); every module ends with
 * the reflection questions; the widget page is the one with the most JavaScript.
 */
export const jsTargets = { text: 0.25, module: 0.4, widget: 0.6 } as const;

export type PageKind = keyof typeof jsTargets;

/**
 * What the plain Starlight page weighed in JavaScript (gzip) in the bench run of 2026-12-02:
 * the base of the size budget in `tests/build/js-budget.test.ts`, which reads the site's builds
 * but does not build plain Starlight. The bench weighs the baseline afresh in every run.
 */
export const plainStarlightJsGzip = 33_461;
