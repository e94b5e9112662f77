import { describe, expect, inject, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContextOptions } from 'playwright-core';
import { useBrowser } from './support/fixtures';
import { AssignmentBuilder, AssignmentPage } from './support/assignment-page';
import { ReflectionQuestions } from './support/reflectie-vragen';
import { axeViolations, horizontalOverflow } from './support/widget-page';

const browser = useBrowser();

const siteUrl = () => inject('siteUrl');
const title = 'Ēén opdracht — ‘quotes’ & <b>vet</b>';
const instructions = 'Werk beide modules door.\nLever in vóór de les.';
const fourForms = 'Vier vormen van teacher leadership';
const paradox = 'De paradox van formele rollen';

/** A page in a fresh context (no storage shared with any other test), with its errors and requests. */
async function open(path: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(new URL(path, siteUrl()).href);
  return { page, context, errors, requests };
}

/**
 * Builds the test assignment by keyboard and mouse: Vier vormen without its third question
 * (so that an answer to it is outside the assignment), and all of De paradox. Returns the link.
 */
async function buildAssignment(builder: AssignmentBuilder): Promise<string> {
  await builder.type('Titel', title);
  await builder.type(/^Instructie voor je studenten/, instructions);
  await builder.page.getByLabel('Inleveren vóór (niet verplicht)').fill('2026-12-18');
  await builder.module(fourForms).click();
  await builder.item(fourForms, /Wat zou er in jouw team moeten veranderen/).click();
  await builder.module(paradox).press('Space');
  return builder.link().inputValue();
}

