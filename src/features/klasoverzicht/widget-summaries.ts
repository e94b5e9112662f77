/**
 * The class's widget results summarised, with the widgets' own reading and scoring: per
 * example card of the four-forms sorting, how many placed it and how many in the right cell
 * (`checkPlacement`); per quality of the seven-qualities scan, how many gave each point of the
 * scale to their current ratings (`readSnapshot`), and the mean (`average`). Other widgets
 * have no result to count and get no summary.
 */
import { SCALE_POINTS, average } from '../../widgets/rating/rating-scale';
import { cards } from '../../widgets/vier-vormen-sorteren/cards';
import { checkPlacement, readPlacement } from '../../widgets/vier-vormen-sorteren/sorting';
import { qualities } from '../../widgets/zeven-kwaliteiten-scan/qualities';
import { readSnapshot } from '../../widgets/zeven-kwaliteiten-scan/scan';
import type { ClassMatrix, MatrixColumn } from './class-matrix';

export interface SortingSummary {
  kind: 'sorting';
  column: MatrixColumn;
  /** Students who placed at least one card. */
  students: number;
  cards: { id: string; title: string; placed: number; right: number }[];
}

export interface ScanSummary {
  kind: 'scan';
  column: MatrixColumn;
  /** Students with at least one current rating. */
  students: number;
  /** `spread[n - 1]`: how many rated the quality `n`. */
  qualities: { id: string; name: string; spread: number[]; average: number | null }[];
}

export type WidgetSummary = SortingSummary | ScanSummary;

/** Which widget took the set's answers, as the answers say. */
function widgetOf(matrix: ClassMatrix, set: string): string | null {
  for (const row of matrix.rows)
    for (const [id, answer] of Object.entries(row.handIn.answers))
      if (id.startsWith(`${set}#`)) return answer.widget;
  return null;
}

function sortingSummary(matrix: ClassMatrix, column: MatrixColumn, lang: 'nl' | 'en'): SortingSummary {
  const placements = matrix.rows.map((row) =>
    Object.fromEntries(
      cards.map((card) => [card.id, readPlacement(row.handIn.answers[`${column.id}#${card.id}`]?.value)]),
    ),
  );
  return {
    kind: 'sorting',
    column,
    students: placements.filter((placed) => Object.values(placed).some(Boolean)).length,
    cards: cards.map((card) => {
      const cells = placements.map((placed) => placed[card.id]).filter((cell) => cell != null);
      return {
        id: card.id,
        title: card[lang].title,
        placed: cells.length,
        right: cells.filter((cell) => checkPlacement(card.cell, cell).right).length,
      };
    }),
  };
}

function scanSummary(matrix: ClassMatrix, column: MatrixColumn, lang: 'nl' | 'en'): ScanSummary {
  const ids = qualities.map((quality) => quality.id);
  const ratings = matrix.rows.map(
    (row) => readSnapshot(row.handIn.answers[`${column.id}#huidig`]?.value, ids)?.ratings ?? {},
  );
  return {
    kind: 'scan',
    column,
    students: ratings.filter((given) => Object.keys(given).length > 0).length,
    qualities: qualities.map((quality) => {
      const given = ratings.map((rated) => rated[quality.id]).filter((rating) => rating !== undefined);
      return {
        id: quality.id,
        name: quality[lang],
        spread: SCALE_POINTS.map((point) => given.filter((rating) => rating === point).length),
        average: average(given),
      };
    }),
  };
}

/** A summary per widget column of the matrix that has results to count, in column order. */
export function widgetSummaries(matrix: ClassMatrix, lang: string): WidgetSummary[] {
  const language = lang === 'en' ? 'en' : 'nl';
  return matrix.columns.flatMap((column): WidgetSummary[] => {
    if (column.kind !== 'widget') return [];
    const widget = widgetOf(matrix, column.id);
    if (widget === 'vier-vormen-sorteren') return [sortingSummary(matrix, column, language)];
    if (widget === 'zeven-kwaliteiten-scan') return [scanSummary(matrix, column, language)];
    return [];
  });
}
