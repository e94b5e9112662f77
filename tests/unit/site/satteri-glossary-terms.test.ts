import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs, markdownToHtml } from 'satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import { glossaryTerms, moduleLanguage } from '../../../src/site/satteri-glossary-terms';

const entry = (id: string, term: string, definition: string) =>
  `<dt id="${id}">${term} <span class="begrip-vertaling">(vertaling)</span></dt>\n<dd>\n\n${definition} Meer.\n\n</dd>\n`;
const glossaryPage = (entries: string) =>
  `---\ntitle: Begrippen\n---\n\n<dl class="begrippen">\n\n${entries}\n</dl>\n`;

let contentDir: URL;
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'glossary-terms-'));
  mkdirSync(join(dir, 'en'));
  const dutch = [
    entry('gunnen', 'Gunnen', 'Een ander de ruimte geven.'),
    entry('initiators', 'Initiators', 'Leraren met gezag.'),
    entry('focus', 'Focus', 'Het thema van de invloed.'),
  ];
  writeFileSync(join(dir, 'begrippen.mdx'), glossaryPage(dutch.join('\n')));
  writeFileSync(
    join(dir, 'en', 'begrippen.mdx'),
    glossaryPage(entry('gunnen', 'Gunnen', 'Giving someone room.')),
  );
  contentDir = pathToFileURL(`${dir}/`);
});

const dutchModule = new URL('file:///site/src/content/docs/modules/vier-vormen.mdx');
const render = (markdown: string, fileURL = dutchModule, base = '/') =>
  markdownToHtml(markdown, { hastPlugins: [glossaryTerms(base, contentDir)], fileURL }).html;

describe('moduleLanguage', () => {
  it('tells a Dutch and an English module apart, and other pages have none', () => {
    expect(moduleLanguage(dutchModule)).toBe('nl');
    expect(moduleLanguage(new URL('file:///site/content/en/modules/vier-vormen.mdx'))).toBe('en');
    expect(moduleLanguage(new URL('file:///site/content/begrippen.mdx'))).toBeUndefined();
    expect(moduleLanguage(new URL('file:///site/content/kits/teamsessie.mdx'))).toBeUndefined();
    expect(moduleLanguage(undefined)).toBeUndefined();
  });
});

describe('glossaryTerms', () => {
  it("makes a term's first use a button that opens its definition in a popover, with a link to the glossary", () => {
    const html = render('Wie ruimte laat: Gunnen is lastig. Weer gunnen.\n');
    expect(html).toContain(
      '<button type="button" class="term" popovertarget="term-gunnen" aria-label="Gunnen: uitleg openen">Gunnen<sup class="term-number" aria-hidden="true" data-pagefind-ignore="">1</sup></button>',
    );
    expect(html).toContain(
      '<span id="term-gunnen" popover="auto" class="term-popover floating-panel" data-pagefind-ignore=""><strong>Gunnen</strong>: Een ander de ruimte geven. <a href="/begrippen/#gunnen">Meer in de begrippenlijst</a></span>',
    );
    expect(html).toMatch(/^<p>Wie ruimte laat: <button[^]*<\/span> is lastig\. Weer gunnen\.<\/p>/);
  });

  it('marks each term once, numbers them in reading order and ends with the numbered notes', () => {
    const html = render('Initiators en gunnen.\n\n- Een initiator gunnen?\n');
    expect(html.match(/<button/g)).toHaveLength(2);
    expect(html).toMatch(
      /popovertarget="term-initiators"[^]*>1<\/sup>[^]*popovertarget="term-gunnen"[^]*>2<\/sup>/,
    );
    expect(html).toMatch(
      /<div class="term-notes" data-pagefind-ignore=""><p class="term-notes-title">Begrippen in deze module<\/p><ol><li><strong>Initiators<\/strong>: Leraren met gezag\.<\/li><li><strong>Gunnen<\/strong>: Een ander de ruimte geven\.<\/li><\/ol><\/div>\s*$/,
    );
  });

  it('leaves headings, table headers, links, code, figures and the sources section alone, and the unmarked terms', () => {
    const html = render(
      '## Gunnen\n\n[Gunnen](/begrippen/#gunnen) en `gunnen` en focus.\n\n<figure>gunnen</figure>\n\n| Gunnen |\n| --- |\n| ja |\n\n## Bronnen\n\nGunnen (2019).\n',
    );
    expect(html).not.toContain('<button');
    expect(html).not.toContain('term-notes');
  });

  it('skips widgets and components in MDX, and marks the text after them', () => {
    const { code } = mdxToJs('import X from "x";\n\n<X>gunnen</X>\n\nNu gunnen.\n', {
      hastPlugins: [glossaryTerms('/', contentDir)],
      fileURL: dutchModule,
    });
    expect(code.match(/popoverTarget/g)).toHaveLength(1);
    expect(code).toMatch(/_jsx\(X, \{\s*children: "gunnen"/);
  });

  it('uses the English glossary and labels for an English module, and the deploy base in the link', () => {
    const html = render(
      'Gunnen matters.\n',
      new URL('file:///site/content/en/modules/x.mdx'),
      '/teacher-leadership/',
    );
    expect(html).toContain('aria-label="Gunnen: open the definition"');
    expect(html).toContain(
      'Giving someone room. <a href="/teacher-leadership/en/begrippen/#gunnen">More in the glossary</a>',
    );
    expect(html).toContain('<p class="term-notes-title">Terms in this module</p>');
  });

  it('leaves pages other than modules unchanged', () => {
    expect(render('Gunnen.\n', new URL('file:///site/content/begrippen.mdx'))).toBe('<p>Gunnen.</p>\n');
  });
});
