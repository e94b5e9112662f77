/**
 * Norms turn survey information into a decision (the article's step, after Ackoff, from information to
 * knowledge): a minimum response per group, a minimum share in favour, and how heavily
 * parents weigh against teachers. Percentages are whole numbers from 0 to 100; a value
 * equal to its norm meets it.
 *
 * Shares are compared exactly, as fractions, so that 65 % never fails a 65 % norm through
 * rounding. Shown percentages are rounded down to one decimal for the same reason: a
 * shown 55 is never below a 55 % norm.
 */
import { fillIn } from '../../lib/fill-in';

export type GroupId = 'parents' | 'teachers';

export interface GroupResult {
  invited: number;
  favour: number;
  against: number;
}

export type Survey = Record<GroupId, GroupResult>;

export type Norms = {
  /** Minimum share of each counted group that responded, in %. */
  minResponse: number;
  /** Minimum weighted share in favour among those who responded, in %. */
  minFavour: number;
  /** Weight of the parents' opinion, in %; the teachers weigh the rest. */
  parentWeight: number;
};

export type Verdict = 'introduce' | 'reject' | 'insufficient-response';

export type Reason =
  /** A group with weight 0 %: neither its response nor its opinion counts. */
  | { kind: 'not-counted'; group: GroupId }
  | {
      kind: 'response';
      group: GroupId;
      responded: number;
      invited: number;
      rate: number;
      norm: number;
      met: boolean;
    }
  /** Nobody of a counted group answered, so its opinion cannot be weighed, whatever the norm. */
  | { kind: 'no-response'; group: GroupId; invited: number }
  | { kind: 'favour'; share: number; norm: number; parentWeight: number; met: boolean }
  /** Support is not weighed while the response falls short. */
  | { kind: 'favour-skipped' };

export interface Decision {
  verdict: Verdict;
  reasons: Reason[];
}

export const GROUPS: readonly GroupId[] = ['parents', 'teachers'];

export const responded = (group: GroupResult) => group.favour + group.against;

/** `part / whole` in %, rounded down to one decimal; 0 when `whole` is 0. */
export function percentDown(part: number, whole: number): number {
  return whole > 0 ? Math.floor((part * 1000) / whole) / 10 : 0;
}

/** The share that responded, in % (rounded down to one decimal). */
export const responseRate = (group: GroupResult) => percentDown(responded(group), group.invited);

/** The share in favour among those who responded, in % (rounded down to one decimal). */
export const favourShare = (group: GroupResult) => percentDown(group.favour, responded(group));

const weightOf = (group: GroupId, norms: Norms) =>
  group === 'parents' ? norms.parentWeight : 100 - norms.parentWeight;

/**
 * The weighted share in favour as an exact fraction of percentages, over the groups with a
 * weight; null when one of them has no answers.
 */
function weightedFavour(survey: Survey, norms: Norms): { num: number; den: number } | null {
  const counted = GROUPS.filter((group) => weightOf(group, norms) > 0);
  if (counted.some((group) => responded(survey[group]) === 0)) return null;
  // Σ wᵢ·fᵢ/rᵢ over a common denominator Π rᵢ.
  const den = counted.reduce((product, group) => product * responded(survey[group]), 1);
  const num = counted.reduce(
    (sum, group) => sum + weightOf(group, norms) * survey[group].favour * (den / responded(survey[group])),
    0,
  );
  return { num, den };
}

/** The decision these norms give on this survey, with every reason for it in order. */
export function decide(survey: Survey, norms: Norms): Decision {
  const reasons: Reason[] = [];
  let responseMet = true;
  for (const group of GROUPS) {
    const result = survey[group];
    if (weightOf(group, norms) === 0) {
      reasons.push({ kind: 'not-counted', group });
    } else if (responded(result) === 0) {
      reasons.push({ kind: 'no-response', group, invited: result.invited });
      responseMet = false;
    } else {
      const met = responded(result) * 100 >= norms.minResponse * result.invited;
      reasons.push({
        kind: 'response',
        group,
        responded: responded(result),
        invited: result.invited,
        rate: responseRate(result),
        norm: norms.minResponse,
        met,
      });
      responseMet &&= met;
    }
  }
  const share = weightedFavour(survey, norms);
  if (!responseMet || !share) {
    reasons.push({ kind: 'favour-skipped' });
    return { verdict: 'insufficient-response', reasons };
  }
  const met = share.num >= norms.minFavour * share.den;
  reasons.push({
    kind: 'favour',
    share: Math.floor((share.num * 10) / share.den) / 10,
    norm: norms.minFavour,
    parentWeight: norms.parentWeight,
    met,
  });
  return { verdict: met ? 'introduce' : 'reject', reasons };
}

