/**
 * The cards a leader collected, kept in this browser under their own localStorage key
 * `TEAM_KEY` (`lib/site-storage.ts`, so that Mijn werk lists and forgets them too), so that a reload keeps them (nothing leaves the browser):
 *
 *   { "version": 1, "cards": [ { "scan": …, "id": …, "scores": { … } } ] }   // cards as in team-card.ts
 *
 * Reading never throws: blocked or damaged storage, or a card that cannot be read, reads as
 * no cards (the page then starts empty and says so when it cannot keep what is added).
 */
import { TEAM_KEY } from '../../lib/site-storage';
import type { TeamCard } from './team-card';
import { readTeamFile, TEAM_FILE_FORMAT } from './team-file';

type CardStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readStoredCards(storage: CardStorage | null): TeamCard[] {
  try {
    const stored: unknown = JSON.parse(storage?.getItem(TEAM_KEY) ?? 'null');
    // The stored cards are read as a team file's, with the same checks.
    const read = readTeamFile({
      format: TEAM_FILE_FORMAT,
      savedOn: '2000-01-01',
      ...(typeof stored === 'object' ? stored : {}),
    });
    return 'moment' in read ? read.moment.cards : [];
  } catch {
    return [];
  }
}

/** Keeps `cards` (none: the key is removed); says whether storage took it. */
export function storeCards(storage: CardStorage | null, cards: readonly TeamCard[]): boolean {
  try {
    if (!storage) return false;
    if (cards.length === 0) storage.removeItem(TEAM_KEY);
    else storage.setItem(TEAM_KEY, JSON.stringify({ version: 1, cards }));
    return true;
  } catch {
    return false;
  }
}
