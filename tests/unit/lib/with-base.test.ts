import { describe, expect, it } from 'vitest';
import { withBase, withoutBase } from '../../../src/lib/with-base';

describe('withBase', () => {
  it('puts the base in front of a site-root link', () => {
    expect(withBase('/modules/vier-vormen/', '/teacher-leadership/')).toBe(
      '/teacher-leadership/modules/vier-vormen/',
    );
    expect(withBase('/en/', '/teacher-leadership')).toBe('/teacher-leadership/en/');
  });

  it('leaves links alone when the site is served from the root', () => {
    expect(withBase('/modules/vier-vormen/', '/')).toBe('/modules/vier-vormen/');
  });

  it('does not add the base twice', () => {
    expect(withBase('/teacher-leadership/en/', '/teacher-leadership/')).toBe('/teacher-leadership/en/');
    expect(withBase('/teacher-leadership', '/teacher-leadership/')).toBe('/teacher-leadership');
  });

  it('leaves relative, anchor, external and protocol-relative links alone', () => {
    for (const href of [
      '../vier-vormen/',
      '#leerdoelen',
      'https://example.org/',
      '//example.org/x',
      'mailto:a@b.nl',
    ]) {
      expect(withBase(href, '/teacher-leadership/')).toBe(href);
    }
  });

  it('does not take a path that merely starts with the same letters for the base', () => {
    expect(withBase('/teacher-leadership-extra/', '/teacher-leadership/')).toBe(
      '/teacher-leadership/teacher-leadership-extra/',
    );
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
