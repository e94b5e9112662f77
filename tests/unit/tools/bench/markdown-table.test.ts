import { describe, expect, it } from 'vitest';
import { kB, markdownTable } from '../../../../tools/bench/markdown-table';

describe('markdownTable', () => {
  it('writes a header, a separator and one line per row', () => {
    expect(
      markdownTable(
        ['page', 'JS'],
        [
          ['/', '12.3 kB'],
          ['/en/', 7],
        ],
      ),
    ).toBe(['| page | JS |', '| --- | --- |', '| / | 12.3 kB |', '| /en/ | 7 |'].join('\n'));
  });

  it('keeps a pipe or a line break in a cell from breaking the table', () => {
    expect(markdownTable(['audit'], [['a | b\n  c']]).split('\n')[2]).toBe('| a \\| b c |');
  });

  it('refuses a row with the wrong number of cells', () => {
    expect(() => markdownTable(['a', 'b'], [['1']])).toThrow();
  });
});

describe('kB', () => {
  it('shows bytes as kilobytes of 1000 bytes with one decimal', () => {
    expect(kB(12_345)).toBe('12.3 kB');
    expect(kB(0)).toBe('0.0 kB');
  });
});
