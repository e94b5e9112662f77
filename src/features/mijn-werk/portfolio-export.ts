/**
 * The portfolio as a document: the same outline for Markdown and Word (see
 * `portfolio-docx.ts`), so both exports hold exactly what the portfolio page shows.
 */
import { fillIn, longDate } from '../../lib/fill-in';
import type { PortfolioGroup } from './portfolio';
import { savedOnLine } from './saved-on-line';

export interface ExportLabels {
  /** The document's title, e.g. "Mijn werk: Leiderschap van leraren". */
  title: string;
  /** "Geëxporteerd op {{date}}" */
  exportedOn: string;
  /** "Bewaard op {{date}}" */
  savedOn: string;
  /** The same for a conflict copy: "Kopie uit een ander tabblad, bewaard op {{date}}". */
  copySavedOn: string;
  /** "Andere pagina: {{path}}", for answers given outside the modules. */
  otherPage: string;
  /** Said when there is nothing to export. */
  empty: string;
}

/** The UI-string keys of the labels every export shares, under `portfolio.` and under `assignment.` alike. */
export const exportLabelKeys = ['exportedOn', 'savedOn', 'copySavedOn', 'otherPage', 'empty'] as const;

/** The labels every export shares (all of `ExportLabels` but the title), read by key. */
export function exportLabels(
  label: (key: (typeof exportLabelKeys)[number]) => string,
): Omit<ExportLabels, 'title'> {
  return {
    exportedOn: label('exportedOn'),
    savedOn: label('savedOn'),
    copySavedOn: label('copySavedOn'),
    otherPage: label('otherPage'),
    empty: label('empty'),
  };
}

export type Block =
  | { kind: 'title' | 'heading' | 'question'; text: string }
  | { kind: 'answer'; text: string }
  | { kind: 'note'; text: string };

/** A document's title and the line that says when it was made: "Geëxporteerd op 1 december 2026". */
export const titleBlocks = (
  labels: { title: string; exportedOn: string },
  lang: string,
  exportedAt: Date,
): Block[] => [
  { kind: 'title', text: labels.title },
  { kind: 'note', text: fillIn(labels.exportedOn, { date: longDate(exportedAt, lang) }) },
];

/** The portfolio as a flat list of blocks, in reading order. */
export function portfolioOutline(
  groups: PortfolioGroup[],
  labels: ExportLabels,
  lang: string,
  exportedAt: Date,
): Block[] {
  const blocks = titleBlocks(labels, lang, exportedAt);
  if (groups.length === 0) blocks.push({ kind: 'note', text: labels.empty });
  for (const group of groups) {
    blocks.push({ kind: 'heading', text: group.title ?? fillIn(labels.otherPage, { path: group.path }) });
    for (const answer of group.answers) {
      blocks.push(
        { kind: 'question', text: answer.prompt },
        { kind: 'answer', text: answer.text },
        { kind: 'note', text: savedOnLine(answer, labels, lang) },
      );
    }
  }
  return blocks;
}

/**
 * The lines of a text as the reader sees them: besides `\n`, Word's soft line break (Shift+Enter
 * pastes as a vertical tab or U+2028) and the other line and paragraph separators end a line,
 * so that no export glues the words on either side together.
 */
export const linesOf = (text: string) => text.split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/);

/**
 * Markdown that reads as the reader wrote it: their text stays as typed, quoted so it cannot
 * become a heading or a list of the document, and with `<` and `&` escaped, so that text which
 * looks like HTML (`taken<uren`, `<img …>`, `&amp;`) shows as typed instead of becoming markup.
 */
export function toMarkdown(blocks: Block[]): string {
  const lines = blocks.map((block) => {
    switch (block.kind) {
      case 'title':
        return `# ${oneLine(block.text)}`;
      case 'heading':
        return `## ${oneLine(block.text)}`;
      case 'question':
        return `### ${oneLine(block.text)}`;
      case 'answer':
        return linesOf(block.text)
          .map((line) => (line === '' ? '>' : `> ${asText(line)}`))
          .join('\n');
      case 'note':
        return `*${oneLine(block.text)}*`;
    }
  });
  return `${lines.join('\n\n')}\n`;
}

/** Markdown's backslash escape for the two characters that start HTML. */
const asText = (text: string) => text.replace(/[<&]/g, '\\$&');
const oneLine = (text: string) => asText(text.replace(/\s+/g, ' ').trim());
