import { describe, expect, it } from 'vitest';
import { cardFile, readCard } from '../../../../src/features/teamprofiel/team-card';
import { card } from './cards';

const member = card(1, { '1': 3, '4': 5 });

describe('team card files', () => {
  it('hold the scores, the id, the scan and the format version, and nothing else', () => {
    const file = JSON.parse(cardFile(member));
    expect(Object.keys(file).sort()).toEqual(['format', 'id', 'scan', 'scores', 'version']);
    expect(readCard(file)).toEqual({ card: member });
  });

  it('refuse what is not a card, a newer version, a mangled card and one without scores', () => {
    const file = JSON.parse(cardFile(member));
    expect(readCard(null)).toEqual({ problem: 'not-a-card' });
    expect(readCard({ ...file, format: 'leiderschap-van-leraren/antwoorden' })).toEqual({
      problem: 'not-a-card',
    });
    expect(readCard({ ...file, version: 2 })).toEqual({ problem: 'newer-version' });
    expect(readCard({ ...file, version: '1' })).toEqual({ problem: 'mangled' });
    expect(readCard({ ...file, scan: 'iets' })).toEqual({ problem: 'mangled' });
    expect(readCard({ ...file, id: 'Jan' })).toEqual({ problem: 'mangled' });
    // Of 11 characters, but not as the site writes 8 bytes: its code would carry another id.
    expect(readCard({ ...file, id: 'member01abd' })).toEqual({ problem: 'mangled' });
    expect(readCard({ ...file, scores: { '1': 6 } })).toEqual({ problem: 'mangled' });
    expect(readCard({ ...file, scores: { naam: 'Jan' } })).toEqual({ problem: 'mangled' });
    // A qualities card's scores on the conditions scan are of unknown items there.
    expect(readCard({ ...file, scan: 'condities' })).toEqual({ problem: 'mangled' });
    expect(readCard({ ...file, scores: {} })).toEqual({ problem: 'no-scores' });
  });
});
