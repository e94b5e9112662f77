/**
 * Today's date on this device, as a date field holds it (`2026-12-02`): the recorder's default
 * session date. On its own so that the kit page's `start.ts` can set it before the recorder's code
 * has come, as the date is required and a form sent meanwhile would otherwise be refused.
 */
export function today(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
