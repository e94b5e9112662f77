import { describe, expect, it } from 'vitest';
import * as timer from '../../../../src/features/presenter/step-timer';
import { minute, steps } from './plan';

describe('the step timer', () => {
  it("starts paused at the step's whole time, and counts down only while running", () => {
    const fresh = timer.stepStart(steps, 0);
    expect(timer.remaining(fresh, 1e6)).toBe(5 * minute);
    const running = timer.start(fresh, 0);
    expect(timer.remaining(running, minute)).toBe(4 * minute);
    const paused = timer.pause(running, minute);
    expect(timer.remaining(paused, 10 * minute)).toBe(4 * minute);
    expect(timer.remaining(timer.start(paused, 10 * minute), 11 * minute)).toBe(3 * minute);
  });

  it('toggles between running and paused, and stays at zero once the time is up', () => {
    const running = timer.toggle(timer.stepStart(steps, 2), 0);
    expect(timer.isRunning(running, 30_000)).toBe(true);
    expect(timer.isRunning(timer.toggle(running, 30_000), 40_000)).toBe(false);
    expect(timer.remaining(running, 5 * minute)).toBe(0);
    expect(timer.isOver(running, 5 * minute)).toBe(true);
    expect(timer.isRunning(timer.toggle(running, 5 * minute), 6 * minute)).toBe(false);
    expect(timer.remaining(timer.toggle(running, 5 * minute), 6 * minute)).toBe(0);
  });

  it('never gives more time than it had when the clock is set back', () => {
    expect(timer.remaining(timer.start(timer.stepStart(steps, 0), 10 * minute), 2 * minute)).toBe(5 * minute);
  });

  it("moves to a step within the plan with that step's whole time, running on if it ran", () => {
    const running = timer.start(timer.stepStart(steps, 0), 0);
    const next = timer.goTo(running, steps, 1, 3 * minute);
    expect(next.step).toBe(1);
    expect(timer.remaining(next, 4 * minute)).toBe(9 * minute);
    expect(timer.goTo(timer.stepStart(steps, 1), steps, 0, 0)).toEqual(timer.stepStart(steps, 0));
    expect(timer.goTo(next, steps, 5, 0).step).toBe(2);
    expect(timer.goTo(next, steps, -1, 0).step).toBe(0);
    expect(timer.goTo(next, steps, 1, 0)).toBe(next);
  });

  it('shows the time as m:ss, rounded up, with hours only when there are', () => {
    expect(timer.clockText(5 * minute)).toBe('5:00');
    expect(timer.clockText(59_001)).toBe('1:00');
    expect(timer.clockText(1)).toBe('0:01');
    expect(timer.clockText(0)).toBe('0:00');
    expect(timer.clockText(-5)).toBe('0:00');
    expect(timer.clockText(65 * minute + 5000)).toBe('1:05:05');
  });
});
