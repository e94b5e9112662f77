import { describe, expect, it } from 'vitest';
import { lowerHeadings, partId, prefixIds } from '../../../../src/features/werkboek/part-html';

const parts = [
  { page: '/modules/vier-vormen/', prefix: 'vier-vormen--' },
  { page: '/begrippen/', prefix: 'begrippen--' },
];

describe('prefixIds', () => {
  it('prefixes every id and the in-page links, labels and popovers that name one', () => {
    const html =
      '<h2 id="bronnen">Bronnen</h2><a href="#bronnen">up</a>' +
      '<button popovertarget="term-gunnen" aria-describedby="term-gunnen uitleg">gunnen</button>' +
      '<div id="term-gunnen" popover></div><p id="uitleg"></p><label for="veld">x</label><input id="veld">';
    expect(prefixIds(html, 'de-paradox--')).toBe(
      '<h2 id="de-paradox--bronnen">Bronnen</h2><a href="#de-paradox--bronnen">up</a>' +
        '<button popovertarget="de-paradox--term-gunnen" aria-describedby="de-paradox--term-gunnen de-paradox--uitleg">gunnen</button>' +
        '<div id="de-paradox--term-gunnen" popover></div><p id="de-paradox--uitleg"></p><label for="de-paradox--veld">x</label><input id="de-paradox--veld">',
    );
  });

  it('leaves references to ids outside the part as they are', () => {
    expect(prefixIds('<a href="#_top">top</a><p aria-labelledby="elsewhere"></p>', 'x--')).toBe(
      '<a href="#_top">top</a><p aria-labelledby="elsewhere"></p>',
    );
  });

  it('follows ids into SVG references', () => {
    expect(prefixIds('<marker id="pijl"></marker><path marker-end="url(#pijl)"></path>', 'x--')).toBe(
      '<marker id="x--pijl"></marker><path marker-end="url(#x--pijl)"></path>',
    );
  });

  it('points links to a page the workbook holds at that part, and its fragments at their prefixed ids', () => {
    expect(
      prefixIds(
        '<a href="/modules/vier-vormen/">vormen</a> <a href="/begrippen/#gunnen">gunnen</a>',
        'x--',
        parts,
      ),
    ).toBe('<a href="#vier-vormen">vormen</a> <a href="#begrippen--gunnen">gunnen</a>');
  });

  it('leaves links to other pages and outside addresses, and a link marked as one to the page itself', () => {
    const html =
      '<a href="/mijn-werk/">werk</a><a href="https://www.hva.nl/teacher-leadership">hva</a>' +
      '<a data-werkboek-page href="/modules/vier-vormen/">oefening</a>';
    expect(prefixIds(html, 'x--', parts)).toBe(html);
  });
});

describe('lowerHeadings', () => {
  it('puts every heading one level lower, opening and closing tag alike', () => {
    expect(lowerHeadings('<h2 id="a">A</h2><h3>B</h3><h5 class="c">C</h5><header>D</header>')).toBe(
      '<h3 id="a">A</h3><h4>B</h4><h6 class="c">C</h6><header>D</header>',
    );
  });
});

it('names a part by its prefix without the separator', () => {
  expect(partId('vier-vormen--')).toBe('vier-vormen');
});
