/** Team cards for the tests: member `n` of a team, with a fixed id of their own. */
import type { TeamCard } from '../../../../src/features/teamprofiel/team-card';
import type { ScanName } from '../../../../src/features/teamprofiel/team-scans';
import type { Rating } from '../../../../src/widgets/rating/rating-scale';

export const cardId = (n: number) => `member${String(n).padStart(2, '0')}abc`;

export const card = (
  n: number,
  scores: Record<string, Rating>,
  scan: ScanName = 'kwaliteiten',
): TeamCard => ({
  scan,
  id: cardId(n),
  scores,
});
