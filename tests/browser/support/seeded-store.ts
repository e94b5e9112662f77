/** Answers to seed a page's storage with (`openPage`'s `storage`), in the shape the site stores them. */

/** One answer as the store keeps it: what `widget` saved (`value`); the rest as a widget leaves it, unless given. */
export const savedAnswer = (
  widget: string,
  value: unknown,
  fields: { text?: string; savedAt?: string; page?: string; prompt?: string } = {},
) => ({ value, text: '', savedAt: '2026-11-22T10:00:00.000Z', page: '/', prompt: '', ...fields, widget });

/** A store holding these answers (by id) and nothing else, as `openPage`'s `storage`. */
export const storeWith = (answers: Record<string, ReturnType<typeof savedAnswer>>) => ({
  store: { version: 2, answers, deleted: {}, visits: {} },
});
