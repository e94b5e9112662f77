import { describe, expect, it } from 'vitest';
import { pageFrontmatter } from '../../src/lib/page-schema';

const validModule = {
  kind: 'module',
  title: 'Vier vormen',
  description: 'De vier vormen van teacher leadership.',
  goals: ['Je kunt de vier vormen noemen.'],
  minutes: 15,
  audiences: ['leraar', 'schoolleider'],
  covers: ['TL3', 'TL6.3'],
};

/** The paths of the fields a parse complains about, as Astro reports them. */
function failingFields(data: unknown): string[] {
  const result = pageFrontmatter.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('page frontmatter', () => {
  it('accepts a complete module and a plain page', () => {
    expect(failingFields(validModule)).toEqual([]);
    expect(failingFields({ kind: 'page' })).toEqual([]);
  });

  it('names each field a module lacks', () => {
    const { goals: _goals, minutes: _minutes, ...incomplete } = validModule;
    expect(failingFields(incomplete).sort()).toEqual(['goals', 'minutes']);
  });

  it('rejects an audience, a content-map id or a reading time that does not exist', () => {
    expect(failingFields({ ...validModule, audiences: ['ouder'] })).toEqual(['audiences.0']);
    expect(failingFields({ ...validModule, covers: ['TL3', 'TL42'] })).toEqual(['covers.1']);
    expect(failingFields({ ...validModule, minutes: 0 })).toEqual(['minutes']);
  });

  it('requires a module to have goals, audiences and content-map ids at all', () => {
    expect(failingFields({ ...validModule, goals: [], audiences: [], covers: [] }).sort()).toEqual([
      'audiences',
      'covers',
      'goals',
    ]);
  });

  it('requires every page to say what kind it is', () => {
    expect(failingFields({ title: 'Over deze site' })).toEqual(['kind']);
  });
});