const isPercent = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 100;

/** Norms from a stored value, or null when it is not a set of three whole percentages. */
export function normsFromValue(value: unknown): Norms | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { minResponse, minFavour, parentWeight } = value as Record<string, unknown>;
  return isPercent(minResponse) && isPercent(minFavour) && isPercent(parentWeight)
    ? { minResponse, minFavour, parentWeight }
    : null;
}

/** The words a language gives the reasons; templates have `{blanks}` (see `describeDecision`). */
export interface DecisionWords {
  group: Record<GroupId, string>;
  verdict: Record<Verdict, string>;
  /** `{verdict}` */
  verdictLine: string;
  /** `{group} {rate} {responded} {invited} {norm}` */
  responseMet: string;
  responseShort: string;
  /** `{group} {invited}` */
  noResponse: string;
  /** `{group}` */
  notCounted: string;
  /** `{share} {norm} {parentWeight} {teacherWeight}` */
  favourMet: string;
  favourShort: string;
  favourSkipped: string;
  /** `{minResponse} {minFavour} {parentWeight} {verdict}` */
  summary: string;
}

/** The decision in words: a headline ("Met deze normen: invoeren.") and one sentence per reason. */
export function describeDecision(
  decision: Decision,
  words: DecisionWords,
  formatNumber: (n: number) => string,
) {
  const sentences = decision.reasons.map((reason) => {
    switch (reason.kind) {
      case 'not-counted':
        return fillIn(words.notCounted, { group: words.group[reason.group] });
      case 'no-response':
        return fillIn(words.noResponse, {
          group: words.group[reason.group],
          invited: formatNumber(reason.invited),
        });
      case 'response':
        return fillIn(reason.met ? words.responseMet : words.responseShort, {
          group: words.group[reason.group],
          rate: formatNumber(reason.rate),
          responded: formatNumber(reason.responded),
          invited: formatNumber(reason.invited),
          norm: formatNumber(reason.norm),
        });
      case 'favour':
        return fillIn(reason.met ? words.favourMet : words.favourShort, {
          share: formatNumber(reason.share),
          norm: formatNumber(reason.norm),
          parentWeight: formatNumber(reason.parentWeight),
          teacherWeight: formatNumber(100 - reason.parentWeight),
        });
      case 'favour-skipped':
        return words.favourSkipped;
    }
  });
  return {
    headline: fillIn(words.verdictLine, { verdict: words.verdict[decision.verdict] }),
    reasons: sentences,
  };
}

/** The norms and their decision as one plain sentence, for the reader's portfolio. */
export function summariseNorms(
  norms: Norms,
  decision: Decision,
  words: DecisionWords,
  formatNumber: (n: number) => string,
): string {
  return fillIn(words.summary, {
    minResponse: formatNumber(norms.minResponse),
    minFavour: formatNumber(norms.minFavour),
    parentWeight: formatNumber(norms.parentWeight),
    verdict: words.verdict[decision.verdict],
  });
}

/** The norms in the order the sliders show them. */
export const NORM_KEYS = [
  'minResponse',
  'minFavour',
  'parentWeight',
] as const satisfies readonly (keyof Norms)[];

export const isNormKey = (key: unknown): key is keyof Norms => NORM_KEYS.some((norm) => norm === key);

/** The UI strings a norm's value is said with: `{n}` for a percentage, `{parents} {teachers}` for the weight. */
export const normValueKeys = ['percent', 'percentText', 'weight', 'weightText'] as const;
export type NormValueLabel = (typeof normValueKeys)[number];

/** A norm's value as shown beside its slider and as the slider's `aria-valuetext`. */
export function normLabels(key: keyof Norms, n: number, label: (key: NormValueLabel) => string) {
  if (key !== 'parentWeight')
    return { shown: fillIn(label('percent'), { n }), spoken: fillIn(label('percentText'), { n }) };
  const values = { parents: n, teachers: 100 - n };
  return { shown: fillIn(label('weight'), values), spoken: fillIn(label('weightText'), values) };
}
