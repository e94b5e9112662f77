import { describe, expect, inject, it } from 'vitest';
import type { Assignment } from '../../src/features/assignments/assignment';
import { encodeAssignment } from '../../src/features/assignments/assignment-link';
import { useBrowser } from './support/fixtures';
import { AssignmentBuilder } from './support/assignment-page';
import { fourForms, paradox } from './support/test-assignment';
import { axeInBothThemes, openPage } from './support/widget-page';

// An educator reopens an assignment they made before, from its address or pasted into the
// address bar, and changes it: the form fills in once, and the link follows every edit.
const browser = useBrowser();

const siteUrl = () => inject('siteUrl');

const earlier: Assignment = {
  title: 'Week 2',
  instructions: 'Lees de module.',
  due: '2026-12-18',
  modules: [{ slug: 'vier-vormen', questions: ['vier-vormen#0'], widgets: [] }],
};
const other: Assignment = {
  title: 'Week 3',
  instructions: '',
  due: null,
  modules: [{ slug: 'de-paradox', questions: ['de-paradox#0'], widgets: [] }],
};

/** The assignment in the builder's link, as the link holds it. */
async function linked(builder: AssignmentBuilder): Promise<{ t: string; m: { s: string; q?: string[] }[] }> {
  const payload = new URLSearchParams(new URL(await builder.link().inputValue()).hash.slice(1)).get('a')!;
  return JSON.parse(Buffer.from(payload, 'base64url').toString());
}

describe('reopening an assignment in the builder', () => {
  it('fills the form once from the address, then the link follows edits by keyboard and by mouse', async () => {
    const { page, errors } = await openPage(browser, `opdracht-samenstellen/#a=${encodeAssignment(earlier)}`);
    const builder = new AssignmentBuilder(page);
    const reopen = builder.reopen();
    const opened =
      'De opdracht ‘Week 2’ staat in het formulier. Pas haar aan en kopieer daarna de nieuwe link.';
    await expect(reopen.getByRole('status').textContent()).resolves.toBe(opened);
    await expect(reopen.getByRole('textbox', { name: 'Link van de opdracht' }).inputValue()).resolves.toBe(
      page.url(),
    );
    // Unchanged, the form gives the very link it was opened from.
    await expect(builder.link().inputValue()).resolves.toBe(
      `${siteUrl()}opdracht/#a=${encodeAssignment(earlier)}`,
    );
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });

    await page.getByLabel('Titel').focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' (herzien)');
    await expect(page.getByLabel('Titel').inputValue()).resolves.toBe('Week 2 (herzien)');
    await expect(linked(builder)).resolves.toMatchObject({ t: 'Week 2 (herzien)' });
    await builder.module(paradox).click();
    await builder.item(fourForms, /^Ken je een initiator/).press('Space');
    await expect(linked(builder)).resolves.toMatchObject({
      m: [
        { s: 'vier-vormen', q: ['0', '1'] },
        { s: 'de-paradox', q: expect.arrayContaining(['0']) },
      ],
    });
    // The edits stay: the form was filled once, not again on each change.
    await expect(reopen.getByRole('status').textContent()).resolves.toBe(opened);
    await expect(page.getByLabel('Titel').inputValue()).resolves.toBe('Week 2 (herzien)');
    await expect(builder.linkStatus().textContent()).resolves.toMatch(
      /^De hele opdracht staat in de link zelf \(modules: 2,/,
    );
    expect(errors).toEqual([]);
  });

  it('opens a link pasted into the address bar of the open builder, asking first as the form holds one', async () => {
    const { page, errors } = await openPage(browser, `opdracht-samenstellen/#a=${encodeAssignment(earlier)}`);
    const builder = new AssignmentBuilder(page);
    const reopen = builder.reopen();
    await expect(page.getByLabel('Titel').inputValue()).resolves.toBe('Week 2');
    // Pasting another link to this page into the address bar changes only its fragment.
    await page.evaluate((hash) => (location.hash = hash), `#a=${encodeAssignment(other)}`);
    await expect
      .poll(() => reopen.getByRole('status').textContent(), { timeout: 15_000 })
      .toMatch(/^In het formulier staat al een opdracht/);
    await expect(page.getByLabel('Titel').inputValue()).resolves.toBe('Week 2');
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });

    await reopen.getByRole('button', { name: 'Vervang wat in het formulier staat' }).press('Enter');
    await expect(page.getByLabel('Titel').inputValue()).resolves.toBe('Week 3');
    await expect(builder.module(fourForms).isChecked()).resolves.toBe(false);
    await expect(builder.module(paradox).isChecked()).resolves.toBe(true);
    await expect(builder.link().inputValue()).resolves.toBe(
      `${siteUrl()}opdracht/#a=${encodeAssignment(other)}`,
    );
    await page.getByLabel('Titel').fill('Week 3, nieuw');
    await expect(linked(builder)).resolves.toMatchObject({ t: 'Week 3, nieuw', m: [{ s: 'de-paradox' }] });
    expect(errors).toEqual([]);
  });

  it('reopens in English on the English builder', async () => {
    const { page } = await openPage(browser, `en/opdracht-samenstellen/#a=${encodeAssignment(other)}`);
    const builder = new AssignmentBuilder(page);
    await expect(builder.reopen().getByRole('status').textContent()).resolves.toBe(
      'The assignment ‘Week 3’ is in the form. Change it, then copy the new link.',
    );
    await expect(page.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe('Week 3');
    await expect(builder.link().inputValue()).resolves.toBe(
      `${siteUrl()}en/opdracht/#a=${encodeAssignment(other)}`,
    );
    await page.getByLabel('Title', { exact: true }).fill('Week 3, English');
    await expect(linked(builder)).resolves.toMatchObject({ t: 'Week 3, English' });
  });
});
