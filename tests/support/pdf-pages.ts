/**
 * How many pages a PDF has, read from the file itself: the page objects (`/Type /Page`, not the
 * `/Pages` nodes of the page tree). Chromium writes each object's dictionary as plain text (only
 * the streams are compressed), so counting them needs no PDF library.
 */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}
