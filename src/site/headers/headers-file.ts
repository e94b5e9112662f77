/**
 * The `_headers` file that Netlify and Cloudflare Pages read from a site's output folder:
 * blocks of a path pattern (`*` matches anything) and the indented headers sent with it.
 */
export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/** A path pattern under the site's base path: `pathUnder('/teacher-leadership', '*')` is `/teacher-leadership/*`. */
export const pathUnder = (base: string, pattern: string) => `${base.replace(/\/*$/, '/')}${pattern}`;

export function formatHeadersFile(rules: HeaderRule[], comment: string): string {
  const blocks = rules.map(({ path, headers }) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return [`# ${comment}`, ...blocks].join('\n\n') + '\n';
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers a host sends for `pathname`: those of every matching rule, as Cloudflare Pages joins them. */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { path, headers: ruleHeaders } of rules) {
    if (!pathPattern(path).test(pathname)) continue;
    for (const [name, value] of Object.entries(ruleHeaders))
      headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

function pathPattern(path: string): RegExp {
  const parts = path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`);
}
