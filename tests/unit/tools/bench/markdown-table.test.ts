import { describe, expect, it } from 'vitest';
import { kB, markdownTable, ms, replaceSection, verdictText } from '../../../../tools/bench/markdown-table';

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

describe('replaceSection', () => {
  const report = ['# Report', '', '## 1. A', '', 'old a', '', '## 2. B', '', 'b', ''].join('\n');

  it('replaces one section up to the next heading and leaves the others as they were', () => {
    expect(replaceSection(report, '## 1. A', '## 1. A\n\nnew a')).toBe(
      ['# Report', '', '## 1. A', '', 'new a', '', '## 2. B', '', 'b', ''].join('\n'),
    );
  });

  it('replaces the last section up to the end', () => {
    expect(replaceSection(report, '## 2. B', '## 2. B\n\nnew b')).toBe(
      ['# Report', '', '## 1. A', '', 'old a', '', '## 2. B', '', 'new b', ''].join('\n'),
    );
  });

  it('appends a section the report does not have yet', () => {
    expect(replaceSection(report, '## 3. C', '## 3. C\n\nc')).toBe(`${report.trimEnd()}\n\n## 3. C\n\nc\n`);
  });
});

describe('ms and verdictText', () => {
  it('round milliseconds and set a verdict in bold, a failure in capitals', () => {
    expect(ms(199.6)).toBe('200 ms');
    expect([verdictText('pass'), verdictText('fail')]).toEqual(['**pass**', '**FAIL**']);
  });
});
