import type { Browser, BrowserContext, BrowserContextOptions, Disposable, Page } from 'playwright-core';

/**
 * Browser contexts handed to test after test, each time as a fresh one would be: no pages, no
 * stored data in any origin it visited, none of the last test's init scripts, routes, listeners,
 * cookies or permissions, and online.
 *
 * Why: a fresh context costs the browser about a second of processor time that a reused one
 * does not (its own profile, network state and empty caches), and the suite opens several
 * hundred; on a two-core machine that was minutes of every run. What a reused context keeps is
 * its HTTP cache, which holds only the built site's files, as a returning reader's does.
 *
 * A context whose state cannot be undone (an exposed function, a fake clock, tracing,
 * credentials, a geolocation) is closed for good instead of handed out again. Contexts with
 * service workers are never pooled: a worker's caches and registration are what those tests
 * are about.
 */
export class ContextPool {
  readonly #free = new Map<string, BrowserContext[]>();
  readonly #lent = new Map<BrowserContext, Loan>();
  /** Every context the pool made and has not closed, with what the pool keeps of it. */
  readonly #made = new Map<BrowserContext, Made>();
  /** The pages the pool wrapped (see `#track`), so that each is wrapped once. */
  readonly #tracked = new WeakSet<Page>();

  readonly #browser: Browser;

  constructor(browser: Browser) {
    this.#browser = browser;
  }

  /** A context with `options`, reused if one is free, made otherwise. */
  async acquire(options: BrowserContextOptions, prepare: (context: BrowserContext) => Promise<void>) {
    const key = JSON.stringify(options);
    const context = this.#free.get(key)?.pop() ?? (await this.#make(options, prepare));
    this.#lent.set(context, {
      key,
      undo: [],
      origins: new Set(),
      tainted: false,
      emulatedTabs: new Set(),
      taintedTabs: new Set(),
    });
    return context;
  }

  /** Whether the pool made `context` (and so closes it itself). */
  owns(context: BrowserContext) {
    return this.#made.has(context);
  }

  /** Every context lent since the last call, reset and free again (or closed, if it cannot be reset). */
  async releaseAll() {
    await Promise.all([...this.#lent.keys()].map((context) => this.#release(context)));
  }

  async closeAll() {
    await Promise.all([...this.#made.values()].map(({ closeForGood }) => closeForGood()));
    this.#free.clear();
    this.#lent.clear();
    this.#made.clear();
  }

  async #make(options: BrowserContextOptions, prepare: (context: BrowserContext) => Promise<void>) {
    const context = await this.#browser.newContext(options);
    await prepare(context);
    const closeForGood = context.close.bind(context);
    const loan = () => this.#lent.get(context);
    // A test that closes its context gets what closing gives it (its pages gone), and the
    // context goes back to the pool.
    context.close = () => this.#release(context);
    context.on('request', (request) => {
      const { protocol, origin } = new URL(request.url());
      if (protocol === 'http:' || protocol === 'https:') loan()?.origins.add(origin);
    });
    const addInitScript = context.addInitScript.bind(context);
    context.addInitScript = async (...args: Parameters<BrowserContext['addInitScript']>) => {
      const script = await addInitScript(...args);
      loan()?.undo.push(script);
      return script;
    };
    recordListeners(context, (undo) => loan()?.undo.push(undo));
    const taint =
      <Args extends unknown[], Result>(run: (...args: Args) => Result) =>
      (...args: Args) => {
        const current = loan();
        if (current) current.tainted = true;
        return run(...args);
      };
    context.exposeBinding = taint(context.exposeBinding.bind(context));
    context.exposeFunction = taint(context.exposeFunction.bind(context));
    context.setGeolocation = taint(context.setGeolocation.bind(context));
    context.setHTTPCredentials = taint(context.setHTTPCredentials.bind(context));
    context.tracing.start = taint(context.tracing.start.bind(context.tracing));
    const { clock } = context;
    clock.install = taint(clock.install.bind(clock));
    clock.setFixedTime = taint(clock.setFixedTime.bind(clock));
    clock.setSystemTime = taint(clock.setSystemTime.bind(clock));
    clock.pauseAt = taint(clock.pauseAt.bind(clock));
    // A blank tab that stays open, unseen by the tests: the browser clears a site's storage on
    // behalf of a page, and navigating a tab of the site away to clear from it cost as much as a
    // new context.
    const janitor = await context.newPage();
    const made: Made = { closeForGood, janitor, spare: null, options };
    this.#made.set(context, made);
    const pages = context.pages.bind(context);
    context.pages = () => pages().filter((page) => page !== janitor && page !== made.spare);
    // The last test's first tab, reset, is the next test's first new tab: a new tab cost the
    // browser twice the processor time of a page opened in a tab it had already.
    const newPage = context.newPage.bind(context);
    context.newPage = async () => {
      const { spare } = made;
      made.spare = null;
      if (spare && !spare.isClosed()) return spare;
      return this.#track(await newPage());
    };
    return context;
  }

  /** Wraps what a test may do to `page` so that it can be undone, or the page closed instead (see `#keepTab`). */
  #track(page: Page): Page {
    if (this.#tracked.has(page)) return page;
    this.#tracked.add(page);
    const loan = () => this.#lent.get(page.context());
    recordListeners(page, (undo) => loan()?.undo.push(undo));
    const addInitScript = page.addInitScript.bind(page);
    page.addInitScript = async (...args: Parameters<Page['addInitScript']>) => {
      const script = await addInitScript(...args);
      loan()?.undo.push(script);
      return script;
    };
    const mark =
      <Args extends unknown[], Result>(
        what: 'emulatedTabs' | 'taintedTabs',
        run: (...args: Args) => Result,
      ) =>
      (...args: Args) => {
        loan()?.[what].add(page);
        return run(...args);
      };
    page.emulateMedia = mark('emulatedTabs', page.emulateMedia.bind(page));
    page.setViewportSize = mark('emulatedTabs', page.setViewportSize.bind(page));
    page.setExtraHTTPHeaders = mark('emulatedTabs', page.setExtraHTTPHeaders.bind(page));
    page.exposeBinding = mark('taintedTabs', page.exposeBinding.bind(page));
    page.exposeFunction = mark('taintedTabs', page.exposeFunction.bind(page));
    return page;
  }

  async #release(context: BrowserContext) {
    const loan = this.#lent.get(context);
    if (!loan) return;
    this.#lent.delete(context);
    if (!loan.tainted) {
      try {
        await withinMs(15_000, this.#reset(context, loan));
        this.#free.set(loan.key, [...(this.#free.get(loan.key) ?? []), context]);
        return;
      } catch {
        // One that cannot be reset (a page that hangs as it closes, say) is closed instead.
      }
    }
    const { closeForGood } = this.#made.get(context)!;
    this.#made.delete(context);
    await closeForGood();
  }

  async #reset(context: BrowserContext, loan: Loan) {
    const made = this.#made.get(context)!;
    const [first, ...others] = context.pages();
    const keep = first && !loan.taintedTabs.has(first) ? first : null;
    await Promise.all([...(keep ? others : context.pages())].map((page) => page.close()));
    for (const undo of loan.undo.reverse()) await undo.dispose();
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    if (keep) await this.#keepTab(keep, loan, made.options);
    await Promise.all([
      context.setOffline(false),
      context.clearCookies(),
      context.clearPermissions(),
      context.setExtraHTTPHeaders({}),
    ]);
    // After the pages are closed, so that what a page saves as the reader leaves is cleared too.
    const session = await context.newCDPSession(made.janitor);
    for (const origin of loan.origins)
      await session.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    await session.detach();
    made.spare = keep;
  }

  /**
   * Readies the tab the next test will get as its first new one. It still shows the last
   * test's page, which the next test's first navigation replaces: that page is told the reader
   * leaves (`pagehide`, on which the site saves what is waiting) before storage is cleared,
   * its session storage is emptied, as a new tab's would be, and its address changed so
   * that the next test's first `goto` loads a page, never merely scrolls to a `#…` of this one. What the test set on the tab
   * is undone, and the pointer leaves the page (where it rests would otherwise hover over the
   * next page); a tab that got an exposed function is closed instead.
   */
  async #keepTab(page: Page, loan: Loan, options: BrowserContextOptions) {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    if (loan.emulatedTabs.has(page)) {
      await page.setViewportSize(options.viewport ?? { width: 1280, height: 720 });
      await page.setExtraHTTPHeaders({});
      await page.emulateMedia({
        media: null,
        colorScheme: options.colorScheme ?? null,
        reducedMotion: options.reducedMotion ?? null,
        forcedColors: options.forcedColors ?? null,
        contrast: options.contrast ?? null,
      });
    }
    await page.mouse.move(-1, -1);
    await page.evaluate(() => {
      dispatchEvent(new PageTransitionEvent('pagehide'));
      try {
        sessionStorage.clear();
      } catch {
        // A page without storage (about:blank, a blocked one) has none to clear.
      }
      // Going to this address again with another `#…` would only scroll, keeping the old page:
      // with a query of its own, any address the next test opens loads a new page.
      if (location.protocol.startsWith('http')) history.replaceState(null, '', '?tab-reused');
    });
  }
}

