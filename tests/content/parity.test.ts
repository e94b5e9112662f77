import { describe, expect, it } from 'vitest';
import { contentPages, isEnglish } from './pages';
import { structure } from './structure';

const pages = contentPages();
const english = new Map(pages.filter(isEnglish).map((page) => [page.path.replace(/^en\//, ''), page]));
const dutch = pages.filter((page) => !isEnglish(page));

describe('the English edition', () => {
  it('has a twin at the same path for every Dutch page', () => {
    expect(dutch.map((page) => page.path).filter((path) => !english.has(path))).toEqual([]);
  });

  it('has no page without a Dutch original', () => {
    const dutchPaths = new Set(dutch.map((page) => page.path));
    expect([...english.keys()].filter((path) => !dutchPaths.has(path))).toEqual([]);
  });

  it.each(dutch.filter((page) => english.has(page.path)).map((page) => [page.path, page] as const))(
    '%s: the twin describes the same module or kit, with the same widgets, and links within the English site',
    (path, page) => {
      const twin = english.get(path)!;
      for (const field of ['kind', 'minutes', 'audiences', 'covers', 'modules']) {
        expect(twin.data[field], field).toEqual(page.data[field]);
      }
      expect(twin.data['goals'] ?? [], 'goals').toHaveLength(((page.data['goals'] as unknown[]) ?? []).length);
      // A workshop kit's goal, group size and widget names are translated, so both sides must have them.
      for (const field of ['goal', 'groupSize']) {
        expect(typeof twin.data[field], field).toBe(typeof page.data[field]);
      }
      expect(twin.data['widgets'] ?? [], 'widgets').toHaveLength(((page.data['widgets'] as unknown[]) ?? []).length);
      // Answers are stored by widget id, so both languages must use the same widgets with the same ids.
      const widgetIds = (body: string) => [...body.matchAll(/<([A-Z]\w*)\b[^>]*?\sid="([^"]+)"/g)].map((match) => `${match[1]}#${match[2]}`);
      expect(widgetIds(twin.body), 'widgets').toEqual(widgetIds(page.body));
      const rootLinks = [...twin.body.matchAll(/\]\((\/[^)]*)\)/g)].map((match) => match[1]!);
      expect(rootLinks.filter((link) => !link.startsWith('/en/'))).toEqual([]);
    },
  );

  it.each(dutch.filter((page) => english.has(page.path)).map((page) => [page.path, page] as const))(
    '%s: the twin has as many headings, paragraphs, list items, table rows, and components',
    (path, page) => {
      const [original, twin] = [structure(page.body), structure(english.get(path)!.body)];
      for (const key of Object.keys(original) as (keyof typeof original)[]) expect(twin[key], key).toEqual(original[key]);
    },
  );
});

describe('the structure count the parity check relies on', () => {
  it('counts headings, paragraphs, list items, table rows and components', () => {
    const body = [
      "import Vignet from '~/components/Vignet.astro';",
      '## Kop',
      '',
      'Een alinea',
      'over twee regels.',
      '',
      '- een punt',
      '  dat doorloopt',
      '- nog een punt',
      '',
      '| Kop | Kop |',
      '| --- | --- |',
      '| a | b |',
      '',
      '<Vignet title="Casus" question="Vraag?">',
      'Tekst in de casus.',
      '</Vignet>',
      '',
      '<Reflectie id="r" />',
      '',
      '```md',
      '## Geen kop',
      '```',
    ].join('\n');
    expect(structure(body)).toEqual({
      headings: 1,
      paragraphs: 2,
      listItems: 2,
      tableRows: 2,
      components: ['Vignet', 'Reflectie'],
    });
  });
});
