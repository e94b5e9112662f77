/**
 * The class overview as CSV for an LMS gradebook: one row per student under a header row,
 * as Excel with Dutch settings opens it correctly: UTF-8 with a byte order mark (else Excel
 * guesses the file's encoding), `;` between cells (Dutch Excel reads `,` as the decimal
 * comma) and CRLF line ends.
 */
import type { ClassMatrix, MatrixColumn, StudentRow } from './class-matrix';

export interface CsvLabels {
  student: string;
  done: string;
  total: string;
  /** A column's header, e.g. "{{module}}: {{item}} (tekens)". */
  column: (column: MatrixColumn) => string;
}

/**
 * A cell as text Excel shows as it is: a cell that starts as a formula would (`=`, `+`, `-`,
 * `@`, a tab or a carriage return) gets a leading `'`, so a student's answer or name can never
 * run as one; a cell holding `;`, a quote or a line break is quoted, quotes doubled.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Per student: name, items done, items counted, then per item the answer's length in
 * characters, or an empty cell when it is not done.
 */
export function classCsv(matrix: ClassMatrix, rows: readonly StudentRow[], labels: CsvLabels): string {
  const header = [labels.student, labels.done, labels.total, ...matrix.columns.map(labels.column)];
  const lines = [
    header,
    ...rows.map((row) => [
      row.student,
      row.done,
      matrix.columns.length,
      ...row.cells.map((cell) => (cell.done ? cell.length : '')),
    ]),
  ];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
