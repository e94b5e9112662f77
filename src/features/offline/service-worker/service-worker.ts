/**
 * The service worker (built to `<base>sw.js` by `src/features/offline/integration.ts`, which fills
 * in the plan). It keeps the shared files from the start and a language's pages and search
 * files once a page of that language asks for them, then answers from that cache first, so
 * every kept page and search works without a network. A new build makes a new worker; it
 * waits until the reader reloads through the site's notice (`offline-status.ts`), so an
 * open page never switches version under the reader's hands.
 *
 * Messages from pages: `{ type: 'keep-language', lang }`, answered with
 * `{ type: 'offline-ready', lang, newly }`; `{ type: 'activate-update' }`. Each is checked
 * first (`worker-messages.ts`): anything else, or a language the site does not have, is ignored.
 * Offline, a page it has not kept gets a page that says so (`not-kept-page.ts`), an address that
 * is no page of the site the 404 page.
 */
import { notKeptHeaders, notKeptPage, type NotKeptWords } from '../not-kept-page';
import type { OfflinePlan } from '../offline-plan';
import { keptLanguagesFrom, readWorkerMessage } from '../worker-messages';

declare const __OFFLINE_PLAN__: OfflinePlan;
declare const __NOT_KEPT__: Record<string, NotKeptWords>;

// Typed by this folder's tsconfig.json (lib WebWorker), which the site's DOM-typed code does not share.
declare const self: ServiceWorkerGlobalScope;
const worker = self;
const plan = __OFFLINE_PLAN__;
const scope = new URL(worker.registration.scope);
const CACHE_PREFIX = 'leiderschap-offline-';
const cacheName = `${CACHE_PREFIX}${plan.version}`;
/** Which languages the reader has opened, kept apart from the versioned cache so an update keeps the same ones. */
const settingsCache = 'leiderschap-offline-settings';
const languagesUrl = new URL('offline-languages', scope).href;
/** The site's languages: the only ones a message may name. */
const siteLanguages = Object.keys(plan.languages);

const urlOf = (path: string) => new URL(path, scope).href;

/** The languages kept so far; a damaged list counts as none, so that an install never fails on it. */
async function keptLanguages(): Promise<string[]> {
  const response = await (await caches.open(settingsCache)).match(languagesUrl);
  try {
    return keptLanguagesFrom(response ? await response.json() : [], siteLanguages);
  } catch {
    return [];
  }
}

/** Fetches the files of `paths` not yet in the cache; says whether any were missing. */
async function keepFiles(paths: string[]): Promise<boolean> {
  const cache = await caches.open(cacheName);
  const missing = [];
  for (const path of paths) if (!(await cache.match(urlOf(path)))) missing.push(path);
  // `reload` skips the browser's HTTP cache, which may still hold the previous build's page.
  await cache.addAll(missing.map((path) => new Request(urlOf(path), { cache: 'reload' })));
  return missing.length > 0;
}

async function keepLanguage(lang: string): Promise<boolean> {
  const paths = Object.hasOwn(plan.languages, lang) ? plan.languages[lang] : undefined;
  if (!paths) return false;
  const languages = await keptLanguages();
  if (!languages.includes(lang)) {
    const settings = await caches.open(settingsCache);
    await settings.put(languagesUrl, new Response(JSON.stringify([...languages, lang])));
  }
  return keepFiles(paths);
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await keepFiles(plan.shared);
      for (const lang of await keptLanguages()) await keepLanguage(lang);
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== cacheName) await caches.delete(name);
      }
      // The page that installed the first worker works offline without a reload.
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('message', (event) => {
  const message = readWorkerMessage(event.data, siteLanguages);
  if (message?.type === 'activate-update') event.waitUntil(worker.skipWaiting());
  if (message?.type === 'keep-language') {
    const { lang } = message;
    event.waitUntil(
      keepLanguage(lang).then((newly) => event.source?.postMessage({ type: 'offline-ready', lang, newly })),
    );
  }
});

async function respond(request: Request, url: URL): Promise<Response> {
  const cache = await caches.open(cacheName);
  // Pagefind adds a cache-busting query to some of its files; pages are kept under their folder URL.
  const cached =
    (await cache.match(request, { ignoreSearch: true })) ??
    (request.mode === 'navigate' && !url.pathname.endsWith('/')
      ? await cache.match(`${url.pathname}/`)
      : undefined);
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode !== 'navigate') throw error;
    const lang = languageOfPage(url);
    if (lang) return notKeptResponse(lang);
    const notFound = await cache.match(urlOf('404.html'));
    if (notFound) return notFound;
    throw error;
  }
}

/** The language of the site page `url` names (`x/`, `x`, `x/index.html`), or `undefined` when it names none. */
function languageOfPage(url: URL): string | undefined {
  const path = url.pathname.slice(scope.pathname.length).replace(/index\.html$/, '');
  const page = path === '' || path.endsWith('/') ? path : `${path}/`;
  return siteLanguages.find((lang) => plan.languages[lang]!.includes(page));
}

/** Offline, a page of the site that is not kept: it exists, and opens once online (`not-kept-page.ts`). */
async function notKeptResponse(lang: string): Promise<Response> {
  const kept = (await keptLanguages())[0] ?? lang;
  const home = [...plan.languages[kept]!].sort((a, b) => a.length - b.length)[0] ?? '';
  const words = __NOT_KEPT__[lang]!;
  return new Response(notKeptPage(words, lang, urlOf(home)), { status: 503, headers: notKeptHeaders });
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname))
    return;
  event.respondWith(respond(request, url));
});
