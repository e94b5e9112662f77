import { describe, expect, it } from 'vitest';
import { withBase, withoutBase } from '../../../src/lib/with-base';

describe('withBase', () => {
  it.each([
    // puts the base in front of a site-root link
    ['/modules/vier-vormen/', '/teacher-leadership/', '/teacher-leadership/modules/vier-vormen/'],
    ['/en/', '/teacher-leadership', '/teacher-leadership/en/'],
    // leaves links alone when the site is served from the root
    ['/modules/vier-vormen/', '/', '/modules/vier-vormen/'],
    // does not add the base twice
    ['/teacher-leadership/en/', '/teacher-leadership/', '/teacher-leadership/en/'],
    ['/teacher-leadership', '/teacher-leadership/', '/teacher-leadership'],
    // leaves relative, anchor, external and protocol-relative links alone
    ['../vier-vormen/', '/teacher-leadership/', '../vier-vormen/'],
    ['#leerdoelen', '/teacher-leadership/', '#leerdoelen'],
    ['https://example.org/', '/teacher-leadership/', 'https://example.org/'],
    ['//example.org/x', '/teacher-leadership/', '//example.org/x'],
    ['mailto:a@b.nl', '/teacher-leadership/', 'mailto:a@b.nl'],
    // does not take a path that merely starts with the same letters for the base
    ['/teacher-leadership-extra/', '/teacher-leadership/', '/teacher-leadership/teacher-leadership-extra/'],
  ])('%s with base %s links to %s', (link, base, expected) => {
    expect(withBase(link, base)).toBe(expected);
  });
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
