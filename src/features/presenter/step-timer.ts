/**
 * The presenter's timer as plain state: which step is shown and how much of its time is left.
 * Every function takes `now` (ms since the epoch) instead of reading the clock, so the logic is
 * tested without waiting and a clock that jumps back cannot make the time grow.
 */
import type { PlanStep } from './plan-steps';

export interface StepTimer {
  /** Index of the step shown. */
  step: number;
  /** Time left at `runningSince`, or now when paused. */
  remainingMs: number;
  /** When the timer last started; `null` while paused. */
  runningSince: number | null;
}

export const stepMs = (step: PlanStep) => step.minutes * 60_000;

/** The first moment of `step`: its whole time, paused. */
export const stepStart = (steps: readonly PlanStep[], step: number): StepTimer => ({
  step,
  remainingMs: stepMs(steps[step]!),
  runningSince: null,
});

/** Time left at `now`: never below zero, and never more than at the last start (a clock set back). */
export function remaining(timer: StepTimer, now: number): number {
  if (timer.runningSince === null) return timer.remainingMs;
  const elapsed = Math.max(0, now - timer.runningSince);
  return Math.max(0, timer.remainingMs - elapsed);
}

/** Counting down, with time left. */
export const isRunning = (timer: StepTimer, now: number) =>
  timer.runningSince !== null && remaining(timer, now) > 0;

export const isOver = (timer: StepTimer, now: number) => remaining(timer, now) === 0;

export function start(timer: StepTimer, now: number): StepTimer {
  return isOver(timer, now) || timer.runningSince !== null ? timer : { ...timer, runningSince: now };
}

export function pause(timer: StepTimer, now: number): StepTimer {
  return { ...timer, remainingMs: remaining(timer, now), runningSince: null };
}

/** Start when paused, pause when running; a step whose time is over stays over. */
export const toggle = (timer: StepTimer, now: number) =>
  isRunning(timer, now) ? pause(timer, now) : start(timer, now);

/**
 * Step `step` (kept within the plan) with its whole time; the timer keeps running if it was
 * started, so a facilitator who moves on when the time is up need not start it again.
 */
export function goTo(timer: StepTimer, steps: readonly PlanStep[], step: number, now: number): StepTimer {
  const index = Math.min(Math.max(step, 0), steps.length - 1);
  if (index === timer.step) return timer;
  const fresh = stepStart(steps, index);
  return timer.runningSince === null ? fresh : { ...fresh, runningSince: now };
}

/** `m:ss` (or `h:mm:ss`), rounded up, so the clock shows 0:00 only when the time is really up. */
export function clockText(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${Math.floor(seconds / 60)}:${pad(s)}`;
}
