import { describe, expect, it } from 'vitest';
import { readableText, readingRule, readingTime, wordCount } from './reading-time';

const none = { questions: [], exercises: 0 };
const words = (count: number) => Array.from({ length: count }, (_, i) => `woord${i}`).join(' ');

describe('readingTime', () => {
  it('counts the words of the prose at the stated rate, rounded up', () => {
    expect(readingRule).toEqual({ wordsPerMinute: 200, minutesPerWidget: 3 });
    expect(readingTime(`## Kop twee\n\n${words(198)}\n`, none)).toEqual({ words: 200, widgets: 0, minutes: 1 });
    expect(readingTime(`${words(201)}\n`, none).minutes).toBe(2);
  });

  it('adds the stated minutes for each exercise the frontmatter lists, and the words of its reflection questions', () => {
    const body = `${words(100)}\n\n<VierVormenSorteren id="sorteren" />\n\n<VierVormenFiguur />\n\n<Reflectie id="r" />\n\n<Expertisekaart id="kaart" />\n`;
    expect(readingTime(body, { questions: ['Een vraag?'], exercises: 2 })).toEqual({
      words: 102,
      widgets: 2,
      minutes: Math.ceil(102 / 200 + 6),
    });
  });

  it('counts what a vignette shows, not the tags, imports, link addresses or markup', () => {
    const body = [
      "import Reflectie from '~/widgets/reflectie-vragen/Reflectie.astro';",
      '',
      'Lees [de module](/modules/vier-vormen/) en **denk** na.',
      '',
      '| Kop | Kop |',
      '| --- | --- |',
      '| een | twee |',
      '',
      '<Vignet title="Twee woorden" question="Wat nu?">',
      'Een casus.',
      '</Vignet>',
      '',
      '<Reflectie id="r" />',
    ].join('\n');
    const text = readableText(body);
    expect(text).not.toMatch(/import|Vignet|Reflectie|\/modules\/|questions/);
    expect(wordCount(text)).toBe(6 + 4 + 6);
  });

  it('leaves out the sources section, in either language, and code blocks', () => {
    for (const heading of ['## Bronnen', '## Sources']) {
      const body = `## Uitleg\n\n${words(10)}\n\n${heading}\n\n- ${words(500)}\n\n## Daarna\n\nnog drie woorden\n\n\`\`\`mdx\n${words(50)}\n\`\`\`\n`;
      expect(readingTime(body, none).words, heading).toBe(1 + 10 + 1 + 3);
    }
  });

  it('does not count punctuation on its own as a word', () => {
    expect(wordCount('Een – twee … drie 4')).toBe(4);
  });
});
