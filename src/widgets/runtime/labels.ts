import type dutch from '../../content/i18n/nl.json';

type Key = keyof typeof dutch;
type Under<K, Prefix extends string> = K extends `${Prefix}.${infer Rest}` ? Rest : never;
/** The keys of the UI strings under `<prefix>.`, so that a wrong key fails the check. */
export type KeyUnder<Prefix extends string> = Under<Key, Prefix>;

/**
 * The UI strings `<prefix>.<key>` by key, as a widget hands them to its element in
 * `data-labels`. The record is typed by its keys: an element class declares the same key list
 * (`AnswerWidget<Label>`), so asking for a label nobody handed over is a type error, not a key
 * shown to the reader.
 */
export const labelsFor = <Prefix extends string, K extends KeyUnder<Prefix>>(
  t: App.Locals['t'],
  prefix: Prefix,
  keys: readonly K[],
): Record<K, string> =>
  Object.fromEntries(keys.map((key) => [key, t(`${prefix}.${key}` as Key)])) as Record<K, string>;

/** What a widget says as it saves what the reader types (`reflection.*`). */
export const savingKeys = [
  'saving',
  'saved',
  'savedWithCopy',
  'notKept',
  'updatedElsewhere',
  'changedElsewhere',
  'deletedElsewhere',
] as const;
export type SavingLabel = (typeof savingKeys)[number];
