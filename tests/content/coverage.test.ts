import { describe, expect, it } from 'vitest';
import { uncoveredIdeas } from '../../src/site/content-map';
import { sidebar } from '../../src/course/sidebar';
import { contentPages, isEnglish, isModule } from './pages';

const dutchModules = contentPages().filter((page) => isModule(page) && !isEnglish(page));

describe('the Dutch course', () => {
  it('teaches every idea of the content map', () => {
    expect(uncoveredIdeas(dutchModules.map((page) => page.data['covers'] as string[]))).toEqual([]);
  });

  it('lists every module in the sidebar', () => {
    const inSidebar = JSON.stringify(sidebar);
    const missing = dutchModules.map((page) => page.path.replace(/\.mdx?$/, '')).filter((slug) => !inSidebar.includes(`"${slug}"`));
    expect(missing).toEqual([]);
  });

  it.each(dutchModules.map((page) => [page.path, page] as const))(
    '%s ends with a summary, reflection questions and sources',
    (_path, page) => {
      const headings = [...page.body.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
      expect(headings.slice(-3)).toEqual(['In het kort', 'Om over na te denken', 'Bronnen']);
      expect(page.body).toMatch(/<Reflectie\s/);
    },
  );
});
