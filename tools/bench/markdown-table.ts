/** Formatting for reports written as Markdown (docs/performance.md). */

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

/** Bytes as kilobytes with one decimal (1 kB = 1000 bytes), as `npm run sizes` prints them. */
export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
