/**
 * Where a presentation was, so that a reload resumes at the same step and time. Kept in the
 * tab's `sessionStorage` (gone when the tab closes: a session is run from one tab), one key per
 * kit, `leiderschap-van-leraren:presenteren:<kit page id>`, holding JSON:
 *
 *     { "version": 1, "open": true, "step": 2, "remainingMs": 412000, "running": true, "savedAt": 1764640000000 }
 *
 * `open`: the presenter view was showing; `step`: index into the plan; `remainingMs`: time left
 * of that step at `savedAt` (ms since the epoch); `running`: the timer was counting down then.
 * Anything else under the key is ignored (the presentation starts at step 1). A position read
 * back is clamped to the plan as it is now: a step past the end becomes the last step, and a
 * time below zero or above the step's minutes, or a `savedAt` in the future (the clock was set
 * back), is put within bounds and reported as `clamped`, for the view to say so.
 */
import type { PlanStep } from './plan-steps';
import { remaining, stepMs, type StepTimer } from './step-timer';

type SessionStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface Position {
  open: boolean;
  timer: StepTimer;
  /** The stored time could not be right and was put within bounds. */
  clamped: boolean;
}

/** Saves the position; `false` when the browser keeps nothing (storage blocked or full). */
export function savePosition(
  storage: SessionStorage | null,
  key: string,
  open: boolean,
  timer: StepTimer,
  now: number,
) {
  const stored = {
    version: 1,
    open,
    step: timer.step,
    remainingMs: remaining(timer, now),
    running: timer.runningSince !== null,
    savedAt: now,
  };
  try {
    storage?.setItem(key, JSON.stringify(stored));
    return storage !== null;
  } catch {
    return false;
  }
}

function read(storage: SessionStorage | null, key: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(storage?.getItem(key) ?? 'null');
    return value && typeof value === 'object' && (value as { version?: unknown }).version === 1
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The stored position for this plan at `now`, or `null` when there is none that can be read. */
export function restorePosition(
  storage: SessionStorage | null,
  key: string,
  steps: readonly PlanStep[],
  now: number,
): Position | null {
  const stored = read(storage, key);
  if (
    !stored ||
    !isNumber(stored['step']) ||
    !isNumber(stored['remainingMs']) ||
    !isNumber(stored['savedAt'])
  )
    return null;
  const step = Math.min(Math.max(Math.trunc(stored['step']), 0), steps.length - 1);
  const full = stepMs(steps[step]!);
  const running = stored['running'] === true;
  const elapsed = running ? now - stored['savedAt'] : 0;
  const before = stored['remainingMs'];
  const kept = Math.min(Math.max(before, 0), full);
  const clamped = kept !== before || elapsed < 0;
  const remainingMs = Math.max(0, kept - Math.max(0, elapsed));
  return {
    open: stored['open'] === true,
    timer: { step, remainingMs, runningSince: running ? now : null },
    clamped,
  };
}
