import { describe, expect, it } from 'vitest';
import { checks } from '../../../../src/widgets/test-jezelf/questions';

const themes = Object.entries(checks);

describe('the Test jezelf checks', () => {
  it('has six checks, one per theme', () => {
    expect(themes.map(([theme]) => theme)).toHaveLength(6);
  });

  it.each(themes)('%s: asks 3 to 5 questions with distinct ids', (_, questions) => {
    expect(questions.length).toBeGreaterThanOrEqual(3);
    expect(questions.length).toBeLessThanOrEqual(5);
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
  });

  it.each(themes)('%s: every question has distinct options, one of them right', (_, questions) => {
    for (const question of questions) {
      const ids = question.options.map((option) => option.id);
      expect(new Set(ids).size, question.id).toBe(ids.length);
      expect(ids.length, question.id).toBeGreaterThanOrEqual(3);
      expect(ids, question.id).toContain(question.correct);
    }
  });

  it.each(themes)(
    '%s: every question and option says something, with a reason, in both languages',
    (_, questions) => {
      for (const question of questions) {
        for (const lang of ['nl', 'en'] as const) {
          expect(question[lang].trim(), `${question.id} ${lang}`).not.toBe('');
          for (const option of question.options) {
            expect(option[lang].text.trim(), `${question.id}/${option.id} ${lang}`).not.toBe('');
            expect(option[lang].why.trim(), `${question.id}/${option.id} ${lang}`).not.toBe('');
          }
        }
      }
    },
  );
});
