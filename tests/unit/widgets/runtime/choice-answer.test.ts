import { describe, expect, it } from 'vitest';
import * as choice from '../../../../src/widgets/runtime/choice-answer';
import type { JsonValue } from '../../../../src/lib/store-data';

const scale: choice.ChoiceShape = {
  field: 'position',
  choices: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  argumentIds: ['tweedeling', 'impact'],
};
const steps: choice.ChoiceShape = { field: 'choice', choices: ['terug', 'vooruit', 'allebei'] };
const words = { noChoice: 'Nog geen keuze', arguments: 'Argumenten', note: 'Toelichting' };

/** Stored values and the answers they stand for: read one way, stored the other. */
const storedAnswers: {
  what: string;
  shape: choice.ChoiceShape;
  stored: JsonValue;
  answer: choice.ChoiceAnswer;
}[] = [
  {
    what: 'a position with its arguments and a note',
    shape: scale,
    stored: { position: 7, arguments: ['tweedeling'], note: 'Zo is het.' },
    answer: { choice: 7, arguments: ['tweedeling'], note: 'Zo is het.' },
  },
  {
    what: 'an option choice, without an arguments field',
    shape: steps,
    stored: { choice: 'vooruit', note: 'Eerst kijken.' },
    answer: { choice: 'vooruit', arguments: [], note: 'Eerst kijken.' },
  },
];

describe('readChoiceAnswer', () => {
  it.each(storedAnswers)('reads $what', ({ shape, stored, answer }) => {
    expect(choice.readChoiceAnswer(stored, shape)).toEqual(answer);
  });

  it('reads a missing or null choice as not chosen yet, and a missing note as empty', () => {
    expect(choice.readChoiceAnswer({ position: null, arguments: [] }, scale)).toEqual(
      choice.emptyChoiceAnswer(),
    );
    expect(choice.readChoiceAnswer({ note: 'alleen een notitie' }, steps)).toEqual({
      choice: null,
      arguments: [],
      note: 'alleen een notitie',
    });
  });

  it('leaves out arguments the widget does not offer', () => {
    expect(
      choice.readChoiceAnswer({ position: 2, arguments: ['impact', 'verzonnen'], note: '' }, scale)
        ?.arguments,
    ).toEqual(['impact']);
  });

  it.each([
    ['a string', 'stap vooruit'],
    ['a list', ['vooruit']],
    ['nothing', undefined],
    ['a position off the scale', { position: 11, arguments: [], note: '' }],
    ['a position as text', { position: '7', arguments: [], note: '' }],
    ['an unknown option', { choice: 'opzij', note: '' }],
    ['a note that is not text', { choice: 'terug', note: 5 }],
    ['arguments that are not a list of ids', { position: 3, arguments: 'impact', note: '' }],
    ['an argument id that is not text', { position: 3, arguments: [1], note: '' }],
  ])('rejects %s', (_what, value) => {
    expect(
      choice.readChoiceAnswer(
        value,
        value && typeof value === 'object' && 'position' in value ? scale : steps,
      ),
    ).toBeNull();
  });
});

describe('storedChoiceValue', () => {
  it.each(storedAnswers)('stores $what', ({ shape, stored, answer }) => {
    expect(choice.storedChoiceValue(answer, shape)).toEqual(stored);
  });

  it('is read back as the same answer', () => {
    const answer = { choice: 0, arguments: ['tweedeling', 'impact'], note: 'regel 1\nregel 2' };
    expect(choice.readChoiceAnswer(choice.storedChoiceValue(answer, scale), scale)).toEqual(answer);
  });
});

describe('isEmptyChoiceAnswer', () => {
  it('is empty with no choice, no argument and only spaces as a note', () => {
    expect(choice.isEmptyChoiceAnswer({ choice: null, arguments: [], note: '  \n' })).toBe(true);
  });

  it.each([
    { choice: 0, arguments: [], note: '' },
    { choice: null, arguments: ['impact'], note: '' },
    { choice: null, arguments: [], note: 'iets' },
  ])('is not empty once something is given: %o', (answer) => {
    expect(choice.isEmptyChoiceAnswer(answer)).toBe(false);
  });
});

describe('choiceAnswerText', () => {
  it('names the scenario, the choice and the note', () => {
    expect(
      choice.choiceAnswerText(
        {
          subject: 'Werkgroep loopt vast',
          choice: 'stap vooruit',
          arguments: [],
          note: ' Ik geef een deadline. ',
        },
        words,
      ),
    ).toBe('Werkgroep loopt vast: stap vooruit. Toelichting: Ik geef een deadline.');
  });

  it('lists ticked arguments, without doubling their full stops', () => {
    expect(
      choice.choiceAnswerText(
        {
          choice: 'Positie 7 van 10 (dichter bij de gezamenlijke uitdaging)',
          arguments: ['Risico op een tweedeling.', 'Eigenaarschap'],
          note: '',
        },
        words,
      ),
    ).toBe(
      'Positie 7 van 10 (dichter bij de gezamenlijke uitdaging). Argumenten: Risico op een tweedeling; Eigenaarschap.',
    );
  });

  it('says when nothing has been chosen yet', () => {
    expect(choice.choiceAnswerText({ choice: null, arguments: [], note: 'Twijfel' }, words)).toBe(
      'Nog geen keuze. Toelichting: Twijfel',
    );
  });

  it('does not add a full stop after a choice that ends a sentence already', () => {
    expect(choice.choiceAnswerText({ choice: 'Allebei, namelijk…', arguments: [], note: '' }, words)).toBe(
      'Allebei, namelijk…',
    );
  });
});

describe('visibleFeedback', () => {
  const keys = ['start', 'middle', 'end'];
  const band = (choice: string | number) =>
    Number(choice) < 4 ? 'start' : Number(choice) > 6 ? 'end' : 'middle';

  it('shows the feedback that belongs to the choice', () => {
    expect(choice.visibleFeedback(8, band, 'all', keys)).toEqual(['end']);
    expect(choice.visibleFeedback('vooruit', String, 'none', ['terug', 'vooruit', 'allebei'])).toEqual([
      'vooruit',
    ]);
  });

  it('before a choice, shows everything or nothing, as the widget asks', () => {
    expect(choice.visibleFeedback(null, band, 'all', keys)).toEqual(keys);
    expect(choice.visibleFeedback(null, String, 'none', ['terug', 'vooruit'])).toEqual([]);
  });

  it('shows nothing for a choice without feedback', () => {
    expect(choice.visibleFeedback('opzij', String, 'none', ['terug', 'vooruit'])).toEqual([]);
  });
});

describe('sameChoiceAnswer', () => {
  it('is the same whatever the order of the arguments', () => {
    expect(
      choice.sameChoiceAnswer(
        { choice: 3, arguments: ['a', 'b'], note: 'x' },
        { choice: 3, arguments: ['b', 'a'], note: 'x' },
      ),
    ).toBe(true);
  });

  it.each([
    [{ choice: 4, arguments: ['a'], note: 'x' }],
    [{ choice: 3, arguments: ['a', 'b'], note: 'x' }],
    [{ choice: 3, arguments: ['a'], note: 'y' }],
    [{ choice: null, arguments: ['a'], note: 'x' }],
  ])('differs when anything differs: %o', (other) => {
    expect(choice.sameChoiceAnswer({ choice: 3, arguments: ['a'], note: 'x' }, other)).toBe(false);
  });
});
