/**
 * The two scans a team card can come from, with their items in a fixed order: the order is part
 * of the card code (one score per item, in this order), so an item is never reordered or
 * removed within a card version; adding or reordering items needs a new `CARD_VERSION`.
 */
import { statements } from '../../widgets/condities-scan/statements';
import { qualities } from '../../widgets/zeven-kwaliteiten-scan/qualities';
import type { Lang } from '../../widgets/runtime/widget-lang';

export type ScanName = 'kwaliteiten' | 'condities';

export interface TeamScan {
  /** What a card code starts with after `TK-`, naming the scan. */
  code: string;
  /** The item ids, in code order: the qualities' ids, the conditions scan's statement ids. */
  items: readonly string[];
}

export const teamScans: Record<ScanName, TeamScan> = {
  kwaliteiten: { code: 'KWAL', items: qualities.map((quality) => quality.id) },
  condities: { code: 'COND', items: statements.map((statement) => statement.id) },
};

export const scanNames = Object.keys(teamScans) as ScanName[];

export const isScanName = (value: unknown): value is ScanName =>
  typeof value === 'string' && Object.hasOwn(teamScans, value);

/** Each item's name in the scan's own terms: the quality's short name, the condition or obstacle it is about. */
export function itemNames(scan: ScanName, lang: Lang): { id: string; name: string }[] {
  if (scan === 'kwaliteiten') return qualities.map((quality) => ({ id: quality.id, name: quality[lang] }));
  return statements.map((statement) => ({ id: statement.id, name: statement[lang].factor }));
}
