import { describe, expect, it } from 'vitest';
import { AssignmentBuilder } from './support/assignment-page';
import { useBrowser } from './support/fixtures';
import {
  ClassOverview,
  classAnswers,
  classAssignment,
  classUploads,
  handInUpload,
  openClassOverview,
  studentName,
} from './support/klasoverzicht';
import { buildAssignment, title } from './support/test-assignment';
import { axeInBothThemes, horizontalOverflow, openPage } from './support/widget-page';

// The class overview: a teacher educator reads thirty hand-ins at once, here in the browser.
const browser = useBrowser();

/** The page with the class's 30 hand-ins read, and an older, second hand-in of Student 01. */
async function withClass(options: Parameters<typeof openClassOverview>[1] = {}) {
  const opened = await openClassOverview(browser, options);
  const catalogue = await opened.overview.catalogue();
  const lang = options.path?.startsWith('en/') ? '/en' : '';
  const older = handInUpload(
    catalogue,
    'student 01 ',
    { 'vier-vormen#0': classAnswers(1, lang)['vier-vormen#0']! },
    { day: 18 },
  );
  await opened.overview.choose([older, ...classUploads(catalogue, lang)]);
  return { ...opened, catalogue };
}

describe('the class overview', () => {
  it('shows one row per student, a second hand-in once with the older file named, and the totals', async () => {
    const { overview, errors } = await withClass();
    await expect(overview.status().textContent()).resolves.toBe(
      'Bestanden gelezen: 31; studenten: 30; apart gezet: 0; geweigerd: 0.',
    );
    await expect(overview.rows().count()).resolves.toBe(30);
    await expect(overview.row(0)).resolves.toEqual([
      'Student 01 Ook ingeleverd, ouder: opdracht-student-01-18.json',
      '2 van 4',
      '✓ 11',
      '○',
      '○',
      '✓ 14',
    ]);
    await expect(overview.row(5)).resolves.toEqual(['Student 06', '3 van 4', '✓ 11', '✓ 38', '✓ 16', '○']);
    await expect(overview.totals()).resolves.toEqual(['', '30 van 30', '15 van 30', '10 van 30', '5 van 30']);
    await expect(
      overview.page.getByText('Opdracht uit de link: Klas <b>opdracht</b>.', { exact: false }).isVisible(),
    ).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('sorts by a column by mouse and by keyboard, and says how it is sorted', async () => {
    const { overview, page } = await withClass();
    await expect(overview.header('Student').getAttribute('aria-sort')).resolves.toBe('ascending');
    await page.getByRole('button', { name: 'Gedaan', exact: true }).click();
    await expect(overview.header('Gedaan').getAttribute('aria-sort')).resolves.toBe('ascending');
    await expect(overview.header('Student').getAttribute('aria-sort')).resolves.toBeNull();
    expect((await overview.names()).slice(0, 2)).toEqual(['Student 07', 'Student 11']);

    await page.keyboard.press('Enter');
    await expect(overview.header('Gedaan').getAttribute('aria-sort')).resolves.toBe('descending');
    expect((await overview.names()).slice(0, 2)).toEqual(['Student 02', 'Student 03']);

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect(overview.header('Student').getAttribute('aria-sort')).resolves.toBe('ascending');
    await page.keyboard.press('Space');
    expect((await overview.names()).slice(0, 2)).toEqual(['Student 30', 'Student 29']);
  });

  it('reads one question across the class, one student’s whole hand-in, and the sorting summarised', async () => {
    const { page, overview } = await withClass();
    const sorting = await overview.summary(/^Vier vormen van teacher leadership: .*: per kaart/);
    expect(sorting[0]).toEqual(['Onderzoeksdocent', '5 van 10', '10 van 10']);
    expect(sorting.slice(1).every(([, right, placed]) => right === '0 van 10' && placed === '0 van 10')).toBe(
      true,
    );
    await page.getByLabel('Vraag of oefening').selectOption({ index: 3 });
    await expect(page.locator('[data-question-text]').textContent()).resolves.toMatch(
      /^De paradox van formele rollen: Waar zette je jouw school op de schaal/,
    );
    const cards = page.locator('[data-question-answers] article');
    await expect(cards.count()).resolves.toBe(30);
    await expect(cards.nth(0).innerText()).resolves.toBe('Student 01\n\nIn het midden.');
    await expect(cards.nth(5).innerText()).resolves.toBe('Student 06\n\nNiet gedaan.');

    await page.getByLabel('Student', { exact: true }).selectOption('Student 06');
    const handIn = page.locator('[data-student-hand-in]');
    await expect(handIn.getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual([
      'Vier vormen van teacher leadership',
    ]);
    await expect(handIn.locator('dd:not(.feedback-field)').allTextContents()).resolves.toEqual([
      'Antwoord 6.',
      'Ja, een collega die de leesclub begon.',
      'Kaart 1: formeel',
    ]);
  });

  it('shows markup in a name or an answer as text, and runs none of it', async () => {
    const { overview, page, errors } = await openClassOverview(browser);
    const hostile = '<img src=x onerror="document.title=`hacked`">';
    const catalogue = await overview.catalogue();
    await overview.choose([
      handInUpload(catalogue, hostile, {
        'vier-vormen#0': classAnswers(1)['vier-vormen#0']!,
        'de-paradox#0': { ...classAnswers(1)['de-paradox#0']!, text: hostile },
      }),
    ]);
    await expect(overview.names()).resolves.toEqual([hostile]);
    await page.getByLabel('Vraag of oefening').selectOption({ index: 3 });
    await expect(page.locator('[data-question-answers] p').textContent()).resolves.toBe(hostile);
    await expect(page.locator('main img[src="x"]').count()).resolves.toBe(0);
    await expect(page.title()).resolves.not.toBe('hacked');
    expect(errors).toEqual([]);
  });

  it('lists a foreign, another assignment’s and a broken file with the reason, and reads the rest', async () => {
    const { overview, page } = await openClassOverview(browser);
    const catalogue = await overview.catalogue();
    const other = { ...classAssignment, title: 'Een andere opdracht' };
    await overview.choose([
      handInUpload(catalogue, 'Sam', classAnswers(2)),
      handInUpload(catalogue, 'Ali', classAnswers(3), { assignment: other }),
      handInUpload(catalogue, 'Kim', classAnswers(4, '/en')),
      { name: 'kapot.json', text: '{"format": "leiderschap' },
      { name: 'iets-anders.json', text: '{"format": "iets-anders", "version": 1}' },
    ]);
    await expect(overview.status().textContent()).resolves.toBe(
      'Bestanden gelezen: 1; studenten: 1; apart gezet: 2; geweigerd: 2.',
    );
    await expect(overview.names()).resolves.toEqual(['Sam']);
    const problems = page.getByRole('region', { name: 'Apart gezet en geweigerd' });
    await expect(problems.getByRole('listitem').allTextContents()).resolves.toEqual([
      'opdracht-ali-20.json (Ali): hoort bij een andere opdracht.',
      'opdracht-kim-20.json (Kim): is gemaakt in een andere taal van deze site.',
      'kapot.json: geen JSON-bestand.',
      'iets-anders.json: komt niet van deze site.',
    ]);
  });

  it('downloads a CSV that Excel with Dutch settings opens: BOM, semicolons, a header row, no formulas', async () => {
    const { overview } = await openClassOverview(browser);
    const catalogue = await overview.catalogue();
    await overview.choose([
      handInUpload(catalogue, '=HYPERLINK("x";"klik")', classAnswers(6)),
      handInUpload(catalogue, 'Noor; de Vries', classAnswers(1)),
    ]);
    const csv = await overview.export('CSV (.csv)');
    expect(csv.name).toMatch(/^klasoverzicht-leiderschap-van-leraren-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = csv.content.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toMatch(
      /^Student;Onderdelen gedaan;Onderdelen in de opdracht;Vier vormen van teacher leadership: Welke van de vier vormen .* \(tekens\);/,
    );
    expect(lines.slice(1)).toEqual([
      `"'=HYPERLINK(""x"";""klik"")";3;4;11;38;16;`,
      '"Noor; de Vries";2;4;11;;;14',
      '',
    ]);
    await expect(overview.status().textContent()).resolves.toMatch(/\.csv staat klaar in je downloads\.$/);
    const markdown = (await overview.export('Markdown (.md)')).content.toString('utf8');
    // The title's markup is escaped, so that it shows as typed wherever the file is read.
    expect(markdown).toMatch(/^# Klasoverzicht: Klas \\<b>opdracht\\<\/b>\n/);
    expect(markdown).toContain('## Noor; de Vries\n\n*2 van 4 onderdelen gedaan*');
  });

  it('has no axe violations empty and loaded, in light and dark', async () => {
    const { page, overview } = await openClassOverview(browser);
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });
    const catalogue = await overview.catalogue();
    await overview.choose([...classUploads(catalogue).slice(0, 3), { name: 'kapot.json', text: '' }]);
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });
  });

  it('fits 320 px: the matrix scrolls inside its own region', async () => {
    const { page, overview } = await withClass({ viewport: { width: 320, height: 640 } });
    await expect(horizontalOverflow(page)).resolves.toBeLessThanOrEqual(0);
    await expect(overview.rows().count()).resolves.toBe(30);
    const region = page.getByRole('region', { name: /^Per student en per onderdeel/ });
    await expect(region.evaluate((element) => element.scrollWidth > element.clientWidth)).resolves.toBe(true);
  });

  it('speaks English on the English page', async () => {
    const { overview, page } = await withClass({ path: 'en/klasoverzicht/' });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Class overview');
    await expect(overview.status().textContent()).resolves.toBe(
      'Files read: 31; students: 30; set apart: 0; refused: 0.',
    );
    await expect(overview.row(0)).resolves.toEqual([
      'Student 01 Also handed in, older: opdracht-student-01-18.json',
      '2 of 4',
      '✓ 11',
      '○',
      '○',
      '✓ 14',
    ]);
    await expect(overview.header('Done').getAttribute('aria-sort')).resolves.toBeNull();
  });
});

describe('how the educator gets there', () => {
  it('is linked, with the assignment, from the builder and from the assignment page, and back to the builder to change it', async () => {
    const teacher = await openPage(browser, 'opdracht-samenstellen/');
    const link = await buildAssignment(new AssignmentBuilder(teacher.page));
    const fragment = new URL(link).hash;
    await expect(
      teacher.page
        .getByRole('link', { name: /^Open het klasoverzicht van deze opdracht/ })
        .getAttribute('href'),
    ).resolves.toBe(`/klasoverzicht/${fragment}`);

    const student = await openPage(browser, `opdracht/${fragment}`, { context: teacher.context });
    await student.page.getByRole('link', { name: /^Voor docenten: lees de ingeleverde bestanden/ }).click();
    await student.page.waitForURL(/\/klasoverzicht\/#a=/);
    await expect(
      student.page.getByText(`Opdracht uit de link: ${title}.`, { exact: false }).isVisible(),
    ).resolves.toBe(true);
    await student.page
      .getByRole('link', { name: /^Deze opdracht aanpassen in Opdracht samenstellen/ })
      .click();
    await student.page.waitForURL(/\/opdracht-samenstellen\/#a=/);
    await expect(student.page.getByLabel('Titel').inputValue()).resolves.toBe(title);
    await expect(new AssignmentBuilder(student.page).link().inputValue()).resolves.toBe(link);
  });

  it('says what it needs without JavaScript; opened without a link, holds the files dropped on it against the first good file’s assignment', async () => {
    const plain = await openPage(browser, 'klasoverzicht/', { javaScriptEnabled: false });
    await expect(
      plain.page.getByText(/^Deze pagina leest de ingeleverde bestanden hier in je browser/).isVisible(),
    ).resolves.toBe(true);
    await expect(plain.page.getByLabel('Kies de ingeleverde JSON-bestanden').isVisible()).resolves.toBe(
      false,
    );

    const { page } = await openPage(browser, 'klasoverzicht/');
    const overview = new ClassOverview(page);
    await expect(page.getByText(/^Je opende deze pagina zonder opdrachtlink/).isVisible()).resolves.toBe(
      true,
    );
    const catalogue = await overview.catalogue();
    await overview.drop(classUploads(catalogue).slice(0, 2));
    await expect(overview.names()).resolves.toEqual([studentName(1), studentName(2)]);
    await expect(
      page.getByText(/^Opdracht uit het eerste goede bestand: Klas <b>opdracht<\/b>\./).isVisible(),
    ).resolves.toBe(true);
  });

  // element.ts loads overview-view.ts with the first files.
  it('says so when what reads the files cannot load, and reads them once it can', async () => {
    const context = await browser.newContext();
    let blocked = true;
    await context.route(/\/_astro\/overview-view\.[\w-]+\.js$/, (route) =>
      blocked ? route.abort() : route.continue(),
    );
    const { overview } = await openClassOverview(browser, { context });
    const uploads = classUploads(await overview.catalogue(), '');
    await overview.pick(uploads);
    await expect
      .poll(() => overview.status().textContent())
      .toBe(
        'De bestanden konden niet worden gelezen: een deel van de site laadde niet. Laad de pagina opnieuw en kies ze nog eens.',
      );
    expect(await overview.rows().count()).toBe(0);
    blocked = false;
    await overview.choose(uploads);
    await expect.poll(() => overview.rows().count()).toBe(30);
  });
});
