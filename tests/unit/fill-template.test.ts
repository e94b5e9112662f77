import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/lib/fill-template';

describe('fillTemplate', () => {
  it('fills every named blank, also twice', () => {
    expect(fillTemplate('{name} ({n}) en {name}', { name: 'Anna', n: 3 })).toBe('Anna (3) en Anna');
  });

  it('leaves a blank without a value visible', () => {
    expect(fillTemplate('Respons {rate} %', {})).toBe('Respons {rate} %');
  });

  it('does not read blanks inside the values', () => {
    expect(fillTemplate('{a} {b}', { a: '{b}', b: 'x' })).toBe('{b} x');
  });
});
