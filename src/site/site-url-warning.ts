import type { AstroIntegration } from 'astro';

/**
 * Warns once per build when SITE_URL (Astro's `site`) is not set: the site still builds and
 * works, but without the parts that need its absolute address.
 */
export function siteUrlWarning(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'site-url-warning',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:start': ({ logger }) => {
        if (site) return;
        logger.warn(
          'SITE_URL is not set, so this build has no sitemap, no canonical links or og:url, no absolute og:image, ' +
            'no Common Cartridges (no downloads/*.imscc, and the assignment builder offers none), ' +
            'and its robots.txt names no sitemap. Set it to the address the site is published at, ' +
            'e.g. SITE_URL=https://example.org npm run build',
        );
      },
    },
  };
}
