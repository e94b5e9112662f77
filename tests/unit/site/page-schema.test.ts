import { describe, expect, it } from 'vitest';
import { pageFrontmatter } from '../../../src/site/page-schema';

const validModule = {
  kind: 'module',
  title: 'Vier vormen',
  description: 'De vier vormen van teacher leadership.',
  goals: ['Je kunt de vier vormen noemen.'],
  minutes: 15,
  audiences: ['leraar', 'schoolleider'],
  covers: ['TL3', 'TL6.3'],
  reflections: [{ id: 'vier-vormen', questions: [{ id: 0, text: 'Welke vorm zie je het meest?' }] }],
};

/** The paths of the fields a parse complains about, as Astro reports them. */
function failingFields(data: unknown): string[] {
  const result = pageFrontmatter.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('page frontmatter', () => {
  it('accepts a complete module and a plain page', () => {
    expect(failingFields(validModule)).toEqual([]);
    expect(failingFields({ kind: 'page' })).toEqual([]);
  });

  it('names each field a module lacks', () => {
    const { goals: _goals, minutes: _minutes, ...incomplete } = validModule;
    expect(failingFields(incomplete).sort()).toEqual(['goals', 'minutes']);
  });

  it('rejects an audience, a content-map id or a reading time that does not exist', () => {
    expect(failingFields({ ...validModule, audiences: ['ouder'] })).toEqual(['audiences.0']);
    expect(failingFields({ ...validModule, covers: ['TL3', 'TL42'] })).toEqual(['covers.1']);
    expect(failingFields({ ...validModule, minutes: 0 })).toEqual(['minutes']);
  });

  it('requires a module to have goals, audiences and content-map ids at all', () => {
    expect(failingFields({ ...validModule, goals: [], audiences: [], covers: [] }).sort()).toEqual([
      'audiences',
      'covers',
      'goals',
    ]);
  });

  it('requires reflection questions with an id each, and ids that differ', () => {
    const { reflections: _reflections, ...withoutQuestions } = validModule;
    expect(failingFields(withoutQuestions)).toEqual(['reflections']);
    const question = { id: 0, text: 'Welke vorm zie je het meest?' };
    const twice = [{ id: 'a', questions: [question, { ...question, text: 'Een andere vraag, zelfde id?' }] }];
    expect(failingFields({ ...validModule, reflections: twice })).toEqual(['reflections.0.questions']);
    const sameSet = [
      { id: 'a', questions: [question] },
      { id: 'a', questions: [question] },
    ];
    expect(failingFields({ ...validModule, reflections: sameSet })).toEqual(['reflections']);
  });

  it('lists exercises by component and id, none by default', () => {
    const exercises = [{ component: 'VierVormenSorteren', id: 'vier-vormen-sorteren' }];
    expect(failingFields({ ...validModule, exercises })).toEqual([]);
    expect(failingFields({ ...validModule, exercises: [{ component: 'VierVormenSorteren' }] })).toEqual([
      'exercises.0.id',
    ]);
  });

  it('requires every page to say what kind it is', () => {
    expect(failingFields({ title: 'Over deze site' })).toEqual(['kind']);
  });
});

const validKit = {
  kind: 'werkvorm',
  title: 'Vier vormen in onze school',
  description: 'Een teamsessie over de vier vormen.',
  goal: 'Het team brengt de vormen van leiderschap in de school in beeld.',
  minutes: 60,
  groupSize: '6–30 deelnemers',
  audiences: ['leraar', 'schoolleider'],
  modules: ['vier-vormen'],
  widgets: ['Vier vormen sorteren'],
  covers: ['TL3'],
};

describe('workshop kit frontmatter', () => {
  it('accepts a complete kit, with or without widgets', () => {
    expect(failingFields(validKit)).toEqual([]);
    const { widgets: _widgets, ...withoutWidgets } = validKit;
    expect(failingFields(withoutWidgets)).toEqual([]);
  });

  it('names each field a kit lacks', () => {
    const { goal: _goal, groupSize: _groupSize, modules: _modules, ...incomplete } = validKit;
    expect(failingFields(incomplete).sort()).toEqual(['goal', 'groupSize', 'modules']);
  });

  it('rejects a module that is not in the course, an empty module list and a duration that is not a whole positive number', () => {
    expect(failingFields({ ...validKit, modules: ['vier-vormen', 'vijf-vormen'] })).toEqual(['modules.1']);
    expect(failingFields({ ...validKit, modules: [] })).toEqual(['modules']);
    expect(failingFields({ ...validKit, minutes: 0 })).toEqual(['minutes']);
    expect(failingFields({ ...validKit, minutes: 7.5 })).toEqual(['minutes']);
  });

  it('does not take a module’s learning goals for a kit’s goal', () => {
    const { goal: _goal, ...withGoals } = { ...validKit, goals: ['Je kunt de vier vormen noemen.'] };
    expect(failingFields(withGoals)).toEqual(['goal']);
  });
});
