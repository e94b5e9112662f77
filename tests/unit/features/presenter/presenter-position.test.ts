import { describe, expect, it } from 'vitest';
import { positionKey } from '../../../../src/features/presenter/position-key';
import { restorePosition, savePosition } from '../../../../src/features/presenter/presenter-position';
import { start, stepStart } from '../../../../src/features/presenter/step-timer';
import { minute, steps } from './plan';

const key = positionKey('werkvormen/paradox-dialoog');

function memory(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (name: string) => items.get(name) ?? null,
    setItem: (name: string, value: string) => void items.set(name, value),
  };
}
const stored = (value: object) => memory({ [key]: JSON.stringify({ version: 1, open: true, ...value }) });

describe('where a presentation was', () => {
  it('resumes a running step with the time that passed during the reload taken off', () => {
    const storage = memory();
    const running = start(stepStart(steps, 1), 0);
    expect(savePosition(storage, key, true, running, 2 * minute)).toBe(true);
    expect(restorePosition(storage, key, steps, 3 * minute)).toEqual({
      open: true,
      timer: { step: 1, remainingMs: 7 * minute, runningSince: 3 * minute },
      clamped: false,
    });
  });

  it('resumes a paused step with its time as it was, however long ago', () => {
    const storage = memory();
    savePosition(storage, key, false, stepStart(steps, 1), 0);
    expect(restorePosition(storage, key, steps, 1e9)).toEqual({
      open: false,
      timer: { step: 1, remainingMs: 10 * minute, runningSince: null },
      clamped: false,
    });
  });

  it('shows the time as up, not below zero, after a reload longer than the time left', () => {
    const position = restorePosition(
      stored({ step: 0, remainingMs: minute, running: true, savedAt: 0 }),
      key,
      steps,
      60 * minute,
    );
    expect(position?.timer.remainingMs).toBe(0);
    expect(position?.clamped).toBe(false);
  });

  it('clamps and reports a save time in the future (a clock set back) and a time left out of bounds', () => {
    const back = restorePosition(
      stored({ step: 0, remainingMs: 2 * minute, running: true, savedAt: 10 * minute }),
      key,
      steps,
      0,
    );
    expect(back).toMatchObject({ timer: { remainingMs: 2 * minute }, clamped: true });
    const huge = restorePosition(
      stored({ step: 0, remainingMs: 1e12, running: false, savedAt: 0 }),
      key,
      steps,
      0,
    );
    expect(huge).toMatchObject({ timer: { remainingMs: 5 * minute }, clamped: true });
    const negative = restorePosition(
      stored({ step: 1, remainingMs: -5, running: false, savedAt: 0 }),
      key,
      steps,
      0,
    );
    expect(negative).toMatchObject({ timer: { remainingMs: 0 }, clamped: true });
  });

  it('keeps a step past the end of a shortened plan within it', () => {
    const position = restorePosition(
      stored({ step: 7, remainingMs: minute, running: false, savedAt: 0 }),
      key,
      steps,
      0,
    );
    expect(position?.timer.step).toBe(2);
  });

  it('ignores what it cannot read, and says when storage keeps nothing', () => {
    for (const raw of [
      '{',
      'null',
      '{"version":2,"step":0,"remainingMs":1,"savedAt":0}',
      '{"version":1,"step":"1"}',
    ])
      expect(restorePosition(memory({ [key]: raw }), key, steps, 0), raw).toBeNull();
    expect(restorePosition(null, key, steps, 0)).toBeNull();
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(savePosition(full, key, true, stepStart(steps, 0), 0)).toBe(false);
    expect(savePosition(null, key, true, stepStart(steps, 0), 0)).toBe(false);
  });
});
