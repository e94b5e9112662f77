/**
 * The words of a text as the search suggestion compares them: lower case, letters only
 * (a hyphen or apostrophe splits, so *role-based* is *role* and *based*, as Pagefind also finds
 * them), and numbers left out. Used both for the build's vocabulary and for what the reader types,
 * so the two always split alike.
 */
export const searchWords = (text: string, lang: string): string[] =>
  text.toLocaleLowerCase(lang).match(/\p{L}+/gu) ?? [];
