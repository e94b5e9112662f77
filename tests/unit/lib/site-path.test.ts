import { describe, expect, it } from 'vitest';
import { pagePathOf, sitePath } from '../../../src/lib/site-path';

describe('pagePathOf', () => {
  it.each([
    // Shaped like the tables in with-base.test.ts and search-vocabulary.test.ts: each lists its own cases.
    // a page as the site links to it
    ['/modules/de-paradox/', '/', '/modules/de-paradox/'],
    ['/teacher-leadership/en/modules/de-paradox/', '/teacher-leadership/', '/en/modules/de-paradox/'],
    // the same page as GitHub Pages and Netlify also serve it
    ['/modules/de-paradox/index.html', '/', '/modules/de-paradox/'],
    ['/teacher-leadership/modules/de-paradox/index.html', '/teacher-leadership/', '/modules/de-paradox/'],
    ['/modules/de-paradox', '/', '/modules/de-paradox/'],
    ['/index.html', '/', '/'],
    ['/teacher-leadership', '/teacher-leadership/', '/'],
    ['/teacher-leadership/index.html', '/teacher-leadership/', '/'],
    // a doubled slash typed in the address bar
    ['//modules//de-paradox/', '/', '/modules/de-paradox/'],
  ])('%s (base %s) is the page %s', (pathname, base, expected) => {
    expect(pagePathOf(pathname, base)).toBe(expected);
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
