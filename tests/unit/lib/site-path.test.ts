import { describe, expect, it } from 'vitest';
import { pagePathOf, sitePath } from '../../../src/lib/site-path';

describe('pagePathOf', () => {
  it.each([
    ['/modules/de-paradox/', '/', '/modules/de-paradox/'],
    ['/teacher-leadership/en/modules/de-paradox/', '/teacher-leadership/', '/en/modules/de-paradox/'],
  ])('reads %s (base %s), as the site links to it, as the page %s', (pathname, base, expected) => {
    expect(pagePathOf(pathname, base)).toBe(expected);
  });

  it.each([
    ['/modules/de-paradox/index.html', '/', '/modules/de-paradox/'],
    ['/teacher-leadership/modules/de-paradox/index.html', '/teacher-leadership/', '/modules/de-paradox/'],
    ['/index.html', '/', '/'],
    ['/teacher-leadership/index.html', '/teacher-leadership/', '/'],
  ])(
    'reads %s (base %s), as GitHub Pages and Netlify also serve it, as the page %s',
    (pathname, base, expected) => {
      expect(pagePathOf(pathname, base)).toBe(expected);
    },
  );

  it.each([
    ['/modules/de-paradox', '/', '/modules/de-paradox/'],
    ['/teacher-leadership', '/teacher-leadership/', '/'],
  ])(
    'reads %s (base %s) without its last slash, as Netlify serves it, as the page %s',
    (pathname, base, expected) => {
      expect(pagePathOf(pathname, base)).toBe(expected);
    },
  );

  it('reads a doubled slash typed in the address bar as one', () => {
    expect(pagePathOf('//modules//de-paradox/', '/')).toBe('/modules/de-paradox/');
  });
});

describe('sitePath', () => {
  it.each([
    ['/', '/'],
    ['/modules/de-paradox/', '/modules/de-paradox/'],
    ['/en/mijn-werk/index.html', '/en/mijn-werk/'],
    ['/modules/de-paradox', '/modules/de-paradox/'],
  ])('reads %s as the site path %s', (path, expected) => {
    expect(sitePath(path)).toBe(expected);
  });

  it.each([
    '//other-host/modules/x/',
    '/modules//other-host/',
    'https://other-host/',
    'javascript:alert(1)',
    'modules/x/',
    '/modules/../../x/',
    '/modules/./x/',
    '/modules/x/?q=1',
    '/modules/x/#top',
    '/modules\\x/',
    '/mod ules/',
    '',
  ])('refuses %j, which is not a path on this site', (path) => {
    expect(sitePath(path)).toBeNull();
  });
});
