/**
 * What the browser says about this site's storage, for "Wat wordt bewaard": whether it keeps
 * it (`navigator.storage.persisted()`) and how much it uses of how much it allows
 * (`navigator.storage.estimate()`), with the sizes in the reader's language.
 */

/** The part of `navigator.storage` this reads; either may be missing (older browsers, insecure pages). */
export type ReportingStorage = Partial<Pick<StorageManager, 'persisted' | 'estimate'>>;

export interface StorageReport {
  /** Whether the browser keeps the storage when it needs room; `null` when it does not say. */
  persisted: boolean | null;
  /** Bytes in use and allowed; `null` when the browser does not say. */
  space: { usage: number; quota: number } | null;
}

/** What `manager` says; never rejects: what is missing, throws or makes no sense is `null`. */
export async function reportStorage(manager: ReportingStorage | undefined): Promise<StorageReport> {
  const [persisted, estimate] = await Promise.all([
    manager?.persisted?.().catch(() => null) ?? null,
    manager?.estimate?.().catch(() => null) ?? null,
  ]);
  const { usage, quota } = estimate ?? {};
  const known = (bytes: unknown): bytes is number =>
    typeof bytes === 'number' && Number.isFinite(bytes) && bytes >= 0;
  return {
    persisted: typeof persisted === 'boolean' ? persisted : null,
    space: known(usage) && known(quota) && quota > 0 ? { usage, quota } : null,
  };
}

const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A size as the reader's language writes it, in the largest unit under which it is at least 1: "2,1 MB", "300 GB". */
export function byteSize(bytes: number, lang: string): string {
  let step = 0;
  while (step < units.length - 1 && bytes >= 1000 ** (step + 1)) step++;
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: units[step],
    maximumFractionDigits: 1,
  }).format(bytes / 1000 ** step);
}
