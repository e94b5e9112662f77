import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { courseProgress, type ModuleInfo } from '../../../../src/features/mijn-werk/portfolio';
import { storedProgress } from '../../../../src/features/progress/stored-progress';
import { COPY_SET, copyIdOf } from '../../../../src/lib/conflict-copies';
import { STORE_VERSION, type SavedAnswer } from '../../../../src/lib/store-data';
import { savedAnswer } from '../../support/saved-answer';

const questions = { 'vier-vormen': 2, 'de-paradox': 3 };
const modules: ModuleInfo[] = Object.entries(questions).map(([slug, count]) => ({
  path: `/modules/${slug}/`,
  title: slug,
  questions: count,
}));

const at = (answer: SavedAnswer, savedAt: string): SavedAnswer => ({ ...answer, savedAt });

/** The store's JSON as the store writes it. */
const stored = (answers: Record<string, unknown>, visits: Record<string, string> = {}) =>
  JSON.stringify({ version: STORE_VERSION, answers, deleted: {}, visits });

const read = (raw: string | null) => storedProgress(() => raw, STORE_VERSION, `${COPY_SET}#`, questions);
const states = (raw: string | null) => Object.fromEntries(read(raw).states);
const nothing = { states: new Map(), latest: undefined };

describe('storedProgress', () => {
  it('shows nothing for a reader without answers, or with answers on other pages only', () => {
    expect(read(null)).toEqual(nothing);
    expect(read(stored({}))).toEqual(nothing);
    expect(read(stored({ 'x#0': savedAnswer('/mijn-werk/', 'Notitie') }))).toEqual(nothing);
    expect(read(stored({}, { '/modules/vier-vormen/': '2026-11-20T10:00:00.000Z' }))).toEqual(nothing);
  });

  it('marks a module with any answer as started', () => {
    const sorted = savedAnswer('/modules/vier-vormen/', 'Kaart', 'vier-vormen-sorteren');
    expect(states(stored({ 'vier-vormen-sorteren#kaart-1': sorted }))).toEqual({ 'vier-vormen': 'started' });
    expect(
      states(stored({ 'vier-vormen#0': savedAnswer('/modules/vier-vormen/', 'Formeel en individueel') })),
    ).toEqual({ 'vier-vormen': 'started' });
  });

  it('marks a module finished when every reflection question has an answer, on either language’s page', () => {
    const answers = {
      'vier-vormen#0': savedAnswer('/modules/vier-vormen/', 'Een'),
      'vier-vormen#1': savedAnswer('/en/modules/vier-vormen/index.html', 'Two'),
    };
    expect(states(stored(answers))).toEqual({ 'vier-vormen': 'finished' });
  });

  it('does not count blank answers or conflict copies as answered questions', () => {
    const first = savedAnswer('/modules/vier-vormen/', 'Een');
    const answers = {
      'vier-vormen#0': first,
      [copyIdOf('vier-vormen#0', first.savedAt)]: { ...first, text: 'Een, eerder' },
      'vier-vormen#1': savedAnswer('/modules/vier-vormen/', '  '),
    };
    expect(states(stored(answers))).toEqual({ 'vier-vormen': 'started' });
  });

  it('continues in the module of the answer saved last', () => {
    const answers = {
      'vier-vormen#0': at(savedAnswer('/modules/vier-vormen/', 'Een'), '2026-11-20T10:00:00.000Z'),
      'de-paradox#0': at(savedAnswer('/modules/de-paradox/', 'Twee'), '2026-11-21T10:00:00.000Z'),
      'vier-vormen#1': at(savedAnswer('/modules/vier-vormen/', 'Drie'), '2026-11-19T10:00:00.000Z'),
      'notitie#0': at(savedAnswer('/bronnen/', 'Vier'), '2026-11-22T10:00:00.000Z'),
    };
    expect(read(stored(answers)).latest).toBe('de-paradox');
  });

  it('reads damaged or unknown storage as no progress, until the store has set the damage aside', () => {
    expect(read('{"version": 2, "answers": ')).toEqual(nothing);
    expect(read('[1, 2]')).toEqual(nothing);
    expect(read(JSON.stringify({ version: STORE_VERSION + 1, answers: {} }))).toEqual(nothing);
    expect(read(JSON.stringify({ version: STORE_VERSION, answers: null }))).toEqual(nothing);
    const answer = savedAnswer('/modules/vier-vormen/', 'Een');
    for (const damaged of [null, { ...answer, text: 7 }, { ...answer, page: undefined }])
      expect(read(stored({ 'vier-vormen#0': answer, 'vier-vormen#1': damaged }))).toEqual(nothing);
  });

  it('passes over times that are no times in choosing where to continue', () => {
    const answers = {
      'vier-vormen#0': at(savedAnswer('/modules/vier-vormen/', 'Een'), '2026-11-20T10:00:00.000Z'),
      'de-paradox#0': at(savedAnswer('/modules/de-paradox/', 'Twee'), 'gisteren'),
    };
    expect(read(stored(answers))).toEqual({
      states: new Map([
        ['vier-vormen', 'started'],
        ['de-paradox', 'started'],
      ]),
      latest: 'vier-vormen',
    });
  });

  it('reads blocked storage as no progress', () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(storedProgress(blocked, STORE_VERSION, `${COPY_SET}#`, questions)).toEqual(nothing);
  });

  it('leaves out modules the site does not have, whatever their name', () => {
    const gone = {
      'oud#0': savedAnswer('/modules/verdwenen/', 'Een'),
      'x#0': savedAnswer('/modules/constructor/', 'Een'),
    };
    expect(read(stored(gone))).toEqual(nothing);
  });

  it('agrees with Mijn werk on which modules are started and finished, for any answers', () => {
    const page = fc.constantFrom(
      '/modules/vier-vormen/',
      '/en/modules/de-paradox/',
      '/modules/de-paradox/index.html',
      '/bronnen/',
    );
    const answer = fc.record({
      page,
      text: fc.constantFrom('', ' ', 'Antwoord'),
      widget: fc.constantFrom('reflectie-vragen', 'paradox-dilemma'),
      copy: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 12 }), (list) => {
        const answers = Object.fromEntries(
          list.map(({ page, text, widget, copy }, index) => {
            const id = `set#${index}`;
            const saved = { ...savedAnswer(page, text, widget) };
            return [copy ? copyIdOf(id, saved.savedAt) : id, saved];
          }),
        );
        const portfolio = courseProgress(modules, answers, {}).modules.filter((module) => module.answers > 0);
        const expected = Object.fromEntries(
          portfolio.map((module) => [
            module.path.split('/').at(-2),
            module.questionsAnswered === module.questions ? 'finished' : 'started',
          ]),
        );
        expect(states(stored(answers))).toEqual(expected);
      }),
      { seed: 18, numRuns: 200 },
    );
  });
});
