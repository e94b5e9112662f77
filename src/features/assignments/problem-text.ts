/**
 * What a problem of a link (see `assignment-checks.ts`) says to the reader, from the
 * `assignment.problem.*` labels: the student page lists them, and so does the builder when it
 * reopens a link to edit it.
 */
import { fillIn } from '../../lib/fill-in';
import type { Problem } from './assignment-checks';

/** The label keys `problemText` reads, without their `assignment.` prefix. */
export const problemLabelKeys = [
  'problem.missing',
  'problem.malformed',
  'problem.too-large',
  'problem.newer-version',
  'problem.unknown-version',
  'problem.bad-title',
  'problem.bad-instructions',
  'problem.bad-due',
  'problem.bad-modules',
  'problem.too-long-title',
  'problem.too-long-instructions',
  'problem.too-many-modules',
  'problem.unknown-module',
  'problem.unknown-question',
  'problem.unknown-widget',
  'problem.more_one',
  'problem.more_other',
  'problem.no-modules',
] as const;
type ProblemLabel = (typeof problemLabelKeys)[number];

/** `label` gives a label by key (and says when one is missing); `labels` are all of them, for counted ones. */
export function problemText(
  problem: Problem,
  label: (key: ProblemLabel) => string,
  labels: Partial<Record<string, string>>,
  lang: string,
): string {
  switch (problem.kind) {
    case 'bad-field':
      return label(`problem.bad-${problem.field}`);
    case 'too-long':
      return label(`problem.too-long-${problem.field}`);
    case 'unknown-question':
      return fillIn(label('problem.unknown-question'), { module: problem.module, index: problem.question });
    case 'too-many-modules':
      return fillIn(label('problem.too-many-modules'), { count: problem.count });
    case 'more':
      return fillIn(labels, 'problem.more', { count: problem.count }, lang);
    case 'unknown-module':
      return fillIn(label('problem.unknown-module'), { slug: problem.slug });
    case 'unknown-widget':
      return fillIn(label('problem.unknown-widget'), { module: problem.module, id: problem.id });
    default:
      return label(`problem.${problem.kind}`);
  }
}