/** The text of a .docx, paragraph by paragraph. */
function docxText(file: Buffer): string[] {
  const xml = strFromU8(unzipSync(new Uint8Array(file))['word/document.xml']!);
  return [...xml.matchAll(/<w:p[ >][^]*?<\/w:p>/g)]
    .map((paragraph) =>
      [...paragraph[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''),
    )
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

const payloadOf = (data: unknown) =>
  Buffer.from(typeof data === 'string' ? data : JSON.stringify(data)).toString('base64url');

describe('building an assignment and handing it in', () => {
  it('makes a link that a student opens in a fresh browser, works through, and hands in with exactly its answers', async () => {
    const teacher = await open('opdracht-samenstellen/');
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
    const student = await open(link);
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
    await expect.poll(() => assignment.summary().textContent()).toBe('1 van 11 onderdelen gedaan');
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
    const { page, context, errors } = await open('modules/vier-vormen/');
    await new ReflectionQuestions(page).write(/Welke van de vier vormen zie je het meest/, 'Antwoord.');
    await page.goto(link);
    const assignment = new AssignmentPage(page);
    await assignment.name().fill('Sam');
    const json = await assignment.export('JSON (.json)');
    await context.close();

    const other = await open('mijn-werk/');
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

describe('a link that is broken', () => {
  const cases: [string, string, RegExp, boolean][] = [
    ['without an assignment', '', /In deze link staat geen opdracht/, false],
    [
      'cut off while copying',
      `#a=${payloadOf({ v: 1, t: 'Afgebroken', m: [{ s: 'vier-vormen' }] }).slice(0, -9)}`,
      /beschadigd of onvolledig/,
      false,
    ],
    ['that is garbage', '#a=<img src=x onerror=alert(1)>', /beschadigd of onvolledig/, false],
    ['that is huge', `#a=${'A'.repeat(20_000)}`, /te lang voor een opdracht/, false],
    ['from a newer version', `#a=${payloadOf({ v: 9, t: 'Later' })}`, /nieuwere versie van de site/, false],
  ];

  it.each(cases)(
    '%s says so, links to the builder and does not break the page',
    async (_, hash, message, usable) => {
      const { page, errors } = await open(`opdracht/${hash}`);
      const assignment = new AssignmentPage(page);
      await expect(assignment.problems().isVisible()).resolves.toBe(true);
      await expect(assignment.problems().getByRole('listitem').first().textContent()).resolves.toMatch(
        message,
      );
      await expect(
        assignment
          .problems()
          .getByRole('link', { name: 'Zelf een opdracht samenstellen' })
          .getAttribute('href'),
      ).resolves.toBe('/opdracht-samenstellen/');
      await expect(page.getByText('Wat nog bruikbaar is, staat hieronder.').isVisible()).resolves.toBe(
        usable,
      );
      await expect(assignment.title().isVisible()).resolves.toBe(false);
      await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    },
  );

  it('that was tampered with, or names modules that no longer exist, shows what can still be used', async () => {
    const payload = payloadOf({
      v: 1,
      t: '<script>alert(1)</script>Oude opdracht',
      i: 'Nog steeds geldig.',
      m: [
        { s: 'verdwenen-module', q: [0] },
        { s: 'vier-vormen', q: [0, 42], w: ['weg'] },
      ],
    });
    const { page, errors } = await open(`opdracht/#a=${payload}`);
    const assignment = new AssignmentPage(page);
    await expect(assignment.problems().getByRole('listitem').allTextContents()).resolves.toEqual([
      'De module ‘verdwenen-module’ bestaat niet (meer) op deze site en is weggelaten.',
      'Reflectievraag 43 van ‘Vier vormen van teacher leadership’ bestaat niet (meer) en is weggelaten.',
      'De oefening ‘weg’ in ‘Vier vormen van teacher leadership’ bestaat niet (meer) en is weggelaten.',
    ]);
    await expect(page.getByText('Wat nog bruikbaar is, staat hieronder.').isVisible()).resolves.toBe(true);
    await expect(assignment.title().textContent()).resolves.toBe('<script>alert(1)</script>Oude opdracht');
    await expect(assignment.summary().textContent()).resolves.toBe('0 van 1 onderdelen gedaan');
    await expect(assignment.modules().getByRole('heading').allTextContents()).resolves.toEqual([fourForms]);
    expect(await axeViolations(page)).toEqual([]);

    // Another link in the same tab (a new fragment) is read at once.
    await page.evaluate(
      (hash) => (location.hash = hash),
      `#a=${payloadOf({ v: 1, t: 'Nieuw', m: [{ s: 'de-paradox' }] })}`,
    );
    await expect.poll(() => assignment.title().textContent()).toBe('Nieuw');
    await expect(assignment.problems().isVisible()).resolves.toBe(false);
    await expect(assignment.module(paradox).getByRole('listitem').allTextContents()).resolves.toEqual([
      '○ Nog niet gedaan: De module lezen',
    ]);
    expect(errors).toEqual([]);
  });
});

describe('the builder', () => {
  it('fetches the QR library only when a QR code is asked for, and shows the code with an accessible name', async () => {
    const { page, errors, requests } = await open('opdracht-samenstellen/');
    const builder = new AssignmentBuilder(page);
    await page.waitForLoadState('networkidle');
    await buildAssignment(builder);
    const scriptsBefore = requests.filter((url) => url.endsWith('.js'));
    await expect(builder.qrCode().count()).resolves.toBe(0);

    await builder.button('Toon QR-code').click();
    await builder.qrCode().first().waitFor();
    const fetched = requests.filter((url) => url.endsWith('.js') && !scriptsBefore.includes(url));
    expect(fetched).toHaveLength(1);
    await expect(builder.qrCode().first().getAttribute('aria-label')).resolves.toBe(
      `QR-code met de link naar de opdracht ${title}`,
    );
    await expect(builder.button('Verberg QR-code').getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(builder.qrCode().first().locator('path').getAttribute('d')).resolves.toMatch(
      /^M\d+ \d+h\d+v1h-\d+z/,
    );
    expect(requests.every((url) => url.startsWith(siteUrl()))).toBe(true);

    await builder.button('Verberg QR-code').click();
    await expect(builder.qrCode().first().isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
  });

  it('copies the link, or says how to copy it when the clipboard is not available', async () => {
    const allowed = await open('opdracht-samenstellen/', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const builder = new AssignmentBuilder(allowed.page);
    const link = await buildAssignment(builder);
    await builder.button('Kopieer link').click();
    // Copying is asynchronous: wait for the status line to say how it went.
    await expect.poll(() => builder.status().textContent()).toBe('De link is gekopieerd.');
    await expect(allowed.page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link);
    await allowed.context.close();

    const context = await browser.newContext();
    await context.addInitScript(() =>
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')) },
      }),
    );
    const page = await context.newPage();
    await page.goto(new URL('opdracht-samenstellen/', siteUrl()).href);
    const blocked = new AssignmentBuilder(page);
    await buildAssignment(blocked);
    await blocked.button('Kopieer link').click();
    await expect.poll(() => blocked.status().textContent()).toMatch(/^Kopiëren lukte niet in deze browser\./);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('opdracht-link-veld');
  });

  it('prints an assignment sheet with title, instructions, due date, modules, items, the link and the QR code, without form controls', async () => {
    const { page } = await open('opdracht-samenstellen/', {
      viewport: { width: 718, height: 1047 },
    });
    const builder = new AssignmentBuilder(page);
    const link = await buildAssignment(builder);
    await builder.button('Toon QR-code').click();
    await builder.qrCode().first().waitFor();
    await page.emulateMedia({ media: 'print' });

    const sheet = builder.sheet();
    await expect(sheet.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(title);
    await expect(sheet.getByText('Inleveren vóór 18 december 2026').isVisible()).resolves.toBe(true);
    await expect(sheet.getByText(link).isVisible()).resolves.toBe(true);
    await expect(sheet.getByText('Oefening: het paradox-dilemma').isVisible()).resolves.toBe(true);
    await expect(
      sheet
        .getByRole('listitem')
        .filter({ hasText: /Wat zou er in jouw team moeten veranderen/ })
        .count(),
    ).resolves.toBe(0);
    await expect(sheet.getByRole('img', { name: /^QR-code met de link/ }).isVisible()).resolves.toBe(true);
    for (const control of [
      page.getByLabel('Titel'),
      builder.module(fourForms),
      builder.link(),
      builder.button('Kopieer link'),
      page.getByRole('heading', { level: 1 }),
    ]) {
      await expect(control.isVisible()).resolves.toBe(false);
    }
    await expect(horizontalOverflow(page)).resolves.toBeLessThanOrEqual(0);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('reads as a form without JavaScript and says the link needs it; the student page says why it is empty', async () => {
    const { page, context } = await open('opdracht-samenstellen/', { javaScriptEnabled: false });
    // Playwright's text locators skip <noscript>, so the message is found by its place.
    const message = page.locator('noscript > p');
    await expect(message.isVisible()).resolves.toBe(true);
    await expect(message.textContent()).resolves.toMatch(
      /om er een link, QR-code of opdrachtblad van te maken is JavaScript nodig/,
    );
    await expect(page.getByRole('group', { name: fourForms }).isVisible()).resolves.toBe(true);
    await context.close();

    const student = await open(
      `opdracht/#a=${payloadOf({ v: 1, t: 'Zonder script', m: [{ s: 'vier-vormen' }] })}`,
      { javaScriptEnabled: false },
    );
    await expect(student.page.locator('noscript > p').textContent()).resolves.toMatch(
      /^Deze pagina leest de opdracht uit de link van je docent, en daarvoor is JavaScript nodig\./,
    );
    await expect(student.page.getByRole('textbox', { name: 'Je naam' }).isVisible()).resolves.toBe(false);
    await student.context.close();
  });
});

describe('accessibility and small screens', () => {
  async function studentWithProgress(options: BrowserContextOptions) {
    const opened = await open('modules/vier-vormen/', options);
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

  it.each(['light', 'dark'] as const)(
    'has no axe violations on the builder and the student page in several states (%s)',
    async (colorScheme) => {
      const teacher = await open('opdracht-samenstellen/', { colorScheme });
      expect(await axeViolations(teacher.page)).toEqual([]);
      const builder = new AssignmentBuilder(teacher.page);
      await buildAssignment(builder);
      await builder.button('Toon QR-code').click();
      await builder.qrCode().first().waitFor();
      expect(await axeViolations(teacher.page)).toEqual([]);
      await teacher.context.close();

      const student = await studentWithProgress({ colorScheme });
      expect(await axeViolations(student.page)).toEqual([]);
      await new AssignmentPage(student.page).button('JSON (.json)').click();
      expect(await axeViolations(student.page)).toEqual([]);
      await student.context.close();

      const broken = await open('opdracht/#a=kapot', { colorScheme });
      expect(await axeViolations(broken.page)).toEqual([]);
      await broken.context.close();
    },
  );

  it('fits 320 px, builder and student page', async () => {
    const viewport = { width: 320, height: 640 };
    const teacher = await open('opdracht-samenstellen/', { viewport });
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
    const teacher = await open('en/opdracht-samenstellen/');
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

    const student = await open(link);
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

    const broken = await open('en/opdracht/');
    await expect(
      new AssignmentPage(broken.page).problems().getByRole('listitem').textContent(),
    ).resolves.toMatch(/^This link holds no assignment\./);
    await expect(
      broken.page.getByRole('link', { name: 'Create an assignment yourself' }).getAttribute('href'),
    ).resolves.toBe('/en/opdracht-samenstellen/');
    await broken.context.close();
  });
});
