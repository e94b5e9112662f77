/** A Content-Security-Policy as directive name → its sources, in the order written. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The policy of a page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function pagePolicy(html: string): string | undefined {
  const meta = html.match(/<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i)?.[0];
  return meta?.match(/\scontent="([^"]*)"/)?.[1];
}

/**
 * One policy that allows whatever any of `policies` allows, directive by directive: as a
 * header beside each page's own `<meta>` policy (both apply), it leaves every page as
 * strict as its own policy.
 */
export function unionOf(policies: string[]): Policy {
  const union: Policy = new Map();
  for (const policy of policies.map(parsePolicy)) {
    for (const [name, sources] of policy)
      union.set(name, [...new Set([...(union.get(name) ?? []), ...sources])]);
  }
  return union;
}
