/**
 * Mijn werk's Markdown and Word files of every answer, loaded at the reader's first click on
 * either: the outline and its writers are not needed to show the page.
 */
import { datedFileName, download } from '../../widgets/runtime/download';
import { downloadWord } from './download-word';
import type { PortfolioLabel } from './labels';
import type { PortfolioGroup } from './portfolio';
import { exportLabels, portfolioOutline, toMarkdown } from './portfolio-export';

/** Makes the file and offers it; resolves to its name. */
export async function downloadPortfolio(
  format: 'markdown' | 'docx',
  groups: PortfolioGroup[],
  label: (key: PortfolioLabel) => string,
  lang: string,
  now: Date,
): Promise<string> {
  const outline = portfolioOutline(groups, { title: label('docTitle'), ...exportLabels(label) }, lang, now);
  const name = datedFileName(format === 'markdown' ? 'md' : 'docx', now);
  if (format === 'markdown') download(name, toMarkdown(outline), 'text/markdown;charset=utf-8');
  else await downloadWord(name, outline, lang);
  return name;
}
