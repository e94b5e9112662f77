// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import starlightLinksValidator from 'starlight-links-validator';
import { offline } from './src/features/offline/integration.ts';
import { searchVocabulary } from './src/features/search/integration.ts';
import { siteUrlWarning } from './src/site/site-url-warning.ts';
import { baseLinks } from './src/site/satteri-base-links.ts';
import { focusableTables } from './src/site/satteri-focusable-tables.ts';
import { glossaryTerms } from './src/site/satteri-glossary-terms.ts';
import { sidebar } from './src/course/sidebar.ts';
import { csp } from './src/site/csp.ts';
import { headersFile } from './src/site/headers/integration.ts';
import { deferStarlightScripts } from './src/site/starlight-scripts/defer-starlight-scripts.ts';
import { replaceableWidgets } from './src/features/werkboek/replaceable-widgets.ts';

// BASE_PATH=/teacher-leadership/ builds the site for a sub-path, as GitHub Pages serves it.
const base = process.env.BASE_PATH ?? '/';

const locales = {
  root: { label: 'Nederlands', lang: 'nl' },
  en: { label: 'English', lang: 'en' },
};

export default defineConfig({
  // SITE_URL (e.g. https://example.github.io) adds canonical URLs, og:url and a sitemap.
  site: process.env.SITE_URL,
  base,
  trailingSlash: 'always',
  // The content cache beside the checkout's other generated files, not in node_modules: a second
  // checkout that links this one's node_modules (a git worktree) must not read its pages.
  cacheDir: './.astro/cache',
  // The built site (preview) registers a service worker; on its own port it cannot serve stale pages to `astro dev`.
  server: ({ command }) => ({ port: command === 'preview' ? 4322 : 4321 }),
  security: { csp },
  // Starlight turns on Astro's prefetch of every link the pointer rests on: 1.1 kB (gzip) of
  // script on every page, and pages fetched that the reader may never open. The service worker
  // already keeps every page of the reader's language after the first visit, so a next page
  // comes from this device either way (src/features/offline/).
  prefetch: false,
  // Astro hashes only some of the <style> elements it inlines (not those of components used
  // in MDX), so every stylesheet is a file, which the CSP allows as 'self'.
  build: { inlineStylesheets: 'never' },
  markdown: {
    processor: satteri({
      hastPlugins: [
        baseLinks(base),
        focusableTables(),
        glossaryTerms(base, new URL('./content/', import.meta.url)),
      ],
    }),
    // Starlight's Expressive Code highlights code blocks; Astro's own Shiki is not used (with
    // the CSP on, Astro would only warn about its inline styles).
    syntaxHighlight: false,
  },
  // content/ is reached through the symlink src/content/docs, where Starlight looks.
  // Keeping the link path lets Starlight tell the language of a file from its path.
  // deferStarlightScripts: Starlight's search UI loads when the reader is about to search, and its
  // table of contents starts following the page at the reader's first scroll or key, not on every page load.
  // modulePreload off: Vite's helper that fetches a lazy piece's imports side by side costs every
  // page 0.9 kB (gzip) before the reader does anything; without it a lazy piece's imports come one
  // after another on its first use, from the service worker's cache after the first visit.
  // replaceableWidgets: the workbook shows each module's text with printable stand-ins for its widgets.
  vite: {
    resolve: { preserveSymlinks: true },
    plugins: [
      deferStarlightScripts(),
      replaceableWidgets(),
      // Astro sets the client build's options itself; this Vite hook is the way to change one.
      {
        name: 'no-module-preload',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
    ],
  },
  integrations: [
    starlight({
      title: { nl: 'Leiderschap van leraren', en: 'Teacher leadership' },
      description: 'Een open leersite over leiderschap van leraren en gespreid leiderschap in scholen.',
      // The site's mark beside its title; decorative there (the title names the link), and the
      // favicon and app icons are drawn from the same file (src/pages/favicon.svg.ts, icons/).
      logo: { src: './src/assets/logo.svg' },
      defaultLocale: 'root',
      locales,
      sidebar,
      customCss: ['./src/styles/site.css', './src/styles/glossary-terms.css', './src/styles/palette.css'],
      head: [
        { tag: 'link', attrs: { rel: 'manifest', href: `${base}manifest.webmanifest` } },
        { tag: 'meta', attrs: { name: 'theme-color', content: '#1d5c63' } },
      ],
      components: {
        PageTitle: './src/components/overrides/PageTitle.astro',
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
        ThemeSelect: './src/components/overrides/ThemeSelect.astro',
        SkipLink: './src/components/overrides/SkipLink.astro',
      },
      lastUpdated: false,
      routeMiddleware: './src/site/route-data.ts',
      plugins: [starlightLinksValidator({ errorOnRelativeLinks: true })],
    }),
    // After Starlight, whose build step writes the Pagefind index the vocabulary is read from,
    // and the service worker keeps with the vocabulary.
    searchVocabulary(Object.values(locales).map(({ lang }) => lang)),
    offline(Object.entries(locales).map(([dir, { lang }]) => ({ lang, dir: dir === 'root' ? '' : dir }))),
    headersFile(),
    siteUrlWarning(),
  ],
});
