import { describe, expect, it } from 'vitest';
import {
  handInFile,
  handInFileName,
  handInOutline,
  type HandInLabels,
} from '../../../../src/features/assignment-page/assignment-hand-in';
import { readAnswersFile } from '../../../../src/lib/answers-file';
import { answers, assignment, catalogue } from '../../support/assignment-fixtures';

describe('the hand-in files', () => {
  const labels: HandInLabels = {
    student: 'Naam: {{name}}',
    due: 'Inleveren vóór {{date}}',
    progress: '{{done}} van {{total}} onderdelen gedaan',
    exportedOn: 'Gemaakt op {{date}}',
    savedOn: 'Bewaard op {{date}}',
    copySavedOn: 'Kopie uit een ander tabblad, bewaard op {{date}}',
    otherPage: 'Andere pagina: {{path}}',
    empty: 'Nog geen antwoorden.',
  };

  it('outlines the hand-in with the title, the student’s name, due date and progress, then the answers per module', () => {
    const blocks = handInOutline(
      assignment,
      catalogue,
      answers,
      'Sam de Vries',
      labels,
      'nl',
      new Date('2026-11-23T12:00:00Z'),
    );
    expect(blocks.map((block) => `${block.kind}: ${block.text}`)).toEqual([
      `title: ${assignment.title}`,
      'note: Naam: Sam de Vries',
      'note: Inleveren vóór 18 december 2026',
      'note: 2 van 4 onderdelen gedaan',
      'note: Gemaakt op 23 november 2026',
      'heading: Vier vormen van teacher leadership',
      'question: Vraag',
      'answer: De initiator.',
      'note: Bewaard op 20 november 2026',
      'question: Vraag',
      'answer: Kaart 1: formeel',
      'note: Bewaard op 20 november 2026',
    ]);
  });

  it('makes a JSON file that Mijn werk can import, with the assignment and the student', () => {
    const file = handInFile(assignment, catalogue, answers, ' Sam ', new Date('2026-11-23T12:00:00Z'));
    const parsed = JSON.parse(file);
    expect(parsed.assignment).toEqual(assignment);
    expect(parsed.student).toBe('Sam');
    expect(Object.keys(parsed.answers)).toEqual(['vier-vormen#0', 'vier-vormen-sorteren#kaart-1']);
    const imported = readAnswersFile(file);
    expect('ok' in imported && Object.keys(imported.ok.answers)).toEqual([
      'vier-vormen#0',
      'vier-vormen-sorteren#kaart-1',
    ]);
  });

  it('names the files after the assignment and the student, in plain letters', () => {
    expect(
      handInFileName(
        'Ēén opdracht — ‘quotes’ & <b>',
        'Zoë O’Brien',
        'docx',
        new Date('2026-11-23T12:00:00Z'),
      ),
    ).toBe('opdracht-een-opdracht-quotes-b-zoe-o-brien-2026-11-23.docx');
    expect(handInFileName('???', '', 'json', new Date('2026-11-23T12:00:00Z'))).toBe(
      'opdracht-2026-11-23.json',
    );
  });
});
