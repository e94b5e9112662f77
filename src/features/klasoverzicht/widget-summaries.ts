/**
 * The class's widget results summarised, with the widgets' own reading and scoring: per
 * example card of the four-forms sorting, how many placed it and how many in the right cell
 * (`checkPlacement`); per item of the two rating scans (the seven qualities, the conditions
 * scan's statements), how many gave each point of the scale (the qualities scan's current
 * ratings, `readSnapshot`; the conditions scan's rating per statement, `readRating`), and the
 * mean (`average`). Other widgets have no result to count and get no summary.
 */
import type { SavedAnswer } from '../../lib/store-data';
import { readRating } from '../../widgets/condities-scan/profile';
import { SCALE_POINTS, average, type Rating } from '../../widgets/rating/rating-scale';
import { cards } from '../../widgets/vier-vormen-sorteren/cards';
import { checkPlacement, readPlacement } from '../../widgets/vier-vormen-sorteren/sorting';
import { readSnapshot } from '../../widgets/zeven-kwaliteiten-scan/scan';
import { itemNames, teamScans, type ScanName } from '../teamprofiel/team-scans';
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
  /** Which scan: its items are the qualities or the conditions scan's statements. */
  scan: ScanName;
  column: MatrixColumn;
  /** Students with at least one current rating. */
  students: number;
  /** Per item, in the scan's order: `spread[n - 1]` is how many rated it `n`. */
  items: { id: string; name: string; spread: number[]; average: number | null }[];
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

type Answers = Readonly<Record<string, SavedAnswer>>;

/** A student's ratings in the scan of the set `set`, by item id, as the scan's widget reads them. */
const readRatings: Record<ScanName, (answers: Answers, set: string) => Record<string, Rating>> = {
  kwaliteiten: (answers, set) =>
    readSnapshot(answers[`${set}#huidig`]?.value, teamScans.kwaliteiten.items)?.ratings ?? {},
  condities: (answers, set) =>
    Object.fromEntries(
      teamScans.condities.items.flatMap((item) => {
        const rating = readRating(answers[`${set}#${item}`]?.value);
        return rating === undefined ? [] : [[item, rating]];
      }),
    ),
};

/** The scan whose answers each widget (element tag) takes; a Map, as the tag comes from a file. */
const scanWidgets = new Map<string, ScanName>([
  ['zeven-kwaliteiten-scan', 'kwaliteiten'],
  ['condities-scan', 'condities'],
]);

function scanSummary(
  matrix: ClassMatrix,
  column: MatrixColumn,
  scan: ScanName,
  lang: 'nl' | 'en',
): ScanSummary {
  const ratings = matrix.rows.map((row) => readRatings[scan](row.handIn.answers, column.id));
  return {
    kind: 'scan',
    scan,
    column,
    students: ratings.filter((given) => Object.keys(given).length > 0).length,
    items: itemNames(scan, lang).map(({ id, name }) => {
      const given = ratings.map((rated) => rated[id]).filter((rating) => rating !== undefined);
      return {
        id,
        name,
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
    const scan = widget === null ? undefined : scanWidgets.get(widget);
    return scan ? [scanSummary(matrix, column, scan, language)] : [];
  });
}
