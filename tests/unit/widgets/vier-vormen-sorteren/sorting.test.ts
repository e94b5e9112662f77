import { describe, expect, it } from 'vitest';
import {
  CELLS,
  cellOrNull,
  checkPlacement,
  feedbackKeys,
  isCellId,
  newPracticeId,
  ownCellPrompt,
  readOwnPractice,
  readPlacement,
  score,
  validatePractice,
} from '../../../../src/widgets/vier-vormen-sorteren/sorting';
import { cards, cells } from '../../../../src/widgets/vier-vormen-sorteren/cards';

describe('the cell model', () => {
  it('has four cells, formal or informal against individual or collective', () => {
    expect(CELLS).toEqual([
      'formeel-individueel',
      'formeel-collectief',
      'informeel-individueel',
      'informeel-collectief',
    ]);
    expect(isCellId('formeel-collectief')).toBe(true);
    expect(isCellId('formeel')).toBe(false);
    expect(isCellId(undefined)).toBe(false);
  });

  it('reads a cell id from the page, or null for the stack and for anything else', () => {
    expect(cellOrNull('informeel-collectief')).toBe('informeel-collectief');
    expect(cellOrNull('')).toBeNull();
    expect(cellOrNull(undefined)).toBeNull();
  });
});

describe('checking a placement', () => {
  it('is right only in the card’s own cell', () => {
    expect(checkPlacement('formeel-individueel', 'formeel-individueel')).toEqual({ right: true, wrong: [] });
  });

  it('names the dimension the reader got wrong', () => {
    expect(checkPlacement('formeel-individueel', 'informeel-individueel')).toEqual({
      right: false,
      wrong: ['formality'],
    });
    expect(checkPlacement('formeel-individueel', 'formeel-collectief')).toEqual({
      right: false,
      wrong: ['scale'],
    });
    expect(checkPlacement('formeel-individueel', 'informeel-collectief')).toEqual({
      right: false,
      wrong: ['formality', 'scale'],
    });
  });

  it('selects feedback that says right or not yet, and what to look at again', () => {
    expect(feedbackKeys({ right: true, wrong: [] })).toEqual(['right']);
    expect(feedbackKeys({ right: false, wrong: ['scale'] })).toEqual(['wrong', 'hintScale']);
    expect(feedbackKeys({ right: false, wrong: ['formality', 'scale'] })).toEqual([
      'wrong',
      'hintFormality',
      'hintScale',
    ]);
  });
});

describe('the score', () => {
  const deck = [
    { id: 'a', cell: 'formeel-individueel' as const },
    { id: 'b', cell: 'formeel-collectief' as const },
    { id: 'c', cell: 'informeel-collectief' as const },
  ];

  it('counts placed cards and the right ones among them', () => {
    expect(score(deck, { a: 'formeel-individueel', b: 'informeel-collectief' })).toEqual({
      right: 1,
      placed: 2,
      total: 3,
    });
  });

  it('is zero of all before anything is placed, and ignores unknown cards', () => {
    expect(score(deck, { z: 'formeel-individueel' })).toEqual({ right: 0, placed: 0, total: 3 });
  });
});

describe('own practices', () => {
  it('tidies white space and accepts up to 200 characters', () => {
    expect(validatePractice('  Onze   ICT-coördinator\n')).toEqual({
      ok: true,
      practice: 'Onze ICT-coördinator',
    });
    expect(validatePractice('x'.repeat(200))).toEqual({ ok: true, practice: 'x'.repeat(200) });
  });

  it('refuses empty and too long text', () => {
    expect(validatePractice(' \n ')).toEqual({ ok: false, problem: 'empty' });
    expect(validatePractice('x'.repeat(201))).toEqual({ ok: false, problem: 'too-long' });
  });

  it('counts characters, not UTF-16 units', () => {
    expect(validatePractice('🙂'.repeat(200)).ok).toBe(true);
  });

  it('asks about an empty cell differently from a filled one', () => {
    expect(ownCellPrompt(0)).toBe('empty');
    expect(ownCellPrompt(2)).toBe('filled');
  });

  it('makes short ids that are valid answer ids and not taken', () => {
    const values = [0.5, 0.5, 0.25];
    const first = newPracticeId(new Set(), () => 0.5);
    expect(first).toMatch(/^eigen-[a-z0-9]{6}$/);
    const second = newPracticeId(new Set([first]), () => values.shift()!);
    expect(second).not.toBe(first);
    expect(second).toMatch(/^eigen-[a-z0-9]{6}$/);
  });
});

describe('reading stored answers', () => {
  it('reads a placement, and nothing from a damaged one', () => {
    expect(readPlacement({ cell: 'informeel-individueel' })).toBe('informeel-individueel');
    expect(readPlacement({ cell: 'ergens' })).toBeNull();
    expect(readPlacement('formeel-individueel')).toBeNull();
    expect(readPlacement(null)).toBeNull();
  });

  it('reads an own practice, placed or not, and nothing from a damaged one', () => {
    expect(readOwnPractice({ practice: 'Leesgroep', cell: 'formeel-collectief' })).toEqual({
      practice: 'Leesgroep',
      cell: 'formeel-collectief',
    });
    expect(readOwnPractice({ practice: 'Leesgroep', cell: null })).toEqual({
      practice: 'Leesgroep',
      cell: null,
    });
    expect(readOwnPractice({ practice: '', cell: null })).toBeNull();
    expect(readOwnPractice({ practice: 'Leesgroep', cell: 'ergens' })).toBeNull();
    expect(readOwnPractice([{ practice: 'Leesgroep' }])).toBeNull();
  });
});

describe('the cards', () => {
  it('have stable answer ids, a cell, and both languages', () => {
    expect(cards.length).toBeGreaterThanOrEqual(8);
    expect(cards.length).toBeLessThanOrEqual(10);
    expect(new Set(cards.map((card) => card.id)).size).toBe(cards.length);
    for (const card of cards) {
      expect(card.id).toMatch(/^[a-z0-9][a-z0-9.-]*$/);
      expect(card.id.startsWith('eigen-')).toBe(false);
      expect(isCellId(card.cell)).toBe(true);
      for (const lang of ['nl', 'en'] as const) {
        expect(card[lang].title.length).toBeGreaterThan(0);
        expect(card[lang].text.length).toBeGreaterThan(0);
        expect(card[lang].why.length).toBeGreaterThan(0);
      }
    }
  });

  it('fill every cell, and include examples of the site’s own', () => {
    for (const cell of CELLS) expect(cards.some((card) => card.cell === cell)).toBe(true);
    expect(cards.some((card) => card.own)).toBe(true);
    expect(cards.some((card) => !card.own)).toBe(true);
  });

  it('describe every cell in both languages with a prompt for empty and filled', () => {
    expect(cells.map((cell) => cell.id)).toEqual([...CELLS]);
    for (const cell of cells) {
      for (const lang of ['nl', 'en'] as const) {
        for (const field of ['name', 'short', 'form', 'empty', 'filled'] as const)
          expect(cell[lang][field].length).toBeGreaterThan(0);
      }
    }
  });
});
