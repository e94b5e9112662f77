import { describe, expect, it } from 'vitest';
import { readTeamFile, teamFile } from '../../../../src/features/teamprofiel/team-file';
import { readStoredCards, storeCards } from '../../../../src/features/teamprofiel/team-storage';
import { TEAM_KEY } from '../../../../src/lib/site-storage';
import { card } from './cards';

const team = [card(1, { '1': 3 }), card(2, { vertrouwen: 5 }, 'condities')];

/** localStorage as the page finds it, or one that throws at every touch. */
function storage(blocked = false) {
  const items = new Map<string, string>();
  const check = () => {
    if (blocked) throw new DOMException('blocked', 'SecurityError');
  };
  return {
    items,
    getItem: (key: string) => (check(), items.get(key) ?? null),
    setItem: (key: string, value: string) => (check(), void items.set(key, value)),
    removeItem: (key: string) => (check(), void items.delete(key)),
  };
}

describe('the team file and the stored cards', () => {
  it('a team file holds the cards and the day, and reads back as that moment', () => {
    expect(readTeamFile(JSON.parse(teamFile(team, '2026-12-01')))).toEqual({
      moment: { savedOn: '2026-12-01', cards: team },
    });
  });

  it('a team file with one unreadable card, a bad day or a newer version is refused whole', () => {
    const file = JSON.parse(teamFile(team, '2026-12-01'));
    expect(readTeamFile({ ...file, cards: [...file.cards, { scan: 'kwaliteiten' }] })).toEqual({
      problem: 'mangled',
    });
    expect(readTeamFile({ ...file, savedOn: 'gisteren' })).toEqual({ problem: 'mangled' });
    expect(readTeamFile({ ...file, version: 2 })).toEqual({ problem: 'newer-version' });
    expect(readTeamFile({ ...file, format: 'iets' })).toEqual({ problem: 'not-a-card' });
  });

  it('the cards are kept in this browser under their own key, and damage or blocked storage reads as none', () => {
    const kept = storage();
    expect(storeCards(kept, team)).toBe(true);
    expect(JSON.parse(kept.items.get(TEAM_KEY)!)).toEqual({ version: 1, cards: team });
    expect(readStoredCards(kept)).toEqual(team);
    expect(storeCards(kept, [])).toBe(true);
    expect(kept.items.has(TEAM_KEY)).toBe(false);
    kept.items.set(TEAM_KEY, '{kapot');
    expect(readStoredCards(kept)).toEqual([]);
    kept.items.set(TEAM_KEY, '[1,2]');
    expect(readStoredCards(kept)).toEqual([]);
    expect(readStoredCards(storage(true))).toEqual([]);
    expect(storeCards(storage(true), team)).toBe(false);
    expect(readStoredCards(null)).toEqual([]);
  });
});
