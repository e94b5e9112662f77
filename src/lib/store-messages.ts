import type { StoreProblem } from './answer-store';

/** The UI string that tells the reader about each kind of storage problem, most serious first. */
const messageKeys = {
  'newer-version': 'store.newerVersion',
  'set-aside': 'store.setAside',
  unavailable: 'store.unavailable',
  full: 'store.full',
} as const satisfies Record<StoreProblem['kind'], string>;

/**
 * Damaged data that could not even be copied aside (the storage is full) stays where it was,
 * and nothing new is kept: saying it was set aside would be false.
 */
const noRoomToSetAside = 'store.damagedNoRoom';

export type StoreMessageKey = (typeof messageKeys)[keyof typeof messageKeys] | typeof noRoomToSetAside;

/** The UI strings to show for a store's problems: each once, most serious first. */
export function problemMessageKeys(problems: StoreProblem[]): StoreMessageKey[] {
  return (Object.keys(messageKeys) as StoreProblem['kind'][]).flatMap((kind) => {
    const found = problems.find((problem) => problem.kind === kind);
    if (!found) return [];
    return found.kind === 'set-aside' && found.key === null ? [noRoomToSetAside] : [messageKeys[kind]];
  });
}
