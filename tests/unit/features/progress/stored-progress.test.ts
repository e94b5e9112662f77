import { describe, expect, it } from 'vitest';
import { storedProgress } from '../../../../src/features/progress/stored-progress';
import { copyIdOf } from '../../../../src/lib/conflict-copies';
import { STORE_VERSION, type SavedAnswer } from '../../../../src/lib/store-data';
import { savedAnswer } from '../../support/saved-answer';

const questions = { 'vier-vormen': 2, 'de-paradox': 3 };

const at = (answer: SavedAnswer, savedAt: string): SavedAnswer => ({ ...answer, savedAt });

/** The store's JSON as the store writes it. */
const stored = (answers: Record<string, unknown>, visits: Record<string, string> = {}) =>
  JSON.stringify({ version: STORE_VERSION, answers, deleted: {}, visits });

const read = (raw: string | null) => storedProgress(raw, STORE_VERSION, questions);

describe('storedProgress', () => {
  it('shows nothing for a reader without answers, or with answers on other pages only', () => {
    expect(read(null)).toBeNull();
    expect(read(stored({}))).toBeNull();
    expect(read(stored({ 'x#0': savedAnswer('/mijn-werk/', 'Notitie') }))).toBeNull();
    expect(read(stored({}, { '/modules/vier-vormen/': '2026-11-20T10:00:00.000Z' }))).toBeNull();
  });

  it('marks a module with any answer as started, with its answered reflection questions counted', () => {
    const progress = read(
      stored({
        'vier-vormen#0': savedAnswer('/modules/vier-vormen/', 'Formeel en individueel'),
        'vier-vormen-sorteren#kaart-1': savedAnswer('/modules/vier-vormen/', 'Kaart', 'vier-vormen-sorteren'),
      }),
    );
    expect(progress?.modules).toEqual({ 'vier-vormen': { state: 'started', answered: 1, questions: 2 } });
  });

  it('marks a module finished when every reflection question has an answer, on either language’s page', () => {
    const progress = read(
      stored({
        'vier-vormen#0': savedAnswer('/modules/vier-vormen/', 'Een'),
        'vier-vormen#1': savedAnswer('/en/modules/vier-vormen/index.html', 'Two'),
      }),
    );
    expect(progress?.modules['vier-vormen']).toEqual({ state: 'finished', answered: 2, questions: 2 });
  });

  it('does not count empty answers or conflict copies as answered questions', () => {
    const first = savedAnswer('/modules/vier-vormen/', 'Een');
    const progress = read(
      stored({
        'vier-vormen#0': first,
        [copyIdOf('vier-vormen#0', first.savedAt)]: { ...first, text: 'Een, eerder' },
        'vier-vormen#1': savedAnswer('/modules/vier-vormen/', '  '),
      }),
    );
    expect(progress?.modules['vier-vormen']).toEqual({ state: 'started', answered: 1, questions: 2 });
  });

  it('continues in the module last answered in or opened', () => {
    const answers = {
      'vier-vormen#0': at(savedAnswer('/modules/vier-vormen/', 'Een'), '2026-11-20T10:00:00.000Z'),
      'de-paradox#0': at(savedAnswer('/modules/de-paradox/', 'Twee'), '2026-11-21T10:00:00.000Z'),
    };
    expect(read(stored(answers))?.latest).toBe('de-paradox');
    expect(read(stored(answers, { '/en/modules/vier-vormen/': '2026-11-22T10:00:00.000Z' }))?.latest).toBe(
      'vier-vormen',
    );
  });

  it('reads damaged or unknown storage as no progress, and passes over answers of the wrong shape', () => {
    expect(read('{"version": 2, "answers": ')).toBeNull();
    expect(read('[1, 2]')).toBeNull();
    expect(read(JSON.stringify({ version: STORE_VERSION + 1, answers: {} }))).toBeNull();
    expect(read(JSON.stringify({ version: STORE_VERSION, answers: [] }))).toBeNull();
    const progress = read(
      stored({
        'de-paradox#0': 'kapot',
        'de-paradox#1': { page: 7, text: 'x', widget: 'reflectie-vragen' },
        'de-paradox#2': { page: '/modules/de-paradox/', widget: 'reflectie-vragen' },
        'vier-vormen#0': { ...savedAnswer('/modules/vier-vormen/', 'Een'), savedAt: 'gisteren' },
      }),
    );
    expect(progress?.modules).toEqual({ 'vier-vormen': { state: 'started', answered: 1, questions: 2 } });
  });

  it('leaves out modules the site does not have', () => {
    expect(read(stored({ 'oud#0': savedAnswer('/modules/verdwenen/', 'Een') }))).toBeNull();
  });
});
