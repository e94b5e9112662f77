import { describe, expect, it } from 'vitest';
import { classCsv, csvCell } from '../../../../src/features/klasoverzicht/class-csv';
import { classMatrix } from '../../../../src/features/klasoverzicht/class-matrix';
import { classOutline } from '../../../../src/features/klasoverzicht/class-outline';
import { readHandIns } from '../../../../src/features/klasoverzicht/hand-ins';
import { toMarkdown } from '../../../../src/features/mijn-werk/portfolio-export';
import { assignment, catalogue } from '../../support/assignment-fixtures';
import { handInText, studentAnswers } from '../../support/class-hand-ins';

const matrix = classMatrix(
  assignment,
  catalogue,
  readHandIns(
    [handInText('=SOM(A1) "de" Vries; Sam', studentAnswers('Ja.', true)), handInText('Noor', {})],
    assignment,
    catalogue,
    'nl',
  ).handIns,
);

describe('the class overview’s exports', () => {
  it('escapes CSV cells so that no formula runs and separators, quotes and line breaks stay inside', () => {
    expect(
      ['=1+1', '+31', '-2', '@A1', '\tx', 'gewoon', 'a;b', 'zei "ja"', 'twee\nregels', 3].map(csvCell),
    ).toEqual([
      "'=1+1",
      "'+31",
      "'-2",
      "'@A1",
      "'\tx",
      'gewoon',
      '"a;b"',
      '"zei ""ja"""',
      '"twee\nregels"',
      '3',
    ]);
  });

  it('writes one row per student under a header, UTF-8 with BOM, ; between cells and CRLF', () => {
    const csv = classCsv(matrix, matrix.rows, {
      student: 'Student',
      done: 'Gedaan',
      total: 'Onderdelen',
      column: (column) => `${column.module}: ${column.label || column.id}`,
    });
    expect(
      csv.startsWith(
        '\uFEFFStudent;Gedaan;Onderdelen;Vier vormen van teacher leadership: Welke vorm zie je het meest?;',
      ),
    ).toBe(true);
    expect(csv.split('\r\n')).toEqual([
      expect.stringContaining('Onderdelen'),
      `"'=SOM(A1) ""de"" Vries; Sam";2;4;3;;16;`,
      'Noor;0;4;;;;',
      '',
    ]);
  });

  it('outlines each student’s progress and answers for the Markdown and Word writers', () => {
    const blocks = classOutline(
      matrix,
      matrix.rows.slice(1),
      {
        title: 'Klasoverzicht: opdracht',
        exportedOn: 'Gemaakt op {{date}}',
        progress: '{{done}} van {{total}} onderdelen gedaan',
        notDone: 'Niet gedaan.',
        item: (column) => `${column.module}: ${column.label || 'lezen'}`,
      },
      'nl',
      new Date('2026-11-23T12:00:00Z'),
    );
    expect(toMarkdown(blocks).split('\n\n').slice(0, 6)).toEqual([
      '# Klasoverzicht: opdracht',
      '*Gemaakt op 23 november 2026*',
      '## Noor',
      '*0 van 4 onderdelen gedaan*',
      '### Vier vormen van teacher leadership: Welke vorm zie je het meest?',
      '*Niet gedaan.*',
    ]);
    const sam = classOutline(
      matrix,
      matrix.rows.slice(0, 1),
      {
        title: 't',
        exportedOn: '',
        progress: '',
        notDone: 'Niet gedaan.',
        item: (column) => column.id,
      },
      'nl',
      new Date(),
    );
    expect(sam.filter((block) => block.kind === 'answer').map((block) => block.text)).toEqual([
      'Ja.',
      'Kaart 1: formeel',
    ]);
  });
});
