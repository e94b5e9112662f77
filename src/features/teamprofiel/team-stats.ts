/**
 * The team profile of one scan: per item the median and the spread of the team's scores, and
 * nothing at all while fewer than `MIN_CARDS` cards of the scan are in. With one or two cards
 * a "team" picture would be one person's scores, so the profile then holds no value, no
 * chart and no count per score, only how many cards there are; an item fewer than
 * `MIN_CARDS` members scored is held back the same way.
 */
import type { TeamCard } from './team-card';
import { teamScans, type ScanName } from './team-scans';

export const MIN_CARDS = 3;

export interface Spread {
  min: number;
  /** First quartile. */
  q1: number;
  median: number;
  /** Third quartile. */
  q3: number;
  max: number;
}

export type ItemProfile = { id: string; spread: Spread } | { id: string; tooFew: true };

export type ScanProfile =
  { status: 'too-few'; cards: number } | { status: 'shown'; cards: number; items: ItemProfile[] };

/**
 * The `p`-quantile of ascending `sorted` values by linear interpolation between the two
 * nearest order statistics (Hyndman & Fan type 7: R's default, and Excel's KWARTIEL.INC /
 * QUARTILE.INC, so a leader who checks in a spreadsheet gets the same quartiles).
 */
export function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (position - below) * (sorted[above]! - sorted[below]!);
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: sorted[0]!,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1]!,
  };
}

/** The profile of `scan` from the cards (already merged, so each member counts once). */
export function scanProfile(scan: ScanName, cards: readonly TeamCard[]): ScanProfile {
  const own = cards.filter((card) => card.scan === scan);
  if (own.length < MIN_CARDS) return { status: 'too-few', cards: own.length };
  const items = teamScans[scan].items.map((id): ItemProfile => {
    const scores = own.flatMap((card) => (card.scores[id] === undefined ? [] : [card.scores[id]]));
    return scores.length < MIN_CARDS ? { id, tooFew: true } : { id, spread: spread(scores) };
  });
  return { status: 'shown', cards: own.length, items };
}
