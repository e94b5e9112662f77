/**
 * Sorting examples into the four forms of teacher leadership: a 2×2 grid of formal or
 * informal against individual or collective. Cell ids are stored in readers' answers, so
 * they never change. The practices readers add of their own school: `own-practice.ts`.
 */

export const CELLS = [
  'formeel-individueel',
  'formeel-collectief',
  'informeel-individueel',
  'informeel-collectief',
] as const;
export type CellId = (typeof CELLS)[number];

/** The two questions that make the grid: is it laid down, and is it one teacher or a group? */
export type Dimension = 'formality' | 'scale';

export const isCellId = (value: unknown): value is CellId => (CELLS as readonly unknown[]).includes(value);
/** A cell id read from the page (a list box, a data attribute), or null when it is none. */
export const cellOrNull = (value: unknown): CellId | null => (isCellId(value) ? value : null);

export interface PlacementCheck {
  right: boolean;
  /** The dimensions on which the reader's cell differs from the card's. */
  wrong: Dimension[];
}

export function checkPlacement(answer: CellId, placed: CellId): PlacementCheck {
  const [answerFormality, answerScale] = answer.split('-');
  const [placedFormality, placedScale] = placed.split('-');
  const wrong: Dimension[] = [];
  if (answerFormality !== placedFormality) wrong.push('formality');
  if (answerScale !== placedScale) wrong.push('scale');
  return { right: wrong.length === 0, wrong };
}

/** The label keys (`sorter.*`) of the feedback on a placement. */
export type FeedbackKey = 'right' | 'wrong' | 'hintFormality' | 'hintScale';

/** Label keys of the feedback on a placement, in reading order; the card's own explanation follows them. */
export function feedbackKeys(check: PlacementCheck): FeedbackKey[] {
  if (check.right) return ['right'];
  return [
    'wrong',
    ...check.wrong.map((dimension) => (dimension === 'formality' ? 'hintFormality' : 'hintScale')),
  ];
}

export interface Score {
  right: number;
  placed: number;
  total: number;
}

/** How many of `cards` the reader placed, and how many of those in the right cell. */
export function score(
  cards: { id: string; cell: CellId }[],
  placements: Record<string, CellId | undefined>,
): Score {
  let right = 0;
  let placed = 0;
  for (const card of cards) {
    const cell = placements[card.id];
    if (!cell) continue;
    placed += 1;
    if (cell === card.cell) right += 1;
  }
  return { right, placed, total: cards.length };
}

/** The cell of a stored example placement (`{ "cell": ... }`), or null when it is not one. */
export function readPlacement(value: unknown): CellId | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const cell = (value as Record<string, unknown>)['cell'];
  return isCellId(cell) ? cell : null;
}
