/** Offers `content` to the reader as a file, made here in the browser: nothing is uploaded. */
export function download(fileName: string, content: Blob | string, type = 'text/plain;charset=utf-8') {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** A file name with today's date, e.g. `leiderschap-van-leraren-2026-11-23.json`. */
export const datedFileName = (extension: string, now = new Date()) =>
  `leiderschap-van-leraren-${now.toISOString().slice(0, 10)}.${extension}`;
