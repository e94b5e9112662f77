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
  /**
   * Every context the pool made and has not closed: its own `close` (which the pool replaces
   * with giving it back) and its blank tab, kept open to clear storage from (see `#make`).
   */
  readonly #made = new Map<BrowserContext, { closeForGood: () => Promise<void>; janitor: Page }>();

  readonly #browser: Browser;

  constructor(browser: Browser) {
    this.#browser = browser;
  }

  /** A context with `options`, reused if one is free, made otherwise. */
  async acquire(options: BrowserContextOptions, prepare: (context: BrowserContext) => Promise<void>) {
    const key = JSON.stringify(options);
    const context = this.#free.get(key)?.pop() ?? (await this.#make(options, prepare));
    this.#lent.set(context, { key, undo: [], origins: new Set(), tainted: false });
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
    for (const method of ['on', 'once', 'addListener'] as const) {
      const add = context[method].bind(context) as (event: string, listener: () => void) => BrowserContext;
      Object.assign(context, {
        [method]: (event: string, listener: () => void) => {
          loan()?.undo.push({ dispose: async () => void context.off(event as 'page', listener) });
          return add(event, listener);
        },
      });
    }
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
    this.#made.set(context, { closeForGood, janitor });
    const pages = context.pages.bind(context);
    context.pages = () => pages().filter((page) => page !== janitor);
    return context;
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
    await Promise.all(context.pages().map((page) => page.close()));
    for (const undo of loan.undo.reverse()) await undo.dispose();
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await Promise.all([
      context.setOffline(false),
      context.clearCookies(),
      context.clearPermissions(),
      context.setExtraHTTPHeaders({}),
    ]);
    // After the pages are closed, so that what a page saves as the reader leaves is cleared too.
    const session = await context.newCDPSession(this.#made.get(context)!.janitor);
    for (const origin of loan.origins)
      await session.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    await session.detach();
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
}
