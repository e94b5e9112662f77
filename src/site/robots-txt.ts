/**
 * The site's robots.txt: every crawler may read every page, and the sitemap is named when
 * its absolute address is known (it needs SITE_URL).
 */
export function robotsTxt(sitemap: URL | undefined): string {
  const rules = 'User-agent: *\nAllow: /\n';
  return sitemap ? `${rules}\nSitemap: ${sitemap.href}\n` : rules;
}
