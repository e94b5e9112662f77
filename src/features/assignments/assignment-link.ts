/**
 * An assignment as the payload of a link's fragment, `#a=<payload>`: base64url (no padding)
 * of UTF-8 compact JSON, in the format described in `assignment.ts`.
 */
import { ASSIGNMENT_VERSION, LIMITS, type Assignment, type Catalogue } from './assignment';
import {
  checkAssignment,
  cleanInstructions,
  cleanTitle,
  isDate,
  isRecord,
  questionRef,
  truncate,
  type Decoded,
} from './assignment-checks';

/** base64url of UTF-8, without padding. */
function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Null for anything that is not base64url of valid UTF-8. */
function fromBase64Url(payload: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(payload) || payload.length % 4 === 1) return null;
  try {
    const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The payload for a link. Text is cleaned and cut to the limits, as decoding would. */
export function encodeAssignment(assignment: Assignment): string {
  const data: Record<string, unknown> = {
    v: ASSIGNMENT_VERSION,
    t: truncate(cleanTitle(assignment.title), LIMITS.title),
  };
  const instructions = truncate(cleanInstructions(assignment.instructions), LIMITS.instructions);
  if (instructions) data['i'] = instructions;
  if (assignment.due && isDate(assignment.due)) data['d'] = assignment.due;
  data['m'] = assignment.modules.slice(0, LIMITS.modules).map((module) => {
    const entry: Record<string, unknown> = { s: module.slug };
    if (module.questions.length) entry['q'] = module.questions.map((id) => questionRef(module.slug, id));
    if (module.widgets.length) entry['w'] = module.widgets;
    return entry;
  });
  return toBase64Url(JSON.stringify(data));
}

/**
 * The payload in a link's fragment (`#a=…`), or null. A link pasted into a sentence or between
 * brackets often carries the sentence's `.` or `)` (mail programs make it part of the link);
 * no such mark is in base64url's alphabet, so what follows the last letter or digit is dropped.
 */
export function payloadFromHash(hash: string): string | null {
  const payload = new URLSearchParams(hash.replace(/^#/, '')).get('a')?.replace(/[^A-Za-z0-9_-]+$/, '');
  return payload === undefined || payload === '' ? null : payload;
}

/** Reads a link's payload against the modules that exist now. Never throws. */
export function decodeAssignment(payload: string | null, catalogue: Catalogue): Decoded {
  if (payload === null || payload === '') return { assignment: null, problems: [{ kind: 'missing' }] };
  if (payload.length > LIMITS.payload) return { assignment: null, problems: [{ kind: 'too-large' }] };
  const json = fromBase64Url(payload);
  let data: unknown;
  try {
    data = json === null ? null : JSON.parse(json);
  } catch {
    data = null;
  }
  if (!isRecord(data)) return { assignment: null, problems: [{ kind: 'malformed' }] };
  if (data['v'] !== ASSIGNMENT_VERSION && data['v'] !== 1) {
    const newer =
      typeof data['v'] === 'number' && Number.isInteger(data['v']) && data['v'] > ASSIGNMENT_VERSION;
    return { assignment: null, problems: [{ kind: newer ? 'newer-version' : 'unknown-version' }] };
  }
  return checkAssignment(data, catalogue);
}
