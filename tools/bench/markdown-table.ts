/** Formatting for reports written as Markdown (docs/performance.md). */
import type { Verdict } from './bench-stats.ts';

type Cell = string | number;

/** A GitHub-flavoured Markdown table; a `|` or line break inside a cell cannot break the table. */
export function markdownTable(header: readonly Cell[], rows: readonly (readonly Cell[])[]): string {
  const line = (cells: readonly Cell[]) =>
    `| ${cells
      .map((cell) =>
        String(cell)
          .replace(/\|/g, '\\|')
          .replace(/\s*\n\s*/g, ' '),
      )
      .join(' | ')} |`;
  for (const row of rows) {
    if (row.length !== header.length)
      throw new Error(`row has ${row.length} cells, header has ${header.length}`);
  }
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Milliseconds, rounded: `412 ms`. */
export const ms = (value: number) => `${Math.round(value)} ms`;

/** A target's verdict, in bold; a failure in capitals, to stand out. */
export const verdictText = (verdict: Verdict) => (verdict === 'pass' ? '**pass**' : '**FAIL**');

/** Bytes as kilobytes with one decimal (1 kB = 1000 bytes), as `npm run sizes` prints them. */
export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/**
 * `report` with the section that starts at the line `heading` (up to the next `## ` heading,
 * or the end) replaced by `section`, which starts with that heading; appended when `report`
 * has no such section.
 */
export function replaceSection(report: string, heading: string, section: string): string {
  const lines = report.split('\n');
  const start = lines.indexOf(heading);
  if (start === -1) return `${report.trimEnd()}\n\n${section}\n`;
  const next = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  const after = next === -1 ? [] : ['', ...lines.slice(next)];
  return [...lines.slice(0, start), ...section.split('\n'), ...after].join('\n').trimEnd() + '\n';
}
