import { describe, expect, it } from 'vitest';
import type { HeaderRule } from '../../../../src/site/headers/headers-file';
import { nginxHeaders } from '../../../../src/site/headers/nginx-headers';
import { rules } from './rules';

describe('nginxHeaders', () => {
  it('writes one add_header line, sent with errors too, for each header _headers gives the path', () => {
    expect(nginxHeaders(rules, '/teacher-leadership/modules/x/')).toBe(
      'add_header X-Content-Type-Options "nosniff" always;\n' +
        `add_header Content-Security-Policy "default-src 'self'" always;\n`,
    );
    expect(nginxHeaders(rules, '/teacher-leadership/en/')).toContain(
      `add_header Content-Security-Policy "default-src 'self', img-src 'none'" always;`,
    );
  });

  it('escapes quotes and backslashes, and refuses a "$", which nginx would read as a variable', () => {
    const quoted: HeaderRule[] = [{ path: '/*', headers: { 'X-Test': 'a "b" \\c' } }];
    expect(nginxHeaders(quoted, '/')).toBe('add_header X-Test "a \\"b\\" \\\\c" always;\n');
    const dollar: HeaderRule[] = [{ path: '/*', headers: { 'X-Test': '$host' } }];
    expect(() => nginxHeaders(dollar, '/')).toThrow(/X-Test.*\$/);
  });
});
