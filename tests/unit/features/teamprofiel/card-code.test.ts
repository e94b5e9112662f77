import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkCharacter, decodeCard, encodeCard } from '../../../../src/features/teamprofiel/card-code';
import { bytesToBase64url, newCardId, type TeamCard } from '../../../../src/features/teamprofiel/team-card';
import { teamScans, scanNames } from '../../../../src/features/teamprofiel/team-scans';
import { card } from './cards';

const qualities = card(1, { '1': 3, '2': 5, '7': 1 });
const conditions = card(2, { vertrouwen: 4, privacy: 2 }, 'condities');

/** Any card: a scan, a random id and some of its items scored. */
const anyCard = fc.constantFrom(...scanNames).chain((scan) =>
  fc.record({
    scan: fc.constant(scan),
    id: fc.uint8Array({ minLength: 8, maxLength: 8 }).map(bytesToBase64url),
    scores: fc
      .dictionary(
        fc.constantFrom(...teamScans[scan].items),
        fc.constantFrom(1, 2, 3, 4, 5) as fc.Arbitrary<1>,
        {
          minKeys: 1,
        },
      )
      .map((scores) => ({ ...scores })),
  }),
) as fc.Arbitrary<TeamCard>;

describe('team card codes', () => {
  it('name the scan and version, are short, and read back as the same card', () => {
    const code = encodeCard(qualities);
    expect(code).toMatch(/^TK-KWAL-1-[A-Za-z0-9_-]{17}$/);
    expect(encodeCard(conditions)).toMatch(/^TK-COND-1-[A-Za-z0-9_-]{20}$/);
    expect(decodeCard(code)).toEqual({ card: qualities });
    expect(decodeCard(`  ${code.slice(0, 9)}\n ${code.slice(9)} `)).toEqual({ card: qualities });
    fc.assert(
      fc.property(anyCard, (any) => {
        expect(decodeCard(encodeCard(any))).toEqual({ card: any });
      }),
    );
  });

  it('refuse every single mistyped character and swapped neighbours', () => {
    const code = encodeCard(conditions);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let index = 10; index < code.length; index++) {
      for (const char of alphabet) {
        if (char === code[index]) continue;
        const typo = code.slice(0, index) + char + code.slice(index + 1);
        expect(decodeCard(typo), typo).toEqual({ problem: 'mangled' });
      }
    }
    expect(decodeCard(code.slice(0, -1))).toEqual({ problem: 'mangled' });
    expect(decodeCard(`${code}A`)).toEqual({ problem: 'mangled' });
    const swapped = code.slice(0, 12) + code[13] + code[12] + code.slice(14);
    if (swapped !== code) expect(decodeCard(swapped)).toEqual({ problem: 'mangled' });
  });

  it('say what else is wrong: not a code, a newer version, a code of the wrong length, no scores', () => {
    expect(decodeCard('Hoi, hier is mijn kaart')).toEqual({ problem: 'not-a-card' });
    expect(decodeCard('TK-XYZ-1-AAAA')).toEqual({ problem: 'not-a-card' });
    const newer = `TK-KWAL-2-${encodeCard(qualities).slice(10, -1)}`;
    expect(decodeCard(newer + checkCharacter(newer))).toEqual({ problem: 'newer-version' });
    // A conditions payload under the qualities prefix, with a valid check: the wrong length.
    const wrongScan = `TK-KWAL-1-${encodeCard(conditions).slice(10, -1)}`;
    expect(decodeCard(wrongScan + checkCharacter(wrongScan))).toEqual({ problem: 'mangled' });
    const empty = `TK-KWAL-1-${bytesToBase64url(new Uint8Array(12))}`;
    expect(decodeCard(empty + checkCharacter(empty))).toEqual({ problem: 'no-scores' });
    const offScale = `TK-KWAL-1-${bytesToBase64url(new Uint8Array([...new Uint8Array(8), 0x96, 0, 0, 0]))}`;
    expect(decodeCard(offScale + checkCharacter(offScale))).toEqual({ problem: 'mangled' });
  });

  it('carry a random id of 8 bytes from the given source', () => {
    expect(newCardId((bytes) => bytes.fill(255))).toBe('__________8');
    expect(newCardId()).not.toBe(newCardId());
  });
});
