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
