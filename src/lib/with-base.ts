/**
 * Puts the deploy base in front of a site-root link, so that content can link to
 * `/modules/vier-vormen/` and still work when the site is served from
 * `/teacher-leadership/`. Relative, external and protocol-relative links pass unchanged,
 * as do links that already carry the base.
 */
export function withBase(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const prefix = base.replace(/\/+$/, '');
  if (prefix === '' || href === prefix || href.startsWith(`${prefix}/`)) return href;
  return `${prefix}${href}`;
}

/** The site-root path of `pathname` (the reverse of `withBase`): `/teacher-leadership/en/` → `/en/`. */
export function withoutBase(pathname: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  return prefix !== '' && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}
