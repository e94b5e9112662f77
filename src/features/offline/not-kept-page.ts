/**
 * The page the service worker answers with, offline, for a page of the site it has not kept
 * (a page of a language the reader has not opened yet): it says the page exists but is not
 * kept, rather than the 404 page's "does not exist". It is made in the worker from these words
 * (the site's UI strings, `offline.notKept*`, put in by `integration.ts`), so it needs nothing
 * from the cache but the words; plain HTML, readable without styles or scripts.
 */

/** The words of the page in one language. */
export interface NotKeptWords {
  title: string;
  text: string;
  home: string;
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

/** The page in `lang`, with a link to `homeHref` (the home page of a language that is kept). */
export function notKeptPage(words: NotKeptWords, lang: string, homeHref: string): string {
  return `<!doctype html>
<html lang="${escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(words.title)}</title>
</head>
<body>
<main>
<h1>${escape(words.title)}</h1>
<p>${escape(words.text)}</p>
<p><a href="${escape(homeHref)}">${escape(words.home)}</a></p>
</main>
</body>
</html>
`;
}

/** Headers for it: not cached, and the site's strictest policy, as it needs no resource at all. */
export const notKeptHeaders = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Security-Policy':
    "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};
