import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentIllustration, illustrationFile } from '../../../tools/home-illustration/write.ts';

describe.each(['light', 'dark'] as const)('the home page’s illustration in the %s theme', (theme) => {
  const svg = readFileSync(illustrationFile(theme), 'utf8');

  it('is what the drawing makes in the palette’s colours now (else: npm run home-illustration)', () => {
    expect(svg).toBe(currentIllustration(theme));
  });

  it('is a square of 400 × 400, the size the hero gives it, so the page does not shift as it loads, and small', () => {
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 400 400" width="400" height="400"/);
    expect(svg.length).toBeLessThan(8 * 1024);
  });
});
