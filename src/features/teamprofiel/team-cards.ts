/**
 * Collecting cards: reading what the leader adds (files, pasted codes) and merging it with the
 * cards already in. Nothing changes unless everything added can be read: one bad file or line
 * is named with its problem and the whole addition is refused, so the leader can fix it and add
 * again without counting anyone twice.
 */
import { decodeCard } from './card-code';
import { readCard, type CardProblem, type TeamCard } from './team-card';
import { MAX_CARDS, readTeamFile, type TeamMoment } from './team-file';

/** A card file is a few hundred bytes, a team file of `MAX_CARDS` cards under 200 kB; anything bigger is not ours. */
export const MAX_INPUT_BYTES = 256_000;

/** Where a problem is: a file by name, or a line of the pasted codes by number (from 1). */
export type Source = { file: string } | { line: number };

export interface InputProblem {
  source: Source;
  problem: CardProblem;
}

export interface ReadInput {
  cards: TeamCard[];
  problems: InputProblem[];
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** The cards of one file: a team card, or a team file's cards. `text` is null when the file could not be read. */
export function readCardFile(name: string, size: number, text: string | null): ReadInput {
  const refused = (problem: CardProblem): ReadInput => ({
    cards: [],
    problems: [{ source: { file: name }, problem }],
  });
  if (size > MAX_INPUT_BYTES) return refused('too-large');
  const value = parseJson(text ?? '');
  const card = readCard(value);
  if ('card' in card) return { cards: [card.card], problems: [] };
  const team = readTeamFile(value);
  if ('moment' in team) return { cards: team.moment.cards, problems: [] };
  return refused(team.problem === 'not-a-card' ? card.problem : team.problem);
}

/** The moment a team file holds, to compare with; `text` is null when the file could not be read. */
export function readMomentFile(
  size: number,
  text: string | null,
): { moment: TeamMoment } | { problem: CardProblem } {
  return size > MAX_INPUT_BYTES ? { problem: 'too-large' } : readTeamFile(parseJson(text ?? ''));
}

/** The cards of pasted codes, one per line; empty lines are skipped. */
export function readCodeLines(text: string): ReadInput {
  const read: ReadInput = { cards: [], problems: [] };
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const result = decodeCard(line);
    if ('card' in result) read.cards.push(result.card);
    else read.problems.push({ source: { line: index + 1 }, problem: result.problem });
  });
  return read;
}

export interface Merged {
  cards: TeamCard[];
  /** Cards that were not in yet. */
  added: number;
  /** Cards already in (the same id): each counts once, the one added last with its scores. */
  again: number;
}

const key = (card: TeamCard) => `${card.scan}:${card.id}`;

/** `added` merged into `cards`: one card per scan and id, in the order first added. */
export function mergeCards(
  cards: readonly TeamCard[],
  added: readonly TeamCard[],
): Merged | { problem: 'too-large' } {
  const byKey = new Map(cards.map((card) => [key(card), card]));
  let again = 0;
  for (const card of added) {
    if (byKey.has(key(card))) again++;
    byKey.set(key(card), card);
  }
  if (byKey.size > MAX_CARDS) return { problem: 'too-large' };
  return { cards: [...byKey.values()], added: added.length - again, again };
}
