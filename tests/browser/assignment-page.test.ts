import { describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { docxXml, textRuns } from '../support/docx';
import { useBrowser } from './support/fixtures';
import { AssignmentBuilder, AssignmentPage } from './support/assignment-page';
import { ReflectionQuestions } from './support/reflectie-vragen';
import {
  buildAssignment,
  fourForms,
  instructions,
  paradox,
  payloadOf,
  title,
} from './support/test-assignment';
import { axeInBothThemes, horizontalOverflow, openPage } from './support/widget-page';

// The student's side of an assignment: the page its link opens, and handing in. (The builder:
// assignment-builder.test.ts; broken links: assignment-links.test.ts.)
const browser = useBrowser();

const siteUrl = () => inject('siteUrl');

/** The text of a .docx, paragraph by paragraph. */
function docxText(file: Buffer): string[] {
  return [...docxXml(file).matchAll(/<w:p[ >][^]*?<\/w:p>/g)]
    .map((paragraph) => textRuns(paragraph[0]).join(''))
    .map((text) =>
      text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    )
    .filter(Boolean);
}

describe('building an assignment and handing it in', () => {
  it('makes a link that a student opens in a fresh browser, works through, and hands in with exactly its answers', async () => {
    const teacher = await openPage(browser, 'opdracht-samenstellen/');
    const builder = new AssignmentBuilder(teacher.page);
    await expect(builder.linkStatus().textContent()).resolves.toBe(
      'Geef de opdracht een titel en kies minstens één module; dan verschijnt hier de link.',
    );
    await expect(builder.item(fourForms, /Welke van de vier vormen/).isVisible()).resolves.toBe(false);
    const link = await buildAssignment(builder);
    await expect(builder.item(fourForms, /Welke van de vier vormen/).isChecked()).resolves.toBe(true);
    await expect(builder.item(fourForms, 'Oefening: vier vormen sorteren').isChecked()).resolves.toBe(true);
    expect(link.startsWith(new URL('opdracht/#a=', siteUrl()).href)).toBe(true);
    await expect(builder.linkStatus().textContent()).resolves.toBe(
      'De hele opdracht staat in de link zelf (modules: 2, onderdelen: 11). Niets wordt bewaard of verstuurd.',
    );
    expect(teacher.errors).toEqual([]);
    await teacher.context.close();

    // The student: another browser context, sharing nothing with the teacher's.
    const student = await openPage(browser, link);
    const assignment = new AssignmentPage(student.page);
    await expect(assignment.title().textContent()).resolves.toBe(title);
    await expect(assignment.title().locator('b').count()).resolves.toBe(0);
    await expect(student.page.getByText('Inleveren vóór 18 december 2026').isVisible()).resolves.toBe(true);
    await expect(student.page.locator('[data-instructions]').innerText()).resolves.toBe(instructions);
    await expect(assignment.problems().isVisible()).resolves.toBe(false);
    await expect(assignment.summary().textContent()).resolves.toBe('0 van 11 onderdelen gedaan');
    await expect(assignment.modules().getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual([
      fourForms,
      paradox,
    ]);
    await expect(assignment.module(fourForms).getByRole('listitem').allTextContents()).resolves.toEqual([
      '○ Nog niet gedaan: Welke van de vier vormen zie je het meest in jouw school, en welke het minst? Hoe verklaar je dat? Ben je student? Denk dan aan je stageschool.',
      '○ Nog niet gedaan: Ken je een initiator in je team? Naar welke vorm zou diens leiderschap kunnen opschuiven, en wat zou daarbij winnen of verloren gaan? Ben je student? Denk dan aan je stageschool.',
      '○ Nog niet gedaan: Elke vorm heeft een prijs. Een formele rol kost uren en kan collega’s buitensluiten; community-based leiderschap vraagt dat collega’s elkaars expertise kennen. Werkt die laatste vorm nog in een school waar elk jaar veel collega’s vertrekken en nieuwe komen? De verkenning zegt daar niets over: wat is jouw afweging?',
      '○ Nog niet gedaan: Oefening: vier vormen sorteren',
      '○ Nog niet gedaan: Test jezelf',
    ]);

    // Follow the module link, answer one question of the assignment and one outside it, come back.
    await assignment.module(fourForms).getByRole('link', { name: fourForms }).click();
    await student.page.waitForURL(/\/modules\/vier-vormen\/$/);
    const questions = new ReflectionQuestions(student.page);
    await questions.write(/Welke van de vier vormen zie je het meest/, 'Vooral informele leiders.');
    await questions.write(/Wat zou er in jouw team moeten veranderen/, 'Niet voor de opdracht.');
    await student.page.goBack();
    // Back from the module, the page (restored from the back/forward cache) catches up with the answers.
    await expect
      .poll(() => assignment.summary().textContent(), { timeout: 5_000 })
      .toBe('1 van 11 onderdelen gedaan');
    await expect(assignment.module(fourForms).getByRole('paragraph').first().textContent()).resolves.toBe(
      '1 van 5 onderdelen gedaan',
    );
    await expect(assignment.module(fourForms).getByRole('listitem').first().textContent()).resolves.toMatch(
      /^✓ Gedaan: Welke van de vier vormen/,
    );
    await expect(
      student.page
        .getByRole('progressbar', { name: 'Voortgang in de hele opdracht' })
        .evaluate((bar: HTMLProgressElement) => [bar.value, bar.max]),
    ).resolves.toEqual([1, 11]);
    await expect(student.page.locator('[data-preview]').textContent()).resolves.toContain(
      'Vooral informele leiders.',
    );
    await expect(student.page.locator('[data-preview]').textContent()).resolves.not.toContain(
      'Niet voor de opdracht.',
    );

    // No name, no hand-in.
    await assignment.button('Word (.docx)').click();
    await expect(assignment.status().textContent()).resolves.toBe('Vul eerst je naam in.');
    await expect(assignment.name().evaluate((field) => field === document.activeElement)).resolves.toBe(true);

    await student.page.keyboard.type('Sam de Vries');
    const word = await assignment.export('Word (.docx)');
    expect(word.name).toMatch(/^opdracht-een-opdracht-quotes-b-vet-b-sam-de-vries-\d{4}-\d{2}-\d{2}\.docx$/);
    const text = docxText(word.content);
    expect(text.slice(0, 4)).toEqual([
      title,
      'Naam: Sam de Vries',
      'Inleveren vóór 18 december 2026',
      '1 van 11 onderdelen gedaan',
    ]);
    expect(text).toContain(fourForms);
    expect(text).toContain('Vooral informele leiders.');
    expect(text.join('\n')).not.toContain('Niet voor de opdracht.');
    await expect(assignment.status().textContent()).resolves.toBe(
      `${word.name} staat klaar in je downloads.`,
    );

    const json = await assignment.export('JSON (.json)');
    const file = JSON.parse(json.content.toString('utf8'));
    expect(file.format).toBe('leiderschap-van-leraren/antwoorden');
    expect(file.student).toBe('Sam de Vries');
    expect(file.assignment).toMatchObject({ title, instructions, due: '2026-12-18' });
    expect(Object.keys(file.answers)).toEqual(['vier-vormen#0']);
    expect(file.answers['vier-vormen#0'].text).toBe('Vooral informele leiders.');

    // Print: the hand-in with the name as text, without the buttons.
    await student.page.emulateMedia({ media: 'print' });
    await expect(student.page.getByText('Naam: Sam de Vries').isVisible()).resolves.toBe(true);
    await expect(assignment.button('Word (.docx)').isVisible()).resolves.toBe(false);
    await expect(student.page.getByText('Vooral informele leiders.').isVisible()).resolves.toBe(true);
    expect(student.errors).toEqual([]);
    await student.context.close();
  });

  it('offers the hand-in JSON for import on Mijn werk', async () => {
    const link = new URL(
      `opdracht/#a=${payloadOf({ v: 1, t: 'Import', m: [{ s: 'vier-vormen', q: [0] }] })}`,
      siteUrl(),
    ).href;
    const { page, context, errors } = await openPage(browser, 'modules/vier-vormen/');
    await new ReflectionQuestions(page).write(/Welke van de vier vormen zie je het meest/, 'Antwoord.');
    await page.goto(link);
    const assignment = new AssignmentPage(page);
    await assignment.name().fill('Sam');
    const json = await assignment.export('JSON (.json)');
    await context.close();

    const other = await openPage(browser, 'mijn-werk/');
    await other.page
      .getByLabel('JSON-export van deze site')
      .setInputFiles({ name: json.name, mimeType: 'application/json', buffer: json.content });
    await expect
      .poll(() => other.page.locator('[data-import-summary]').textContent())
      .toMatch(/^Dit bestand bevat 1 antwoord/);
    expect([...errors, ...other.errors]).toEqual([]);
    await other.context.close();
  });
});

describe('accessibility and small screens', () => {
  async function studentWithProgress(options: BrowserContextOptions) {
    const opened = await openPage(browser, 'modules/vier-vormen/', options);
    await new ReflectionQuestions(opened.page).write(
      /Welke van de vier vormen zie je het meest/,
      'Antwoord.',
    );
    await opened.page.goto(
      new URL(
        `opdracht/#a=${payloadOf({ v: 1, t: 'Opdracht', d: '2026-12-18', m: [{ s: 'vier-vormen', q: [0, 1], w: ['vier-vormen-sorteren'] }, { s: 'in-nederland' }] })}`,
        siteUrl(),
      ).href,
    );
    await opened.page.getByText('1 van 4 onderdelen gedaan').first().waitFor();
    return opened;
  }

  it('has no axe violations on the builder and the student page in several states, light and dark', async () => {
    const teacher = await openPage(browser, 'opdracht-samenstellen/');
    expect(await axeInBothThemes(teacher.page)).toEqual({ light: [], dark: [] });
    const builder = new AssignmentBuilder(teacher.page);
    await buildAssignment(builder);
    await builder.button('Toon QR-code').click();
    await builder.qrCode().first().waitFor();
    expect(await axeInBothThemes(teacher.page)).toEqual({ light: [], dark: [] });
    await teacher.context.close();

    const student = await studentWithProgress({});
    expect(await axeInBothThemes(student.page)).toEqual({ light: [], dark: [] });
    await new AssignmentPage(student.page).button('JSON (.json)').click();
    expect(await axeInBothThemes(student.page)).toEqual({ light: [], dark: [] });
    await student.context.close();

    const broken = await openPage(browser, 'opdracht/#a=kapot');
    expect(await axeInBothThemes(broken.page)).toEqual({ light: [], dark: [] });
  });

  it('fits 320 px, builder and student page', async () => {
    const viewport = { width: 320, height: 640 };
    const teacher = await openPage(browser, 'opdracht-samenstellen/', { viewport });
    await buildAssignment(new AssignmentBuilder(teacher.page));
    await new AssignmentBuilder(teacher.page).button('Toon QR-code').click();
    await expect(horizontalOverflow(teacher.page)).resolves.toBeLessThanOrEqual(0);
    await teacher.context.close();
    const student = await studentWithProgress({ viewport });
    await expect(horizontalOverflow(student.page)).resolves.toBeLessThanOrEqual(0);
    await student.context.close();
  });
});

describe('in English', () => {
  it('builds an English link whose page is in English', async () => {
    const teacher = await openPage(browser, 'en/opdracht-samenstellen/');
    await expect(teacher.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Create an assignment',
    );
    const builder = new AssignmentBuilder(teacher.page);
    await builder.type('Title', 'Week 3');
    await builder.module('Four forms of teacher leadership').click();
    await expect(
      builder.item('Four forms of teacher leadership', 'Exercise: sorting the four forms').isChecked(),
    ).resolves.toBe(true);
    const link = await builder.link().inputValue();
    expect(link.startsWith(new URL('en/opdracht/#a=', siteUrl()).href)).toBe(true);
    await expect(builder.linkStatus().textContent()).resolves.toBe(
      'The whole assignment is in the link itself (modules: 1, items: 6). Nothing is stored or sent.',
    );
    await teacher.context.close();

    const student = await openPage(browser, link);
    await expect(student.page.locator('html').getAttribute('lang')).resolves.toBe('en');
    const assignment = new AssignmentPage(student.page);
    await expect(assignment.summary().textContent()).resolves.toBe('0 of 6 items done');
    await expect(
      assignment.module('Four forms of teacher leadership').getByRole('link').getAttribute('href'),
    ).resolves.toBe('/en/modules/vier-vormen/');
    for (const heading of ['What to do', 'Hand in', 'What you hand in']) {
      await expect(
        student.page.getByRole('heading', { name: heading, exact: true }).isVisible(),
      ).resolves.toBe(true);
    }
    await expect(assignment.name().isVisible()).resolves.toBe(true);
    expect(student.errors).toEqual([]);
    await student.context.close();

    const broken = await openPage(browser, 'en/opdracht/');
    await expect(
      new AssignmentPage(broken.page).problems().getByRole('listitem').textContent(),
    ).resolves.toMatch(/^This link holds no assignment\./);
    await expect(
      broken.page.getByRole('link', { name: 'Create an assignment yourself' }).getAttribute('href'),
    ).resolves.toBe('/en/opdracht-samenstellen/');
    await broken.context.close();
  });
});
