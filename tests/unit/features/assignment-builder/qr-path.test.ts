import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrPath } from '../../../../src/features/assignment-builder/qr-path';

describe('qrPath', () => {
  it('draws each run of dark modules as one rectangle', () => {
    expect(
      qrPath([
        [true, true, false, true],
        [false, false, false, false],
        [false, true, true, true],
      ]),
    ).toBe('M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3z');
    expect(qrPath([])).toBe('');
  });

  it('covers exactly the dark modules of a real code', () => {
    const { data } = encode('https://example.org/opdracht/#a=eyJ2IjoxfQ');
    const covered = data.map((row) => row.map(() => false));
    for (const [, x, y, width] of qrPath(data).matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let i = 0; i < Number(width); i++) covered[Number(y)]![Number(x) + i] = true;
    }
    expect(covered).toEqual(data);
  });
});
