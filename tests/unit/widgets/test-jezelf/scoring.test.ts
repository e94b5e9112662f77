import { describe, expect, it } from 'vitest';
import {
  quizAnswerText,
  quizScore,
  quizValue,
  readQuizChoice,
  scoreText,
} from '../../../../src/widgets/test-jezelf/scoring';

const options = ['role-based', 'initiators', 'community-based'];

describe('readQuizChoice', () => {
  it('reads the option a stored answer chose', () => {
    expect(readQuizChoice({ choice: 'initiators' }, options)).toBe('initiators');
  });

  it('reads back what it stores', () => {
    expect(readQuizChoice(quizValue('role-based'), options)).toBe('role-based');
    expect(quizValue('role-based')).toEqual({ choice: 'role-based' });
  });

  it('refuses an option the question does not offer, no choice, and values of another shape', () => {
    expect(readQuizChoice({ choice: 'leader' }, options)).toBeNull();
    expect(readQuizChoice({ choice: null }, options)).toBeNull();
    expect(readQuizChoice({}, options)).toBeNull();
    expect(readQuizChoice('initiators', options)).toBeNull();
    expect(readQuizChoice(['initiators'], options)).toBeNull();
    expect(readQuizChoice(undefined, options)).toBeNull();
  });
});

describe('quizScore', () => {
  it('counts answered and rightly answered questions', () => {
    const score = quizScore([
      { chosen: 'a', correct: 'a' },
      { chosen: 'b', correct: 'c' },
      { chosen: null, correct: 'a' },
      { chosen: 'd', correct: 'd' },
    ]);
    expect(score).toEqual({ answered: 3, correct: 2, total: 4 });
  });

  it('is nothing out of nothing before any answer', () => {
    expect(quizScore([{ chosen: null, correct: 'a' }])).toEqual({ answered: 0, correct: 0, total: 1 });
  });
});

describe('scoreText', () => {
  const words = {
    none: 'Nog geen vraag beantwoord',
    partial: '{{answered}} van {{total}} beantwoord, {{correct}} goed',
    all: '{{correct}} van {{total}} goed',
  };

  it('says the score once every question is answered', () => {
    expect(scoreText({ answered: 4, correct: 3, total: 4 }, words)).toBe('3 van 4 goed');
  });

  it('says how far the reader is part way', () => {
    expect(scoreText({ answered: 2, correct: 1, total: 4 }, words)).toBe('2 van 4 beantwoord, 1 goed');
  });

  it('says nothing is answered yet', () => {
    expect(scoreText({ answered: 0, correct: 0, total: 4 }, words)).toBe('Nog geen vraag beantwoord');
  });
});

describe('quizAnswerText', () => {
  const words = { question: 'Vraag {{number}}', right: 'goed', wrong: 'niet goed' };

  it('names the question, the chosen option and whether it is right', () => {
    expect(quizAnswerText(2, 'Initiators', true, words)).toBe('Vraag 2: Initiators (goed)');
    expect(quizAnswerText(3, 'Role-based teacher leadership', false, words)).toBe(
      'Vraag 3: Role-based teacher leadership (niet goed)',
    );
  });
});
