import { describe, expect, it } from 'vitest';
import { cspHash, inlineScripts } from '../../../src/site/inline-scripts';

describe('inlineScripts', () => {
  it('finds the exact text of every is:inline script, whitespace included', () => {
    const component = `---
const a = 1;
---
<script is:inline>
\twindow.a = 1;
</script>
<div><script is:inline aria-hidden="true">(() => {})();</script></div>`;
    expect(inlineScripts(component)).toEqual(['\n\twindow.a = 1;\n', '(() => {})();']);
  });

  it('leaves out the scripts Astro processes and hashes itself', () => {
    expect(inlineScripts('<script>\n\timport "./x";\n</script>\n<script src="/a.js"></script>')).toEqual([]);
  });
});

describe('cspHash', () => {
  it('is the hash a browser computes for the script text (the example of the CSP specification)', () => {
    expect(cspHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  });
});
