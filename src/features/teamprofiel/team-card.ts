/**
 * A team card: what one team member hands their school leader from a scan, by choice. It
 * holds their scores and nothing else, no name and no free text:
 *
 *   {
 *     "format": "leiderschap-van-leraren/teamkaart",
 *     "version": 1,
 *     "scan": "kwaliteiten" | "condities",
 *     "id": "<11 characters of base64url: 8 random bytes>",
 *     "scores": { "<item id>": 1–5, … }       // rated items only, ids of `team-scans.ts`
 *   }
 *
 * The id is random (`crypto.getRandomValues`), so that the same card added twice counts once
 * while two members with equal scores still count twice. The same card can travel as a short
 * code instead (`card-code.ts`).
 */
import { isRecord } from '../../lib/store-data';
import { validRatings, type Rating } from '../../widgets/rating/rating-scale';
import { isScanName, teamScans, type ScanName } from './team-scans';

export const CARD_FORMAT = 'leiderschap-van-leraren/teamkaart';
export const CARD_VERSION = 1;
export const ID_BYTES = 8;

export interface TeamCard {
  scan: ScanName;
  id: string;
  scores: Record<string, Rating>;
}

/** Why a card cannot be read; each has its own plain message (`team.problem.*`). */
export type CardProblem = 'not-a-card' | 'newer-version' | 'mangled' | 'no-scores' | 'too-large';

const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function bytesToBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of a base64url text, or null when it is not one. */
export function base64urlToBytes(text: string): Uint8Array | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** A new random card id; `random` fills the bytes (the browser's `crypto.getRandomValues`). */
export function newCardId(
  random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
) {
  return bytesToBase64url(random(new Uint8Array(ID_BYTES)));
}

/** An id as `newCardId` writes it: 8 bytes in their one base64url form, so that a file and a code of a card carry the same id. */
export function isCardId(value: unknown): value is string {
  const bytes = typeof value === 'string' ? base64urlToBytes(value) : null;
  return bytes?.length === ID_BYTES && bytesToBase64url(bytes) === value;
}

/** The card as its file holds it. */
export function cardFile(card: TeamCard): string {
  return `${JSON.stringify({ format: CARD_FORMAT, version: CARD_VERSION, ...card }, null, 2)}\n`;
}

/**
 * A card from untrusted data (a file, the page's own storage, a team file): of this format and
 * no newer version, a known scan, a well-formed id and at least one score. Scores of unknown
 * items or off the scale make it mangled rather than silently smaller.
 */
export function readCard(value: unknown): { card: TeamCard } | { problem: CardProblem } {
  if (!isRecord(value) || value['format'] !== CARD_FORMAT) return { problem: 'not-a-card' };
  const version = value['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { problem: 'mangled' };
  if (version > CARD_VERSION) return { problem: 'newer-version' };
  const { scan, id, scores } = value;
  if (!isScanName(scan) || !isCardId(id) || !isRecord(scores)) return { problem: 'mangled' };
  const valid = validRatings(scores, teamScans[scan].items);
  if (Object.keys(valid).length !== Object.keys(scores).length) return { problem: 'mangled' };
  if (Object.keys(valid).length === 0) return { problem: 'no-scores' };
  return { card: { scan, id, scores: valid } };
}
