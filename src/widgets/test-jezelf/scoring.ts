/**
 * What "Test jezelf" (`TestJezelf.astro`) works out: which option a stored answer holds,
 * the score so far, and how an answer and the score read in words. Stored values are
 * `{ "choice": "<option id>" }`, read with the choice widgets' reader so that one function
 * decides what a readable choice is.
 */
import type { JsonValue } from '../../lib/store-data';
import { fillIn } from '../../lib/fill-in';
import { readChoiceAnswer } from '../runtime/choice-answer';

/**
 * The option a stored answer chose, or null when the value is not `{ choice: <one of
 * `optionIds`> }`: damaged, or an option the question no longer offers. The widget never
 * stores "no choice" (starting again deletes the answer), so that counts as unreadable too.
 */
export function readQuizChoice(value: JsonValue | undefined, optionIds: readonly string[]): string | null {
  const answer = readChoiceAnswer(value, { field: 'choice', choices: optionIds });
  return typeof answer?.choice === 'string' ? answer.choice : null;
}

/** The value stored for one question. */
export const quizValue = (choice: string): JsonValue => ({ choice });

export interface Score {
  answered: number;
  correct: number;
  total: number;
}

/** How many questions are answered, and how many of those rightly. */
export function quizScore(questions: readonly { chosen: string | null; correct: string }[]): Score {
  const answered = questions.filter((question) => question.chosen !== null);
  return {
    answered: answered.length,
    correct: answered.filter((question) => question.chosen === question.correct).length,
    total: questions.length,
  };
}

/** Templates with `{{answered}}`, `{{correct}}` and `{{total}}`: before any answer, part way, all answered. */
export interface ScoreWords {
  none: string;
  partial: string;
  all: string;
}

/** The score line, e.g. "3 van 4 goed", or "2 van 4 beantwoord, 1 goed" part way. */
export function scoreText(score: Score, words: ScoreWords): string {
  const template =
    score.answered === 0 ? words.none : score.answered < score.total ? words.partial : words.all;
  return fillIn(template, { ...score });
}

/** `question` has `{{number}}` ("Vraag {{number}}"); `right` and `wrong` say how the answer went ("goed"). */
export interface AnswerWords {
  question: string;
  right: string;
  wrong: string;
}

/** An answer as one line for the portfolio, exports and print: "Vraag 2: Initiators (goed)". */
export function quizAnswerText(number: number, option: string, right: boolean, words: AnswerWords): string {
  return `${fillIn(words.question, { number })}: ${option} (${right ? words.right : words.wrong})`;
}
