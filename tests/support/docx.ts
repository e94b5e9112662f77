import { strFromU8, unzipSync } from 'fflate';

/** The body of a .docx file, its `word/document.xml`, as text. */
export function docxXml(file: Uint8Array): string {
  const xml = unzipSync(new Uint8Array(file))['word/document.xml'];
  if (!xml) throw new Error('Not a .docx: there is no word/document.xml in it.');
  return strFromU8(xml);
}

/** The text of each run (`<w:t>`) in a .docx body, in order, with its XML entities as written. */
export const textRuns = (xml: string): string[] =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]!);
