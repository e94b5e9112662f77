import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';

export const contentDir = join(import.meta.dirname, '../../content');

export interface ContentPage {
  /** Path below content/, e.g. `en/modules/vier-vormen.mdx`. */
  path: string;
  data: Record<string, unknown>;
  body: string;
}

/** Every Markdown and MDX page under content/, with its parsed frontmatter. */
export function contentPages(): ContentPage[] {
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .sort()
    .map((file) => {
      const text = readFileSync(join(contentDir, file), 'utf8');
      const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [];
      return { path: relative(contentDir, join(contentDir, file)), data: load(frontmatter) as Record<string, unknown>, body };
    });
}

export const isEnglish = (page: ContentPage) => page.path.startsWith('en/');
export const isModule = (page: ContentPage) => page.data['kind'] === 'module';
export const isKit = (page: ContentPage) => page.data['kind'] === 'werkvorm';

/** The `##` headings of a page body, in order. */
export function sectionHeadings(body: string): string[] {
  return [...body.matchAll(/^## (.+)$/gm)].map((match) => match[1]!.trim());
}

/** The text of the `##` section with this heading, up to the next `##` heading. */
export function section(body: string, heading: string): string {
  const start = body.search(new RegExp(`^## ${heading}$`, 'm'));
  if (start < 0) return '';
  const rest = body.slice(start).replace(/^.*\n/, '');
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * The body rows of a kit's timed plan, as cells of text: the first Markdown table in the
 * section whose first column is headed "Minuten" or "Minutes", one row per step.
 */
export function planRows(planSection: string): string[][] {
  const lines = planSection.split('\n');
  const header = lines.findIndex((line) => /^\|\s*(Minuten|Minutes)\s*\|/.test(line));
  if (header < 0) return [];
  const rows = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((cell) => cell.trim()));
  }
  return rows;
}

/** The minutes per step of a kit's timed plan (`NaN` for a cell that is not whole minutes). */
export const planMinutes = (planSection: string): number[] =>
  planRows(planSection).map(([cell = '']) => (/^\d+$/.test(cell) ? Number(cell) : Number.NaN));
