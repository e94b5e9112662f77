type Key = keyof typeof import('../../content/i18n/nl.json');
/** The keys of the UI strings under `<prefix>.`, so that a wrong key fails the check. */
type Under<K, Prefix extends string> = K extends `${Prefix}.${infer Rest}` ? Rest : never;
type KeyUnder<Prefix extends string> = Under<Key, Prefix>;

/** The UI strings `<prefix>.<key>` by key, as a widget hands them to its element in `data-labels`. */
export const labelsFor = <Prefix extends string>(t: App.Locals['t'], prefix: Prefix, keys: readonly KeyUnder<Prefix>[]): Record<string, string> =>
  Object.fromEntries(keys.map((key) => [key, t(`${prefix}.${key}` as Key)]));

/** What a widget says as it saves what the reader types (`reflection.*`). */
export const savingKeys = ['saving', 'saved', 'notKept', 'updatedElsewhere', 'changedElsewhere', 'deletedElsewhere'] as const;
