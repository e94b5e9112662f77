type Values = Record<string, string | number>;

/** The forms of a counted label, named as i18next names them (Starlight's server-side `t()` reads the same). */
export type PluralKey<K extends string> = `${K}_one` | `${K}_other`;

/** Fills `{{name}}` placeholders in a UI string (the i18next syntax Starlight's strings use). */
export function fillIn(template: string, values: Values): string;
/**
 * Fills in a counted label: of `key_one` and `key_other` in `labels`, the one that
 * `Intl.PluralRules(lang)` picks for `values.count` ("1 answer", "2 answers").
 */
export function fillIn<K extends string>(
  labels: Partial<Record<PluralKey<K>, string>>,
  key: K,
  values: Values & { count: number },
  lang: string,
): string;
export function fillIn(
  template: string | Partial<Record<string, string>>,
  ...rest: [Values] | [string, Values & { count: number }, string]
): string {
  const [text, values] =
    typeof template === 'string'
      ? [template, rest[0] as Values]
      : counted(template, ...(rest as [string, Values & { count: number }, string]));
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

function counted(
  labels: Partial<Record<string, string>>,
  key: string,
  values: Values & { count: number },
  lang: string,
): [string, Values] {
  const form = new Intl.PluralRules(lang).select(values.count);
  // Dutch and English have only "one" and "other"; a language with more forms falls back to "other".
  const text = labels[`${key}_${form}`] ?? labels[`${key}_other`];
  if (text === undefined)
    console.error(`The label "${key}" lacks its plural forms ${key}_one and ${key}_other`);
  return [text ?? '', values];
}

/** One formatter per language: making one costs far more than formatting, and Mijn werk dates thousands of answers. */
const longDateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date as the reader's language writes it: "23 november 2026", "23 November 2026". */
export function longDate(iso: string | Date, lang: string): string {
  let format = longDateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'long' });
    longDateFormats.set(lang, format);
  }
  return format.format(new Date(iso));
}
