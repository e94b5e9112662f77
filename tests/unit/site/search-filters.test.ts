import { describe, expect, it } from 'vitest';
import { filterMetaTag, pageType, searchFilters, type FilterLabels } from '../../../src/site/search-filters';

const dutch: FilterLabels = {
  typeName: 'Soort',
  audienceName: 'Doelgroep',
  types: {
    module: 'Module',
    kit: 'Werkvorm',
    route: 'Route',
    glossary: 'Begrippen',
    overview: 'Overzicht',
    reference: 'Naslag',
  },
  audiences: { leraar: 'Leraren', schoolleider: 'Schoolleiders', lerarenopleider: 'Lerarenopleiders' },
};

describe('pageType', () => {
  it('tells modules and workshop kits by their kind, wherever they live', () => {
    expect(pageType({ kind: 'module', slug: 'modules/vier-vormen' })).toBe('module');
    expect(pageType({ kind: 'werkvorm', slug: 'werkvormen/paradox-dialoog' })).toBe('kit');
  });

  it('tells the other pages by their slug', () => {
    expect(pageType({ kind: 'page', slug: 'voor-leraren' })).toBe('route');
    expect(pageType({ kind: 'page', slug: '/voor-lerarenopleiders/' })).toBe('route');
    expect(pageType({ kind: 'page', slug: 'begrippen' })).toBe('glossary');
    expect(pageType({ kind: 'page', slug: '' })).toBe('overview');
    expect(pageType({ kind: 'page', slug: 'index' })).toBe('overview');
    expect(pageType({ kind: 'page', slug: 'werkvormen' })).toBe('overview');
    expect(pageType({ kind: 'page', slug: 'mijn-werk' })).toBe('overview');
    expect(pageType({ kind: 'page', slug: 'bronnen' })).toBe('reference');
    expect(pageType({ kind: 'page', slug: 'over-deze-site' })).toBe('reference');
  });
});

describe('searchFilters', () => {
  it('gives a module its type and each of its audiences, in the reader’s language', () => {
    expect(
      searchFilters(
        { kind: 'module', slug: 'modules/aan-de-slag', audiences: ['schoolleider', 'lerarenopleider'] },
        dutch,
      ),
    ).toEqual([
      { name: 'Soort', value: 'Module' },
      { name: 'Doelgroep', value: 'Schoolleiders' },
      { name: 'Doelgroep', value: 'Lerarenopleiders' },
    ]);
  });

  it('gives a page without audiences only its type', () => {
    expect(searchFilters({ kind: 'page', slug: 'begrippen' }, dutch)).toEqual([
      { name: 'Soort', value: 'Begrippen' },
    ]);
  });

  it('names an audience once, even when the frontmatter repeats it', () => {
    const filters = searchFilters(
      { kind: 'page', slug: 'voor-leraren', audiences: ['leraar', 'leraar'] },
      dutch,
    );
    expect(filters).toEqual([
      { name: 'Soort', value: 'Route' },
      { name: 'Doelgroep', value: 'Leraren' },
    ]);
  });
});

describe('filterMetaTag', () => {
  it('is a head tag whose content Pagefind takes as the filter value', () => {
    expect(filterMetaTag({ name: 'Type', value: 'Workshop kit' })).toEqual({
      tag: 'meta',
      attrs: { name: 'search-filter', 'data-pagefind-filter': 'Type[content]', content: 'Workshop kit' },
    });
  });
});
