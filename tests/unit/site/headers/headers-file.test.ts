import { describe, expect, it } from 'vitest';
import { formatHeadersFile, headersFor, parseHeadersFile } from '../../../../src/site/headers/headers-file';
import { rules } from './rules';

describe('formatHeadersFile', () => {
  it('writes blocks of a path and its indented headers, as Netlify and Cloudflare Pages read them', () => {
    expect(formatHeadersFile(rules.slice(0, 1), 'made by a test')).toBe(
      "# made by a test\n\n/teacher-leadership/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: default-src 'self'\n",
    );
  });
});

describe('parseHeadersFile', () => {
  it('reads back what formatHeadersFile wrote', () => {
    expect(parseHeadersFile(formatHeadersFile(rules, 'comment'))).toEqual(rules);
  });

  it('skips comments and blank lines and keeps colons inside values', () => {
    expect(
      parseHeadersFile('# a comment\n\n/*\n  # another\n  Link: <https://a.example/>; rel=preload\n'),
    ).toEqual([{ path: '/*', headers: { Link: '<https://a.example/>; rel=preload' } }]);
  });
});

describe('headersFor', () => {
  it('sends the headers of a splat rule with every path under it, and only there', () => {
    expect(headersFor(rules, '/teacher-leadership/modules/x/')).toEqual(rules[0]!.headers);
    expect(headersFor(rules, '/teacher-leadership/')).toEqual(rules[0]!.headers);
    expect(headersFor(rules, '/modules/x/')).toEqual({});
  });

  it('joins the values of every rule that matches, as Cloudflare Pages does', () => {
    expect(headersFor(rules, '/teacher-leadership/en/')['Content-Security-Policy']).toBe(
      "default-src 'self', img-src 'none'",
    );
  });

  it('takes the dots of a path literally', () => {
    expect(headersFor([{ path: '/a.b', headers: { X: '1' } }], '/aXb')).toEqual({});
  });
});
