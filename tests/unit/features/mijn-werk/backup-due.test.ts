import { describe, expect, it } from 'vitest';
import { backupDue } from '../../../../src/features/mijn-werk/backup-due';

const now = new Date('2026-11-30T12:00:00.000Z');
const saved = (...times: string[]) =>
  Object.fromEntries(times.map((savedAt, index) => [`vraag#${index}`, { savedAt }]));

describe('the 7-day backup offer', () => {
  it('is made when an answer without a backup is 7 days old, not at 6 days 23 hours', () => {
    expect(backupDue(saved('2026-11-23T12:00:00.000Z'), undefined, now)).toBe('2026-11-23T12:00:00.000Z');
    expect(backupDue(saved('2026-11-23T13:00:00.000Z'), undefined, now)).toBeNull();
    expect(backupDue(saved('2026-11-23T12:00:00.001Z'), undefined, now)).toBeNull();
  });

  it('counts from the oldest change since the last backup, not from older ones it holds', () => {
    const answers = saved('2026-11-01T00:00:00.000Z', '2026-11-23T11:00:00.000Z', '2026-11-29T00:00:00.000Z');
    expect(backupDue(answers, '2026-11-10T00:00:00.000Z', now)).toBe('2026-11-23T11:00:00.000Z');
    expect(backupDue(answers, '2026-11-23T11:00:00.000Z', now), 'saved at the backup itself').toBeNull();
    expect(backupDue(answers, '2026-11-24T00:00:00.000Z', now), 'a change of 6 days').toBeNull();
    expect(backupDue(answers, '2026-11-29T00:00:01.000Z', now), 'no change since').toBeNull();
  });

  it('is not made without answers', () => {
    expect(backupDue({}, undefined, now)).toBeNull();
    expect(backupDue({}, '2026-01-01T00:00:00.000Z', now)).toBeNull();
  });

  it('takes a backup time ahead of now (a wrong clock) as now, and one that is no time as none', () => {
    const old = saved('2026-11-01T00:00:00.000Z');
    expect(backupDue(old, '2027-06-01T00:00:00.000Z', now)).toBeNull();
    expect(backupDue(old, 'gisteren', now)).toBe('2026-11-01T00:00:00.000Z');
  });
});
