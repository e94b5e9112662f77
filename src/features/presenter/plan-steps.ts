/**
 * A kit's *Stappenplan* as the steps the presenter view shows. The plan is the table the kit
 * page prints (columns: minutes, step, what happens); the element reads its rows from the page
 * and the content tests from the MDX, so a kit edited in MDX needs no second copy, and a plan
 * that cannot be presented fails a test.
 */
export interface PlanStep {
  minutes: number;
  title: string;
  text: string;
}

export type Plan = { steps: PlanStep[] } | { problem: string };

/** Fewer steps than this is not a plan to present one step at a time. */
export const MIN_STEPS = 2;

const clean = (cell: string | undefined) => (cell ?? '').replace(/\s+/g, ' ').trim();

/**
 * The steps of the plan's body rows (each row: minutes, step name, what happens, as text), or
 * what keeps it from being presented, naming the row.
 */
export function planSteps(rows: readonly (readonly string[])[]): Plan {
  if (rows.length < MIN_STEPS) return { problem: `${rows.length} steps, at least ${MIN_STEPS} needed` };
  const steps: PlanStep[] = [];
  for (const [index, row] of rows.entries()) {
    const [minutes, title, text] = row.map(clean);
    if (!/^\d{1,3}$/.test(minutes ?? '') || Number(minutes) === 0)
      return { problem: `row ${index + 1}: "${minutes}" is not a whole number of minutes` };
    if (!title || !text) return { problem: `row ${index + 1}: the step has no name or no description` };
    steps.push({ minutes: Number(minutes), title, text });
  }
  return { steps };
}
