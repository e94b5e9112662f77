import { describe, expect, it } from 'vitest';
import { moduleItems } from '../../../src/course/module-items';

describe('moduleItems', () => {
  it('finds each reflection set with its questions, and each widget with its id, in page order', () => {
    const body = [
      "import Reflectie from '~/widgets/reflectie-vragen/Reflectie.astro';",
      '',
      'Tekst met een <em>tag</em> en een <ReikwijdteFiguur />.',
      '',
      '<VierVormenSorteren id="vier-vormen-sorteren" />',
      '',
      '<Reflectie',
      '  id="a"',
      '  questions={[',
      "    'Een vraag, met [haken] en ]} erin?',",
      '    "Wat vinden collega\'s?",',
      "    'Een \\'geciteerde\\' vraag',",
      '  ]}',
      '/>',
      '',
      "<Reflectie questions={['Eerst de vragen?']} id='b' />",
      '',
      '<Expertisekaart id="kaart" />',
    ].join('\n');
    expect(moduleItems(body)).toEqual({
      reflections: [
        { id: 'a', questions: ['Een vraag, met [haken] en ]} erin?', 'Wat vinden collega\'s?', "Een 'geciteerde' vraag"] },
        { id: 'b', questions: ['Eerst de vragen?'] },
      ],
      widgets: [
        { component: 'VierVormenSorteren', id: 'vier-vormen-sorteren' },
        { component: 'Expertisekaart', id: 'kaart' },
      ],
    });
  });

  it('ignores components without an id, ids that are expressions, and examples in code blocks', () => {
    const body = '<Vignet title="Iets" question="Vraag?">tekst</Vignet>\n\n<Widget id={x} />\n\n```mdx\n<Reflectie id="voorbeeld" questions={[\'x\']} />\n```\n';
    expect(moduleItems(body)).toEqual({ reflections: [], widgets: [] });
  });

  it('survives a tag that never closes', () => {
    expect(moduleItems('<Reflectie id="a" questions={[\'open')).toEqual({ reflections: [{ id: 'a', questions: [] }], widgets: [] });
  });
});
