import { describe, expect, it } from 'vitest';
import * as ownPractice from '../../../../src/widgets/vier-vormen-sorteren/own-practice';

describe('own practices', () => {
  it('tidies white space and accepts up to 200 characters', () => {
    expect(ownPractice.validatePractice('  Onze   ICT-coördinator\n')).toEqual({
      ok: true,
      practice: 'Onze ICT-coördinator',
    });
    expect(ownPractice.validatePractice('x'.repeat(200))).toEqual({ ok: true, practice: 'x'.repeat(200) });
  });

  it('refuses empty and too long text', () => {
    expect(ownPractice.validatePractice(' \n ')).toEqual({ ok: false, problem: 'empty' });
    expect(ownPractice.validatePractice('x'.repeat(201))).toEqual({ ok: false, problem: 'too-long' });
  });

  it('counts characters, not UTF-16 units', () => {
    expect(ownPractice.validatePractice('🙂'.repeat(200)).ok).toBe(true);
  });

  it('asks about an empty cell differently from a filled one', () => {
    expect(ownPractice.ownCellPrompt(0)).toBe('empty');
    expect(ownPractice.ownCellPrompt(2)).toBe('filled');
  });

  it('makes short ids that are valid answer ids and not taken', () => {
    const values = [0.5, 0.5, 0.25];
    const first = ownPractice.newPracticeId(new Set(), () => 0.5);
    expect(first).toMatch(/^eigen-[a-z0-9]{6}$/);
    const second = ownPractice.newPracticeId(new Set([first]), () => values.shift()!);
    expect(second).not.toBe(first);
    expect(second).toMatch(/^eigen-[a-z0-9]{6}$/);
  });
});

describe('reading stored own practices', () => {
  it('reads an own practice, placed or not, and nothing from a damaged one', () => {
    expect(ownPractice.readOwnPractice({ practice: 'Leesgroep', cell: 'formeel-collectief' })).toEqual({
      practice: 'Leesgroep',
      cell: 'formeel-collectief',
    });
    expect(ownPractice.readOwnPractice({ practice: 'Leesgroep', cell: null })).toEqual({
      practice: 'Leesgroep',
      cell: null,
    });
    expect(ownPractice.readOwnPractice({ practice: '', cell: null })).toBeNull();
    expect(ownPractice.readOwnPractice({ practice: 'Leesgroep', cell: 'ergens' })).toBeNull();
    expect(ownPractice.readOwnPractice([{ practice: 'Leesgroep' }])).toBeNull();
  });
});
