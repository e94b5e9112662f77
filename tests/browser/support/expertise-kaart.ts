import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { WidgetObject } from './widget-object';
import type { WidgetContract } from './widget-contract';

/** The expertise map in "Aan de slag", as a school leader uses it. */
export class ExpertiseMap extends WidgetObject {
  constructor(page: Page) {
    super(page, /^(Expertisekaart|Expertise map)$/);
  }

  field(name: string | RegExp): Locator {
    return this.region.getByRole('textbox', { name, exact: typeof name === 'string' });
  }

  button(name: string | RegExp): Locator {
    return this.region.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** The form for members: the group with a name field (its legend changes while editing). */
  memberForm(): Locator {
    return this.region
      .getByRole('group')
      .filter({ has: this.page.getByRole('textbox', { name: /^(Naam|Name)$/ }) });
  }

  questionForm(): Locator {
    return this.region
      .getByRole('group')
      .filter({ has: this.page.getByRole('textbox', { name: /^(Vraagstuk|Question)$/ }) });
  }

  /** Adds a member by mouse: fills the fields and clicks the button. */
  async addMember(name: string, expertise: string, affinity: string) {
    const form = this.memberForm();
    await form.getByRole('textbox', { name: /^(Naam|Name)$/ }).fill(name);
    await form.getByRole('textbox', { name: /^Expertise$/ }).fill(expertise);
    await form.getByRole('textbox', { name: /Affiniteit|Affinities/ }).fill(affinity);
    await form.getByRole('button', { name: /^(Toevoegen|Add)$/ }).click();
  }

  /** Adds a member with the keyboard only: types in the name field, tabs to the next two, and presses Enter. */
  async addMemberByKeyboard(name: string, expertise: string, affinity: string) {
    await this.field('Naam').focus();
    await this.page.keyboard.type(name);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(expertise);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(affinity);
    await this.page.keyboard.press('Enter');
  }

  async addQuestion(question: string, keywords: string) {
    const form = this.questionForm();
    await form.getByRole('textbox', { name: /^(Vraagstuk|Question)$/ }).fill(question);
    await form.getByRole('textbox', { name: /^(Trefwoorden|Keywords)$/ }).fill(keywords);
    await form.getByRole('button', { name: /^(Toevoegen|Add)$/ }).click();
  }

  /** What the live regions say now, joined. */
  async announcement(): Promise<string> {
    return (await this.region.getByRole('status').allTextContents()).join(' ').trim();
  }

  /** The members as listed (their names). */
  members(): Locator {
    return this.region
      .getByRole('list', { name: /^(Teamleden|Team members)$/ })
      .getByRole('listitem')
      .locator('strong');
  }

  /** The matches shown under "Wie past bij welk vraagstuk?", as text. */
  async matches(): Promise<string> {
    return (await this.region.locator('[data-matches]').textContent()) ?? '';
  }

  async unmatched(): Promise<string[]> {
    return this.region.locator('[data-unmatched] li').allTextContents();
  }

  async focusedName(): Promise<string | null> {
    return this.page.evaluate(() => {
      const focused = document.activeElement;
      if (!focused) return null;
      return (
        focused.getAttribute('aria-label') ??
        (focused as HTMLInputElement).labels?.[0]?.textContent ??
        focused.textContent
      );
    });
  }
}

/** The widget contract (`widget-contract.ts`) for <expertise-kaart>: one thing answered by keyboard. */
export const expertiseKaartContract: WidgetContract<ExpertiseMap> = {
  tag: 'expertise-kaart',
  path: 'modules/aan-de-slag/',
  widget: (page) => new ExpertiseMap(page),
  answerByKeyboard: (map) => map.addMemberByKeyboard('Dirk', 'rekenen, ICT', 'techniek'),
  expectAnswered: async (map) => {
    await expect(map.members().allTextContents()).resolves.toEqual(['Dirk']);
  },
  expectPrinted: async (map) => {
    const members = map.region.getByRole('table', { name: /Teamleden met hun expertise/ });
    expect(await members.isVisible()).toBe(true);
    expect(await members.getByRole('row').allTextContents()).toContain('Dirkrekenen, ICTtechniek');
  },
};
