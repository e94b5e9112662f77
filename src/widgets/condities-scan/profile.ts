/**
 * The profile of the conditions scan: which conditions the reader sees as strong, which
 * obstacles weigh, and which areas are weakest, so the scan can suggest what a team might
 * discuss next. Obstacle statements are worded so that agreeing means the obstacle is
 * there; they count reversed, so that in every area a higher score is a better soil.
 */
import { average, isRating, reversed, type Rating } from '../rating/rating-scale';

export interface ScanStatement {
  id: string;
  /** A condition that helps teacher leadership, or an obstacle that holds it back. */
  kind: 'condition' | 'obstacle';
  /** The area the statement belongs to; suggestions are picked per area. */
  area: string;
}

export interface AreaScore {
  area: string;
  /** Mean of the area's rated statements, obstacles reversed: 1 weak soil, 5 strong. */
  score: number;
  rated: number;
}

export interface ConditionsProfile {
  /** Condition statements the reader agrees with (4 or 5), in statement order. */
  strongConditions: string[];
  /** Obstacle statements the reader agrees with (4 or 5): obstacles that weigh. */
  weighingObstacles: string[];
  /** Every area with at least one rated statement, in the order areas first appear. */
  areas: AreaScore[];
  rated: number;
}

export const AGREES_FROM: Rating = 4;

/**
 * The rating in a stored answer, `{ "rating": 1–5 }`, or undefined when there is none or it
 * is off the scale (the value may come from another tab, an older version or an edited file).
 */
export function readRating(value: unknown): Rating | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const rating: unknown = (value as Record<string, unknown>)['rating'];
  return isRating(rating) ? rating : undefined;
}

/** A rating turned so that higher always means better for teacher leadership. */
export function orientedScore(statement: ScanStatement, rating: Rating): Rating {
  return statement.kind === 'obstacle' ? reversed(rating) : rating;
}

export function conditionsProfile(
  statements: readonly ScanStatement[],
  ratings: Readonly<Record<string, Rating>>,
): ConditionsProfile {
  const rated = statements.filter((statement) => ratings[statement.id] !== undefined);
  const agreed = rated.filter((statement) => ratings[statement.id]! >= AGREES_FROM);
  const areaOrder = [...new Set(rated.map((statement) => statement.area))];
  const areas = areaOrder.map((area) => {
    const scores = rated
      .filter((statement) => statement.area === area)
      .map((statement) => orientedScore(statement, ratings[statement.id]!));
    return { area, score: average(scores)!, rated: scores.length };
  });
  return {
    strongConditions: agreed
      .filter((statement) => statement.kind === 'condition')
      .map((statement) => statement.id),
    weighingObstacles: agreed
      .filter((statement) => statement.kind === 'obstacle')
      .map((statement) => statement.id),
    areas,
    rated: rated.length,
  };
}

export interface PickOptions {
  /** At most this many areas. */
  most: number;
  /** At least this many (when that many are rated), even if they are not weak. */
  least: number;
  /** Areas scoring below this count as weak. */
  weakBelow: number;
}

/**
 * The areas to talk about first: the weak ones, weakest first, up to `most`; topped up
 * with the next lowest to `least`, so a strong profile still gets something to discuss.
 * Ties keep the areas' own order.
 */
export function areasToDiscuss(
  areas: readonly AreaScore[],
  { most, least, weakBelow }: PickOptions,
): string[] {
  const ranked = [...areas].sort((a, b) => a.score - b.score);
  const weak = ranked.filter((area) => area.score < weakBelow).slice(0, most);
  const picked = weak.length >= least ? weak : ranked.slice(0, least);
  return picked.map((area) => area.area);
}
