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

describe('fillIn with a count', () => {
  const labels = {
    answers_one: '{{count}} antwoord van {{who}}',
    answers_other: '{{count}} antwoorden van {{who}}',
  };

  it('picks the singular for one and the plural otherwise, as the language counts', () => {
    expect(fillIn(labels, 'answers', { count: 1, who: 'Anna' }, 'nl')).toBe('1 antwoord van Anna');
    expect(fillIn(labels, 'answers', { count: 0, who: 'Anna' }, 'nl')).toBe('0 antwoorden van Anna');
    expect(fillIn(labels, 'answers', { count: 2, who: 'Anna' }, 'en')).toBe('2 antwoorden van Anna');
  });

  it('uses the plural for a form the labels lack', () => {
    // Polish has "few" for 2-4; the labels here give only one and other.
    expect(fillIn(labels, 'answers', { count: 3, who: 'Anna' }, 'pl')).toBe('3 antwoorden van Anna');
  });
});
