/** Fills `{{name}}` placeholders in a UI string (the i18next syntax Starlight's strings use). */
export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A date as the reader's language writes it: "23 november 2026", "23 November 2026". */
export function longDate(iso: string | Date, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso));
}
