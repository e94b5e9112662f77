/**
 * What the service worker keeps for reading offline, worked out from the files of a build.
 *
 * Every reader gets the shared files: scripts, styles, icons, the 404 page (the answer to
 * a page that is not kept) and Pagefind's engine with its index chunks, whose names do not
 * say their language. Pages, Pagefind's per-language files (`wasm.<lang>.pagefind`,
 * `pagefind.<lang>_*.pf_meta`) and the search vocabulary (`search-words/<lang>.json`, for the
 * "did you mean" suggestion) are kept only for the languages the reader opens.
 * Files not needed to read or search (other Pagefind UIs, robots.txt, sitemaps, the social
 * image) are left out.
 */

/** A file of the build: its path from the output folder ('/'-separated) and a hash of its content. */
export interface BuiltFile {
  path: string;
  hash: string;
}

/** A language of the site and the folder its pages are in ('' for the default language at the root). */
export interface SiteLanguage {
  lang: string;
  dir: string;
}

/** Paths are relative to the site's base and written as the browser asks for them (`modules/x/`, not `modules/x/index.html`). */
export interface OfflinePlan {
  /** Changes whenever any kept file changes, so a new build makes a new service worker. */
  version: string;
  shared: string[];
  languages: Record<string, string[]>;
}

const sharedFiles = [
  /^_astro\//,
  /^404\.html$/,
  /^favicon\.svg$/,
  /^manifest\.webmanifest$/,
  /^icons\//,
  /^pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json)$/,
  /^pagefind\/(index|fragment|filter)\//,
];

/** The language a search file (Pagefind's or the vocabulary) belongs to, if it belongs to one. */
const searchFileLanguage = (path: string) =>
  /^pagefind\/(?:wasm\.([\w-]+)\.pagefind|pagefind\.([\w-]+)_[\w]+\.pf_meta)$|^search-words\/([\w-]+)\.json$/
    .exec(path)
    ?.slice(1)
    .find(Boolean);

/** The language whose folder holds `page`: the one with the longest matching folder. */
function pageLanguage(page: string, languages: SiteLanguage[]): string | undefined {
  const holding = languages.filter(
    ({ dir }) => dir === '' || page === `${dir}/` || page.startsWith(`${dir}/`),
  );
  return holding.sort((a, b) => b.dir.length - a.dir.length)[0]?.lang;
}

export function planOffline(
  files: BuiltFile[],
  languages: SiteLanguage[],
  digest: (text: string) => string,
): OfflinePlan {
  const plan: OfflinePlan = {
    version: '',
    shared: [],
    languages: Object.fromEntries(languages.map(({ lang }) => [lang, []])),
  };
  const kept: BuiltFile[] = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const { path } = file;
    let list: string[] | undefined;
    let url = path;
    if (sharedFiles.some((pattern) => pattern.test(path))) {
      list = plan.shared;
    } else if (path.startsWith('pagefind/') || path.startsWith('search-words/')) {
      list = plan.languages[searchFileLanguage(path) ?? ''];
    } else if (path.endsWith('index.html')) {
      url = path.slice(0, -'index.html'.length);
      list = plan.languages[pageLanguage(url, languages) ?? ''];
    }
    if (!list) continue;
    list.push(url);
    kept.push(file);
  }
  plan.version = digest(kept.map(({ path, hash }) => `${path} ${hash}`).join('\n'));
  return plan;
}
