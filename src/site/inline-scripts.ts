import { createHash } from 'node:crypto';

/**
 * The text of every `<script is:inline>` in an Astro component's source. Astro renders such a
 * script exactly as written, and does not hash it for its Content-Security-Policy.
 */
export function inlineScripts(componentSource: string): string[] {
  return [...componentSource.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => match[1]!,
  );
}

/** The CSP hash source that allows an inline script or style with exactly this text. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}
