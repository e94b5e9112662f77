/**
 * Conflict copies: when the reader saves an answer in one tab over a version another tab saved
 * meanwhile, a version they never saw here, that other version is not dropped but kept beside
 * the new one as an answer of its own, for *Mijn werk* to show and the reader to choose from.
 *
 * A copy keeps the other version whole (its value, text, page, prompt, widget and time) under
 * the id `kopie#<set>.<item>.<time>`: the original id `<set>#<item>` with its `#` as a `.`, and
 * the copied version's `savedAt` in milliseconds. It is an answer id as any other (the answers
 * file imports it, so exports keep copies), but in a set of its own, `kopie`, so no widget takes
 * it for one of its own answers and no assignment hands it in. A set id never holds a `.`, so
 * the original id can be read back from the copy's.
 */
export const COPY_SET = 'kopie';

/** The id of the copy of the version of answer `id` saved at `savedAt` (ISO 8601). */
export function copyIdOf(id: string, savedAt: string): string {
  return `${COPY_SET}#${id.replace('#', '.')}.${Date.parse(savedAt)}`;
}

/** The id of the answer `id` is a copy of, or `null` when it is no copy. */
export function originalIdOf(id: string): string | null {
  const match = /^kopie#([^.#]+)\.(.+)\.\d+$/.exec(id);
  return match ? `${match[1]}#${match[2]}` : null;
}