/** Makes `target`'s `on`, `once` and `addListener` hand `record` the way to take each listener off again. */
function recordListeners(target: BrowserContext | Page, record: (undo: Pick<Disposable, 'dispose'>) => void) {
  type Listen = (event: string, listener: () => void) => unknown;
  const off = (target.off as Listen).bind(target);
  for (const method of ['on', 'once', 'addListener'] as const) {
    const add = (target[method] as Listen).bind(target);
    Object.assign(target, {
      [method]: (event: string, listener: () => void) => {
        record({ dispose: async () => void off(event, listener) });
        return add(event, listener);
      },
    });
  }
}

/** What `work` gives, or a rejection if it is not done within `ms`. */
async function withinMs<Result>(ms: number, work: Promise<Result>): Promise<Result> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not done in ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** What a test did to a context it borrowed, to undo before the next test gets it. */
interface Loan {
  key: string;
  undo: Pick<Disposable, 'dispose'>[];
  origins: Set<string>;
  tainted: boolean;
  /** Tabs whose media, viewport or headers the test set. */
  emulatedTabs: Set<Page>;
  /** Tabs with state that cannot be undone (an exposed function). */
  taintedTabs: Set<Page>;
}

/** What the pool keeps of a context it made. */
interface Made {
  /** The context's own `close`, which the pool replaces with giving it back. */
  closeForGood: () => Promise<void>;
  /** A blank tab, kept open to clear storage from (see `#make`). */
  janitor: Page;
  /** The tab the next test's first `newPage` gets (see `#keepTab`). */
  spare: Page | null;
  options: BrowserContextOptions;
}
