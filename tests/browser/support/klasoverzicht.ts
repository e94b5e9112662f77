import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { handInFile } from '../../../src/features/assignment-page/assignment-hand-in';
import type { Assignment, Catalogue } from '../../../src/features/assignments/assignment';
import { encodeAssignment } from '../../../src/features/assignments/assignment-link';
import type { SavedAnswer } from '../../../src/lib/store-data';
import { savedAnswer } from '../../unit/support/saved-answer';
import { openPage, type OpenOptions } from './widget-page';

/** The assignment of the class: two questions and the sorting exercise of Vier vormen, one question of De paradox. */
export const classAssignment: Assignment = {
  title: 'Klas <b>opdracht</b>',
  instructions: '',
  due: null,
  modules: [
    { slug: 'vier-vormen', questions: ['vier-vormen#0', 'vier-vormen#1'], widgets: ['vier-vormen-sorteren'] },
    { slug: 'de-paradox', questions: ['de-paradox#0'], widgets: [] },
  ],
};

export interface HandInUpload {
  name: string;
  text: string;
}

/** Student `n` (1–30) of the class: "Student 07". */
export const studentName = (n: number) => `Student ${String(n).padStart(2, '0')}`;

/**
 * What student `n` answered: every student the first question (`Antwoord <n>.`), the even ones
 * the second, every third the sorting exercise (every sixth rightly), the first five De paradox. So the items are
 * done by 30, 15, 10 and 5 students.
 */
export function classAnswers(n: number, lang = ''): Record<string, SavedAnswer> {
  const fourForms = `${lang}/modules/vier-vormen/`;
  const answers: Record<string, SavedAnswer> = { 'vier-vormen#0': savedAnswer(fourForms, `Antwoord ${n}.`) };
  if (n % 2 === 0)
    answers['vier-vormen#1'] = savedAnswer(fourForms, 'Ja, een collega die de leesclub begon.');
  // A placement as the sorting stores it: every sixth student in the right cell.
  if (n % 3 === 0)
    answers['vier-vormen-sorteren#onderzoeksdocent'] = {
      ...savedAnswer(fourForms, 'Kaart 1: formeel', 'vier-vormen-sorteren'),
      value: { cell: n % 6 === 0 ? 'formeel-individueel' : 'informeel-individueel' },
    };
  if (n <= 5) answers['de-paradox#0'] = savedAnswer(`${lang}/modules/de-paradox/`, 'In het midden.');
  return answers;
}

/** A hand-in file as the assignment page makes it (the real `handInFile`), named as it names it. */
export const handInUpload = (
  catalogue: Catalogue,
  student: string,
  answers: Record<string, SavedAnswer>,
  { assignment = classAssignment, day = 20 }: { assignment?: Assignment; day?: number } = {},
): HandInUpload => ({
  name: `opdracht-${student.trim().toLowerCase().replace(/\W+/g, '-')}-${day}.json`,
  text: handInFile(assignment, catalogue, answers, student, new Date(Date.UTC(2026, 10, day, 12))),
});

/** The 30 students' hand-ins. */
export const classUploads = (catalogue: Catalogue, lang = '') =>
  Array.from({ length: 30 }, (_, index) =>
    handInUpload(catalogue, studentName(index + 1), classAnswers(index + 1, lang)),
  );

/** The class overview as a teacher educator uses it. */
export class ClassOverview {
  constructor(readonly page: Page) {}

  /** The modules as the page knows them, to make hand-ins with. */
  async catalogue(): Promise<Catalogue> {
    return JSON.parse((await this.page.locator('klas-overzicht').getAttribute('data-catalogue')) ?? '[]');
  }

  /** Chooses the files in the file field, as "Choose files" does, and waits until they are read. */
  async choose(files: readonly HandInUpload[]) {
    await this.pick(files);
    await this.status()
      .filter({ hasText: /^(Bestanden gelezen|Files read):/ })
      .waitFor();
  }

  /** Picks the files in the file field, without waiting for what the page makes of them. */
  async pick(files: readonly HandInUpload[]) {
    await this.page
      .getByLabel(/Kies de ingeleverde JSON-bestanden|Choose the handed-in JSON files/)
      .setInputFiles(
        files.map((file) => ({
          name: file.name,
          mimeType: 'application/json',
          buffer: Buffer.from(file.text),
        })),
      );
  }

  /** Drops the files on the drop zone, as dragging them from the file manager does, and waits until they are read. */
  async drop(files: readonly HandInUpload[]) {
    const dropped = await this.page.evaluateHandle((contents) => {
      const transfer = new DataTransfer();
      for (const { name, text } of contents)
        transfer.items.add(new File([text], name, { type: 'application/json' }));
      return transfer;
    }, files);
    const zone = this.page.locator('[data-drop]');
    await zone.dispatchEvent('dragover', { dataTransfer: dropped });
    await zone.dispatchEvent('drop', { dataTransfer: dropped });
    await this.status()
      .filter({ hasText: /^(Bestanden gelezen|Files read):/ })
      .waitFor();
  }

  status(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }

  /** The matrix (the widget summaries are tables too). */
  table(): Locator {
    return this.page.getByRole('table', { name: /^(Per student en per onderdeel|Per student and per item)/ });
  }

  /** A widget summary's table, by the start of its caption, as rows of cell texts. */
  summary(caption: RegExp): Promise<string[][]> {
    return this.page
      .getByRole('table', { name: caption })
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
  }

  rows(): Locator {
    return this.table().locator('tbody tr');
  }

  /** The students' names as the rows show them, top to bottom. */
  names(): Promise<string[]> {
    return this.table()
      .locator('tbody th')
      .evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent ?? ''));
  }

  /** A column's header cell, by its sort button's name. */
  header(name: string): Locator {
    return this.table().getByRole('columnheader', { name, exact: true });
  }

  /** What a row's cells show on screen, header cell first (without the words only a screen reader reads). */
  row(index: number): Promise<string[]> {
    return this.rows()
      .nth(index)
      .locator('th, td')
      .evaluateAll((cells) =>
        cells.map((cell) =>
          [...cell.childNodes]
            .filter((node) => !(node instanceof Element && node.classList.contains('sr-only')))
            .map((node) => node.textContent)
            .join(' '),
        ),
      );
  }

  /** The footer: how many students did each item. */
  totals(): Promise<string[]> {
    return this.table().locator('tfoot td').allInnerTexts();
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  /** Clicks an export button and returns the downloaded file's name and content. */
  async export(name: string | RegExp): Promise<{ name: string; content: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.button(name).click()]);
    return { name: download.suggestedFilename(), content: await readFile((await download.path())!) };
  }
}

/** Opens the class overview (`path`: `klasoverzicht/` or `en/klasoverzicht/`) with the class's assignment in the link. */
export async function openClassOverview(
  browser: Browser,
  { path = 'klasoverzicht/', ...options }: OpenOptions & { path?: string } = {},
) {
  const opened = await openPage(browser, `${path}#a=${encodeAssignment(classAssignment)}`, options);
  return { ...opened, overview: new ClassOverview(opened.page) };
}
