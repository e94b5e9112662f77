/**
 * A UI string with named blanks, filled in: `fillTemplate('{name} toegevoegd', { name: 'Anna' })`.
 * A blank without a value stays as it is, so a missing value shows rather than vanishes.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (blank, name: string) => (name in values ? String(values[name]) : blank));
}
