import { describe, expect, it } from 'vitest';
import { withBase, withoutBase } from '../../../src/lib/with-base';

describe('withBase', () => {
  it.each([
    ['/modules/vier-vormen/', '/teacher-leadership/', '/teacher-leadership/modules/vier-vormen/'],
    ['/en/', '/teacher-leadership', '/teacher-leadership/en/'],
    // a path that merely starts with the same letters as the base is not under it
    ['/teacher-leadership-extra/', '/teacher-leadership/', '/teacher-leadership/teacher-leadership-extra/'],
  ])('puts the base in front of a site-root link: %s with base %s links to %s', (link, base, expected) => {
    expect(withBase(link, base)).toBe(expected);
  });

  it('leaves links alone when the site is served from the root', () => {
    expect(withBase('/modules/vier-vormen/', '/')).toBe('/modules/vier-vormen/');
  });

  it.each(['/teacher-leadership/en/', '/teacher-leadership'])('does not add the base twice to %s', (link) => {
    expect(withBase(link, '/teacher-leadership/')).toBe(link);
  });

  it.each(['../vier-vormen/', '#leerdoelen', 'https://example.org/', '//example.org/x', 'mailto:a@b.nl'])(
    'leaves a relative, anchor, external or protocol-relative link alone: %s',
    (link) => {
      expect(withBase(link, '/teacher-leadership/')).toBe(link);
    },
  );
});

describe('withoutBase', () => {
  it('takes the base off a page path', () => {
    expect(withoutBase('/teacher-leadership/en/modules/de-paradox/', '/teacher-leadership/')).toBe(
      '/en/modules/de-paradox/',
    );
    expect(withoutBase('/teacher-leadership/', '/teacher-leadership/')).toBe('/');
  });

  it('leaves a path alone when the site is served from the root, or the path lies outside the base', () => {
    expect(withoutBase('/modules/de-paradox/', '/')).toBe('/modules/de-paradox/');
    expect(withoutBase('/elders/', '/teacher-leadership/')).toBe('/elders/');
  });
});
