import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pagePolicy } from '../csp-policy';
import { formatHeadersFile } from './headers-file';
import { cacheHeaders } from './cache-headers';
import { securityHeaders } from './security-headers';

/** Cloudflare Pages reads no line of `_headers` longer than this. */
const longestLine = 2000;

/**
 * Writes `_headers` into the build: the security headers that Netlify and Cloudflare Pages
 * send with every file, with a Content-Security-Policy that allows what the pages' own
 * `<meta>` policies allow, and how long browsers may keep the files whose names are hashes. Where a host reads no such file (GitHub Pages), each page still
 * carries its own policy.
 */
export function headersFile(): AstroIntegration {
  let base = '/';
  return {
    name: 'headers-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.html'))
          .flatMap((file) => pagePolicy(readFileSync(join(root, file), 'utf8')) ?? []);
        const text = formatHeadersFile(
          [securityHeaders(base, policies), cacheHeaders(base)],
          'Made by `astro build` (src/site/headers/integration.ts); edit that, not this.',
        );
        writeFileSync(join(root, '_headers'), text);
        if (text.split('\n').some((line) => line.length > longestLine)) {
          logger.warn(
            `_headers has a line longer than ${longestLine} characters, which Cloudflare Pages does not accept.`,
          );
        }
      },
    },
  };
}
