/**
 * What making a team card takes: the code and file formats, which carry both scans' items
 * (`team-scans.ts`). `card-maker.ts` loads this at a reader's first click on a scan's team card
 * buttons, so that the scan pages do not carry it for the many who never make one.
 */
import type { Rating } from '../../widgets/rating/rating-scale';
import { encodeCard } from './card-code';
import { cardFile, newCardId, type TeamCard } from './team-card';
import { isScanName } from './team-scans';

/** The card of `scores` from `scan` (a new random id unless one is given), or null for a name that is no scan. */
export function teamCard(scan: string, id: string | null, scores: Record<string, Rating>): TeamCard | null {
  return isScanName(scan) ? { scan, id: id ?? newCardId(), scores } : null;
}

export { cardFile, encodeCard };
