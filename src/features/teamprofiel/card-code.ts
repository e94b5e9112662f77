/**
 * A team card as a short code to paste into a chat or an e-mail, e.g. `TK-KWAL-1-…`:
 *
 *   TK-<scan: KWAL or COND>-<card version>-<payload><check character>
 *
 * The payload is base64url of the card's 8 id bytes followed by one half-byte per item of the
 * scan, in the order of `team-scans.ts` (0 = not rated, 1–5 the score; a last unused half-byte
 * is 0). The check character is Luhn mod 64 over everything before it, in the base64url
 * alphabet: it catches every single mistyped character and most swapped neighbours, so a
 * mangled paste is refused instead of counted as someone's scores.
 */
import { isRating, type Rating } from '../../widgets/rating/rating-scale';
import {
  base64urlToBytes,
  bytesToBase64url,
  CARD_VERSION,
  ID_BYTES,
  type CardProblem,
  type TeamCard,
} from './team-card';
import { scanNames, teamScans } from './team-scans';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Luhn mod N over `text` (all in `ALPHABET`) with `last` as the factor of its last character. */
function luhnSum(text: string, last: 1 | 2): number {
  let sum = 0;
  let factor = last;
  for (let index = text.length - 1; index >= 0; index--) {
    const addend = factor * ALPHABET.indexOf(text[index]!);
    sum += Math.floor(addend / ALPHABET.length) + (addend % ALPHABET.length);
    factor = factor === 2 ? 1 : 2;
  }
  return sum % ALPHABET.length;
}

export const checkCharacter = (text: string): string =>
  ALPHABET[(ALPHABET.length - luhnSum(text, 2)) % ALPHABET.length]!;

const hasValidCheck = (code: string) =>
  [...code].every((char) => ALPHABET.includes(char)) && luhnSum(code, 1) === 0;

export function encodeCard(card: TeamCard): string {
  const { code, items } = teamScans[card.scan];
  const id = base64urlToBytes(card.id) ?? new Uint8Array(ID_BYTES);
  const scores = new Uint8Array(Math.ceil(items.length / 2));
  items.forEach((item, index) => {
    scores[index >> 1]! |= (card.scores[item] ?? 0) << (index % 2 === 0 ? 4 : 0);
  });
  const body = `TK-${code}-${CARD_VERSION}-${bytesToBase64url(new Uint8Array([...id, ...scores]))}`;
  return body + checkCharacter(body);
}

const CODE = /^TK-([A-Z]+)-(\d+)-([A-Za-z0-9_-]+)$/;

/** The card a pasted code holds; spaces and line breaks a mail program put in are ignored. */
export function decodeCard(pasted: string): { card: TeamCard } | { problem: CardProblem } {
  const code = pasted.replace(/\s+/g, '');
  const match = CODE.exec(code);
  const scan = scanNames.find((name) => teamScans[name].code === match?.[1]);
  if (!match || !scan) return { problem: 'not-a-card' };
  const version = Number(match[2]);
  if (version > CARD_VERSION) return { problem: 'newer-version' };
  if (version < 1 || !hasValidCheck(code)) return { problem: 'mangled' };
  const { items } = teamScans[scan];
  const bytes = base64urlToBytes(match[3]!.slice(0, -1));
  if (!bytes || bytes.length !== ID_BYTES + Math.ceil(items.length / 2)) return { problem: 'mangled' };
  const nibble = (index: number) => (bytes[ID_BYTES + (index >> 1)]! >> (index % 2 === 0 ? 4 : 0)) & 0xf;
  const scores: Record<string, Rating> = {};
  for (const [index, item] of items.entries()) {
    const value = nibble(index);
    if (value !== 0 && !isRating(value)) return { problem: 'mangled' };
    if (isRating(value)) scores[item] = value;
  }
  if (items.length % 2 === 1 && nibble(items.length) !== 0) return { problem: 'mangled' };
  if (Object.keys(scores).length === 0) return { problem: 'no-scores' };
  return { card: { scan, id: bytesToBase64url(bytes.slice(0, ID_BYTES)), scores } };
}
