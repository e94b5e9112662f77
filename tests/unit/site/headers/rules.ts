import type { HeaderRule } from '../../../../src/site/headers/headers-file';

/** Two `_headers` rules for the header tests: one for every file under the base, one for a single page. */
export const rules: HeaderRule[] = [
  {
    path: '/teacher-leadership/*',
    headers: { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'self'" },
  },
  { path: '/teacher-leadership/en/', headers: { 'Content-Security-Policy': "img-src 'none'" } },
];
