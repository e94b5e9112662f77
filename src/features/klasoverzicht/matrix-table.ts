/**
 * The class matrix as a real table under its caption: a header row whose cells sort the table by
 * their buttons (`aria-sort` says how it is sorted), a row per student headed by the name,
 * and a footer row with how many students did each item. Text from the files is set with
 * `textContent` only.
 */
import { fillIn } from '../../lib/fill-in';
import { el } from '../../widgets/runtime/dom';
import type { ClassMatrix, MatrixColumn, SortKey, StudentRow } from './class-matrix';
import type { ClassOverviewLabel } from './labels';

export interface MatrixSort {
  key: SortKey;
  ascending: boolean;
}

type Label = (key: ClassOverviewLabel) => string;

/** What a column is called: the question or the exercise's name, or "read the module". */
export const columnName = (column: MatrixColumn, label: Label) =>
  column.kind === 'read' ? label('readModule') : column.label;

/** A cell that reads "✓ 120" on screen and "done, 120 characters" to a screen reader. */
function statusCell(done: boolean, length: number, label: Label): HTMLTableCellElement {
  const cell = el('td');
  const shown = el('span', done ? `✓ ${length}` : '○');
  shown.setAttribute('aria-hidden', 'true');
  const spoken = el('span', done ? fillIn(label('cellDone'), { length }) : label('cellNotDone'), 'sr-only');
  cell.append(shown, spoken);
  return cell;
}

function sortHeader(
  text: string,
  key: SortKey,
  sort: MatrixSort,
  onSort: (key: SortKey) => void,
): HTMLTableCellElement {
  const header = el('th');
  header.scope = 'col';
  if (sort.key === key) header.setAttribute('aria-sort', sort.ascending ? 'ascending' : 'descending');
  const button = el('button', text);
  button.type = 'button';
  button.dataset['sort'] = key;
  button.addEventListener('click', () => onSort(key));
  header.append(button);
  return header;
}

/** Fills `table` with the matrix, its rows in the order given. */
export function renderMatrix(
  table: HTMLTableElement,
  matrix: ClassMatrix,
  rows: readonly StudentRow[],
  sort: MatrixSort,
  label: Label,
  onSort: (key: SortKey) => void,
) {
  const head = el('tr');
  head.append(
    sortHeader(label('student'), 'name', sort, onSort),
    sortHeader(label('total'), 'total', sort, onSort),
    ...matrix.columns.map((column) =>
      sortHeader(
        fillIn(label('column'), { module: column.module, item: columnName(column, label) }),
        `column:${column.key}`,
        sort,
        onSort,
      ),
    ),
  );
  const body = el('tbody');
  for (const row of rows) {
    const line = el('tr');
    const name = el('th', row.student);
    name.scope = 'row';
    if (row.older.length)
      name.append(
        el('span', fillIn(label('olderFiles'), { files: row.older.join(', ') }), 'class-overview__older'),
      );
    const total = el('td', fillIn(label('ofTotal'), { done: row.done, total: matrix.columns.length }));
    line.append(name, total, ...row.cells.map((cell) => statusCell(cell.done, cell.length, label)));
    body.append(line);
  }
  const foot = el('tr');
  const footHeader = el('th', label('doneBy'));
  footHeader.scope = 'row';
  foot.append(
    footHeader,
    el('td'),
    ...matrix.doneByColumn.map((done) =>
      el('td', fillIn(label('ofTotal'), { done, total: matrix.rows.length })),
    ),
  );
  const thead = el('thead');
  thead.append(head);
  const tfoot = el('tfoot');
  tfoot.append(foot);
  // The caption is the page's own (it names the scrolling region around the table); keep it.
  table.replaceChildren(...(table.caption ? [table.caption] : []), thead, body, tfoot);
}
