import { describe, expect, it } from 'vitest';
import {
  CELLS,
  cellOrNull,
  checkPlacement,
  feedbackKeys,
  isCellId,
  readPlacement,
  score,
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
    expect(checkPlacement('formeel-individueel', 'formeel-individueel')).toEqual({
      right: true,
      wrong: [],
    });
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

describe('reading a stored placement', () => {
  it('reads a placement, and nothing from a damaged one', () => {
    expect(readPlacement({ cell: 'informeel-individueel' })).toBe('informeel-individueel');
    expect(readPlacement({ cell: 'ergens' })).toBeNull();
    expect(readPlacement('formeel-individueel')).toBeNull();
    expect(readPlacement(null)).toBeNull();
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
