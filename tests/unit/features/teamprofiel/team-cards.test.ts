import { describe, expect, it } from 'vitest';
import { encodeCard } from '../../../../src/features/teamprofiel/card-code';
import { cardFile } from '../../../../src/features/teamprofiel/team-card';
import {
  MAX_INPUT_BYTES,
  mergeCards,
  readCardFile,
  readCodeLines,
} from '../../../../src/features/teamprofiel/team-cards';
import { teamFile } from '../../../../src/features/teamprofiel/team-file';
import { card } from './cards';

const one = card(1, { '1': 3 });
const two = card(2, { '1': 3 });

describe('collecting team cards', () => {
  it('counts the same card twice once, and equal scores of two members twice', () => {
    const merged = mergeCards([one], [one, two, two]);
    expect(merged).toEqual({ cards: [one, two], added: 1, again: 2 });
    // A member who made a new card with the same id changed their scores: the last counts.
    const changed = card(1, { '1': 5 });
    expect(mergeCards([one, two], [changed])).toEqual({ cards: [changed, two], added: 0, again: 1 });
    // The same id on the other scan is another card.
    expect(mergeCards([one], [card(1, { vertrouwen: 2 }, 'condities')])).toMatchObject({ added: 1 });
  });

  it('refuses more cards than a team has', () => {
    const many = Array.from({ length: 501 }, (_, n) => ({
      ...one,
      id: `member${String(n).padStart(4, '0')}A`,
    }));
    expect(mergeCards([], many)).toEqual({ problem: 'too-large' });
  });

  it('reads a card file or a team file, and names a file it cannot read with why', () => {
    expect(readCardFile('a.json', 100, cardFile(one))).toEqual({ cards: [one], problems: [] });
    expect(readCardFile('team.json', 100, teamFile([one, two], '2026-12-01'))).toEqual({
      cards: [one, two],
      problems: [],
    });
    const problem = (name: string, size: number, text: string | null) =>
      readCardFile(name, size, text).problems.map(({ source, problem }) => [source, problem]);
    expect(problem('foto.jpg', 10, '\u00ff\u00d8')).toEqual([[{ file: 'foto.jpg' }, 'not-a-card']]);
    expect(problem('kwijt.json', 10, null)).toEqual([[{ file: 'kwijt.json' }, 'not-a-card']]);
    expect(problem('groot.json', MAX_INPUT_BYTES + 1, cardFile(one))).toEqual([
      [{ file: 'groot.json' }, 'too-large'],
    ]);
    const newer = JSON.stringify({ ...JSON.parse(cardFile(one)), version: 9 });
    expect(problem('nieuw.json', 10, newer)).toEqual([[{ file: 'nieuw.json' }, 'newer-version']]);
    const hostile = teamFile([one], '2026-12-01').replace(
      '"scores": {',
      '"scores": { "__proto__": 5, "x": "<img>",',
    );
    expect(problem('team.json', 10, hostile)).toEqual([[{ file: 'team.json' }, 'mangled']]);
  });

  it('reads pasted codes line by line, skips empty lines and names a bad line by number', () => {
    const text = `${encodeCard(one)}\n\n  ${encodeCard(two)}  \r\nTK-KWAL-1-kapot\nHallo`;
    expect(readCodeLines(text)).toEqual({
      cards: [one, two],
      problems: [
        { source: { line: 4 }, problem: 'mangled' },
        { source: { line: 5 }, problem: 'not-a-card' },
      ],
    });
  });
});
