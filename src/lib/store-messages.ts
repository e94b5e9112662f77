import type { StoreProblem } from './answer-store';

/** The UI string that tells the reader about each kind of storage problem, most serious first. */
const messageKeys = {
  'newer-version': 'store.newerVersion',
  'set-aside': 'store.setAside',
  unavailable: 'store.unavailable',
  full: 'store.full',
} as const satisfies Record<StoreProblem['kind'], string>;

export type StoreMessageKey = (typeof messageKeys)[keyof typeof messageKeys];

/** The UI strings to show for a store's problems: each once, most serious first. */
export function problemMessageKeys(problems: StoreProblem[]): StoreMessageKey[] {
  return (Object.keys(messageKeys) as StoreProblem['kind'][])
    .filter((kind) => problems.some((problem) => problem.kind === kind))
    .map((kind) => messageKeys[kind]);
}
