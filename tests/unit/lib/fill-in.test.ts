import { describe, expect, it } from 'vitest';
import { fillIn, longDate } from '../../../src/lib/fill-in';

describe('fillIn', () => {
  it('fills every named blank, also twice', () => {
    expect(fillIn('{{name}} ({{n}}) en {{name}}', { name: 'Anna', n: 3 })).toBe('Anna (3) en Anna');
  });

  it('leaves a blank without a value as it is, so a missing value shows', () => {
    expect(fillIn('Respons {{rate}} %', {})).toBe('Respons {{rate}} %');
  });

  it('does not fill blanks inside filled-in values', () => {
    expect(fillIn('{{a}} {{b}}', { a: '{{b}}', b: 'x' })).toBe('{{b}} x');
  });
});

describe('longDate', () => {
  it('writes a date as the language does', () => {
    expect(longDate('2026-11-23T12:00:00Z', 'nl')).toBe('23 november 2026');
    expect(longDate('2026-11-23T12:00:00Z', 'en')).toBe('November 23, 2026');
  });
});
