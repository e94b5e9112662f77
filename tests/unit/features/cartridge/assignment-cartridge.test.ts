import { describe, expect, it } from 'vitest';
import { assignmentCartridge } from '../../../../src/features/cartridge/assignment-cartridge';
import type { Catalogue } from '../../../../src/features/assignments/assignment';

const catalogue: Catalogue = [
  { slug: 'vier-vormen', path: '/modules/vier-vormen/', title: 'Vier vormen', questions: [], widgets: [] },
  { slug: 'de-paradox', path: '/modules/de-paradox/', title: 'De paradox', questions: [], widgets: [] },
];
const texts = {
  due: 'Inleveren vóór 18 december 2026',
  open: 'Open de opdracht',
  privacy: 'Niets wordt verstuurd.',
  untitled: 'Zonder titel',
};
const link = 'https://example.org/sub/opdracht/#a=abc';

describe('an assignment as a cartridge', () => {
  it('starts with the assignment page, its text cleaned as the link holds it, then links the chosen modules in the chosen order under the site root', () => {
    const cartridge = assignmentCartridge(
      {
        title: ' Week\u0000  3 ',
        instructions: 'Lees beide.  \r\n\n\n\nDan inleveren.\n',
        due: '2026-12-18',
        modules: [
          { slug: 'de-paradox', questions: [], widgets: [] },
          { slug: 'vier-vormen', questions: ['vier-vormen#0'], widgets: [] },
        ],
      },
      catalogue,
      'https://example.org/sub/',
      link,
      'nl',
      texts,
    );
    expect(cartridge.title).toBe('Week 3');
    expect(cartridge.items).toEqual([
      {
        kind: 'page',
        title: 'Week 3',
        paragraphs: [
          { text: 'Inleveren vóór 18 december 2026' },
          { text: 'Lees beide.\n\nDan inleveren.' },
          { text: 'Open de opdracht', href: link },
          { text: 'Niets wordt verstuurd.' },
        ],
      },
      { kind: 'link', title: 'De paradox', url: 'https://example.org/sub/modules/de-paradox/' },
      { kind: 'link', title: 'Vier vormen', url: 'https://example.org/sub/modules/vier-vormen/' },
    ]);
  });

  it('leaves out a missing due date and instructions, and a module the catalogue does not know', () => {
    const cartridge = assignmentCartridge(
      { title: '', instructions: ' ', due: null, modules: [{ slug: 'weg', questions: [], widgets: [] }] },
      catalogue,
      'https://example.org/',
      link,
      'nl',
      { ...texts, due: null },
    );
    expect(cartridge.items).toEqual([
      {
        kind: 'page',
        title: 'Zonder titel',
        paragraphs: [{ text: 'Open de opdracht', href: link }, { text: 'Niets wordt verstuurd.' }],
      },
    ]);
  });
});
