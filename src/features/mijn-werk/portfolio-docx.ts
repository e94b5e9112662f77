/**
 * The portfolio as a Word document, from the same outline as the Markdown export. The
 * `docx` library is large, so the portfolio page imports this file only when the reader
 * asks for a Word file.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { linesOf, type Block } from './portfolio-export';

function paragraphs(block: Block): Paragraph[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.TITLE })];
    case 'heading':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_1 })];
    case 'question':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 })];
    case 'answer':
      // One paragraph per line the reader typed, so their line breaks survive.
      return linesOf(block.text).map((line) => new Paragraph({ children: [new TextRun(line)] }));
    case 'note':
      return [
        new Paragraph({ children: [new TextRun({ text: block.text, italics: true, color: '595959' })] }),
      ];
  }
}

export function portfolioDocument(blocks: Block[], lang: string): Document {
  const title = blocks.find((block) => block.kind === 'title')?.text ?? '';
  return new Document({
    title,
    creator: title,
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 22, language: { value: lang === 'en' ? 'en-GB' : 'nl-NL' } },
        },
      },
    },
    sections: [{ children: blocks.flatMap(paragraphs) }],
  });
}

/** The .docx file, ready to download. */
export const toDocxBlob = (blocks: Block[], lang: string): Promise<Blob> =>
  Packer.toBlob(portfolioDocument(blocks, lang));
