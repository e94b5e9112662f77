/**
 * What the service worker (`service-worker/service-worker.ts`) takes from outside, checked
 * before it acts: messages from pages, and the list of kept languages it stored itself.
 *
 * Messages: `{ type: 'keep-language', lang }`, where `lang` is one of the site's languages
 * (a key of the offline plan's `languages`), and `{ type: 'activate-update' }`. Anything else
 * (another type, a language the site does not have, `__proto__`, not an object) is ignored.
 *
 * Kept languages: stored in the settings cache as a JSON array of language names, e.g.
 * `["nl","en"]`. Read back, only the site's own languages count, each once, so that a damaged
 * or poisoned list can never make an install fail.
 */

export type WorkerMessage = { type: 'keep-language'; lang: string } | { type: 'activate-update' };

const isOneOf = (value: unknown, languages: readonly string[]): value is string =>
  typeof value === 'string' && languages.includes(value);

/** `data` as a message the worker acts on, or `null` for anything to ignore. */
export function readWorkerMessage(data: unknown, languages: readonly string[]): WorkerMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const type = Object.hasOwn(data, 'type') ? (data as { type: unknown }).type : undefined;
  const lang = Object.hasOwn(data, 'lang') ? (data as { lang: unknown }).lang : undefined;
  if (type === 'activate-update') return { type };
  if (type === 'keep-language' && isOneOf(lang, languages)) return { type, lang };
  return null;
}

/** The kept languages in `stored` (the parsed settings), as far as they are the site's; `[]` for anything else. */
export function keptLanguagesFrom(stored: unknown, languages: readonly string[]): string[] {
  if (!Array.isArray(stored)) return [];
  return [...new Set(stored.filter((lang): lang is string => isOneOf(lang, languages)))];
}
