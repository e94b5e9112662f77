import { copyIdOf } from '../../../../src/lib/conflict-copies';
import { describe, expect, it } from 'vitest';
import { Packer } from 'docx';
import { portfolioDocument } from '../../../../src/features/mijn-werk/portfolio-docx';
import {
  portfolioOutline,
  toMarkdown,
  type ExportLabels,
} from '../../../../src/features/mijn-werk/portfolio-export';
import type { PortfolioGroup } from '../../../../src/features/mijn-werk/portfolio';
import { docxXml, textRuns } from '../../../support/docx';

const labels: ExportLabels = {
  title: 'Mijn werk: Leiderschap van leraren',
  exportedOn: 'Geëxporteerd op {{date}}',
  savedOn: 'Bewaard op {{date}}',
  copySavedOn: 'Kopie uit een ander tabblad, bewaard op {{date}}',
  otherPage: 'Andere pagina: {{path}}',
  empty: 'Nog niets ingevuld.',
};

const groups: PortfolioGroup[] = [
  {
    path: '/modules/de-paradox/',
    title: 'De paradox van formele rollen',
    answers: [
      {
        id: 'de-paradox#0',
        value: 'x',
        text: 'Eerste regel\n\n# geen kop\n- geen lijst',
        savedAt: '2026-11-20T10:00:00.000Z',
        page: '/modules/de-paradox/',
        prompt: 'Waar legt jouw school het accent?',
        widget: 'reflectie-vragen',
      },
    ],
  },
  {
    path: '/opdracht/',
    title: null,
    answers: [
      {
        id: 'o#0',
        value: 1,
        text: '<b>vet</b> & zo',
        savedAt: '2026-11-21T10:00:00.000Z',
        page: '/opdracht/',
        prompt: 'Vraag',
        widget: 'x-y',
      },
    ],
  },
];

const outline = portfolioOutline(groups, labels, 'nl', new Date('2026-11-23T12:00:00Z'));

describe('Markdown export', () => {
  it('has the title, each module as a heading, each question with the reader’s answer quoted as typed', () => {
    expect(toMarkdown(outline)).toBe(
      [
        '# Mijn werk: Leiderschap van leraren',
        '*Geëxporteerd op 23 november 2026*',
        '## De paradox van formele rollen',
        '### Waar legt jouw school het accent?',
        '> Eerste regel\n>\n> # geen kop\n> - geen lijst',
        '*Bewaard op 20 november 2026*',
        '## Andere pagina: /opdracht/',
        '### Vraag',
        '> \\<b>vet\\</b> \\& zo',
        '*Bewaard op 21 november 2026*',
      ].join('\n\n') + '\n',
    );
  });

  it('keeps text that looks like HTML as text, and ends a line at Word’s soft line break', () => {
    const answer = 'taken<uren <img src=x onerror=alert(1)> <!-- x --> &amp;\u000bregel twee\u2028drie';
    const blocks = portfolioOutline(
      [{ ...groups[1]!, answers: [{ ...groups[1]!.answers[0]!, text: answer, prompt: '<i>Vraag</i>' }] }],
      labels,
      'nl',
      new Date('2026-11-23T12:00:00Z'),
    );
    const markdown = toMarkdown(blocks);
    expect(markdown).toContain('### \\<i>Vraag\\</i>');
    expect(markdown).toContain(
      '> taken\\<uren \\<img src=x onerror=alert(1)> \\<!-- x --> \\&amp;\n> regel twee\n> drie',
    );
    // No `<` or `&` is left without its backslash: none can start a tag, a comment or an entity.
    expect(markdown.match(/(?<!\\)[<&]/g)).toBeNull();
  });

  it('marks a conflict copy as one, with its date', () => {
    const copy = { ...groups[1]!.answers[0]!, id: copyIdOf('opdracht#0', '2026-11-19T10:00:00.000Z') };
    const blocks = portfolioOutline(
      [{ ...groups[1]!, answers: [copy] }],
      labels,
      'nl',
      new Date('2026-11-23T12:00:00Z'),
    );
    expect(toMarkdown(blocks)).toContain('*Kopie uit een ander tabblad, bewaard op 21 november 2026*');
    expect(toMarkdown(blocks)).not.toContain('*Bewaard op');
  });

  it('says so when there is nothing yet', () => {
    expect(toMarkdown(portfolioOutline([], labels, 'en', new Date('2026-11-23T12:00:00Z')))).toContain(
      '*Nog niets ingevuld.*',
    );
  });
});

describe('Word export', () => {
  it('is a .docx whose text holds every heading, question and answer, with markup kept as text', async () => {
    const file = await Packer.toBuffer(portfolioDocument(outline, 'nl'));
    const xml = docxXml(file);
    const text = textRuns(xml).join('|');
    expect(text).toBe(
      [
        'Mijn werk: Leiderschap van leraren',
        'Geëxporteerd op 23 november 2026',
        'De paradox van formele rollen',
        'Waar legt jouw school het accent?',
        'Eerste regel',
        '',
        '# geen kop',
        '- geen lijst',
        'Bewaard op 20 november 2026',
        'Andere pagina: /opdracht/',
        'Vraag',
        '&lt;b&gt;vet&lt;/b&gt; &amp; zo',
        'Bewaard op 21 november 2026',
      ].join('|'),
    );
    expect(xml).toContain('w:pStyle w:val="Heading1"');
  });

  it('makes a new paragraph at Word’s soft line break, so the words on either side stay apart', async () => {
    const soft = [{ kind: 'answer', text: 'eerste\u000btweede\u2028derde' }] as const;
    const xml = docxXml(await Packer.toBuffer(portfolioDocument([...soft], 'nl')));
    expect(textRuns(xml)).toEqual(['eerste', 'tweede', 'derde']);
  });
});
