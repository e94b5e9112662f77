import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { WidgetObject } from './widget-object';
import type { WidgetContract } from './widget-contract';

/** The reflection questions at the end of a module, as a reader uses them. */
export class ReflectionQuestions extends WidgetObject {
  constructor(page: Page) {
    super(page, /Reflectievragen|Reflection questions/);
  }

  answer(question: string | RegExp): Locator {
    return this.region.getByRole('textbox', { name: question });
  }

  /** Types an answer with the keyboard and leaves the box, as a reader would. */
  async write(question: string | RegExp, text: string) {
    const box = this.answer(question);
    await box.focus();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Tab');
  }

  /** The short status under a box ("Bewaard op dit apparaat"), read via its description. */
  async status(question: string | RegExp): Promise<string> {
    return (
      (await this.answer(question).evaluate((box) => {
        const id = box.getAttribute('aria-describedby');
        return id ? document.getElementById(id)?.textContent : '';
      })) ?? ''
    );
  }
}

const firstQuestion = /Noem een collega die invloed heeft/;
/** The widget contract (`widget-contract.ts`) for <reflectie-vragen>: one thing answered by keyboard. */
export const reflectieVragenContract: WidgetContract<ReflectionQuestions> = {
  tag: 'reflectie-vragen',
  path: 'modules/wat-is-teacher-leadership/',
  widget: (page) => new ReflectionQuestions(page),
  answerByKeyboard: (questions) =>
    questions.write(firstQuestion, 'Mijn collega Anna, om haar kennis van lezen.'),
  expectAnswered: async (questions) => {
    await expect(questions.answer(firstQuestion).inputValue()).resolves.toBe(
      'Mijn collega Anna, om haar kennis van lezen.',
    );
  },
  expectPrinted: async (questions) => {
    expect(await questions.region.getByText('Mijn collega Anna, om haar kennis van lezen.').isVisible()).toBe(
      true,
    );
  },
};
