import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AstroUserConfig } from 'astro';
import { cspHash, inlineScripts } from './inline-scripts';

/**
 * Components whose `<script is:inline>` runs on our pages. Those scripts stay inline so that
 * they run before the first paint (no flash of the wrong theme, no jumping sidebar), and
 * Astro does not hash them itself (withastro/astro#16664), so they are hashed here from
 * the very source Astro renders: a changed script gets a changed hash by itself.
 */
const withInlineScripts = [
  '../components/overrides/ThemeProvider.astro',
  '../components/overrides/ThemeSelect.astro',
  '@astrojs/starlight/components/Search.astro',
  '@astrojs/starlight/components/SidebarPersister.astro',
];

const { resolve } = createRequire(import.meta.url);
const inlineScriptHashes = withInlineScripts.flatMap((component) =>
  inlineScripts(readFileSync(resolve(component), 'utf8')).map(cspHash),
);

/**
 * The Content-Security-Policy Astro writes into every page as a `<meta>` element: nothing
 * from another host, and no inline script but the ones whose hash is listed.
 */
export const csp = {
  directives: [
    "default-src 'self'",
    // Starlight's and Pagefind's icons in CSS are data: SVGs.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  // Pagefind's search runs as WebAssembly.
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScriptHashes },
  // Stylesheets are files (see `build.inlineStylesheets`). Only style attributes may be
  // inline: Starlight sets sizes and indents in them (`--sl-icon-size`, `--depth`).
  styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
} satisfies NonNullable<AstroUserConfig['security']>['csp'];
