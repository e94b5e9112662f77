/**
 * The team file: the cards a leader collected, with the day they saved them, to compare with a
 * later moment (or to go on collecting on another computer):
 *
 *   {
 *     "format": "leiderschap-van-leraren/teamprofiel",
 *     "version": 1,
 *     "savedOn": "YYYY-MM-DD",
 *     "cards": [ { "scan": …, "id": …, "scores": { … } } ]   // as in team-card.ts, without format and version
 *   }
 *
 * Read as untrusted: one card that cannot be read refuses the whole file, so that a moment is
 * never compared with part of itself.
 */
import { isRecord } from '../../lib/store-data';
import { CARD_FORMAT, CARD_VERSION, readCard, type CardProblem, type TeamCard } from './team-card';

export const TEAM_FILE_FORMAT = 'leiderschap-van-leraren/teamprofiel';
export const TEAM_FILE_VERSION = 1;
/** More members than any team has; a file with more is not a team's. */
export const MAX_CARDS = 500;

export interface TeamMoment {
  savedOn: string;
  cards: TeamCard[];
}

export function teamFile(cards: readonly TeamCard[], savedOn: string): string {
  const file = { format: TEAM_FILE_FORMAT, version: TEAM_FILE_VERSION, savedOn, cards };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function readTeamFile(value: unknown): { moment: TeamMoment } | { problem: CardProblem } {
  if (!isRecord(value) || value['format'] !== TEAM_FILE_FORMAT) return { problem: 'not-a-card' };
  const { version, savedOn, cards } = value;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { problem: 'mangled' };
  if (version > TEAM_FILE_VERSION) return { problem: 'newer-version' };
  if (typeof savedOn !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(savedOn) || !Array.isArray(cards))
    return { problem: 'mangled' };
  if (cards.length > MAX_CARDS) return { problem: 'too-large' };
  const read: TeamCard[] = [];
  for (const card of cards as unknown[]) {
    const result = readCard(isRecord(card) ? { ...card, format: CARD_FORMAT, version: CARD_VERSION } : card);
    if ('problem' in result) return { problem: result.problem === 'not-a-card' ? 'mangled' : result.problem };
    read.push(result.card);
  }
  return { moment: { savedOn, cards: read } };
}
