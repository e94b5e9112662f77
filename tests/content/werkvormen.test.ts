import { describe, expect, it } from 'vitest';
import { workshopKits } from '../../src/course/course';
import { kitSections } from '../../src/course/kit-sections';
import { sidebar } from '../../src/course/sidebar';
import { MIN_STEPS, planSteps } from '../../src/features/presenter/plan-steps';
import { contentPages, isEnglish, isKit, planMinutes, planRows, section, sectionHeadings } from './pages';

const pages = contentPages();
const kits = pages.filter(isKit);
const dutchKits = kits.filter((page) => !isEnglish(page));
const englishKits = kits.filter(isEnglish);


describe('the workshop kits', () => {
  it('are the six kits of the sidebar, each in both languages', () => {
    const slugs = (list: typeof kits) => list.map((page) => page.path.replace(/^(en\/)?werkvormen\/|\.mdx?$/g, '')).sort();
    expect(slugs(dutchKits)).toEqual([...workshopKits].sort());
    expect(slugs(englishKits)).toEqual([...workshopKits].sort());
    expect(workshopKits).toHaveLength(6);
  });

  it('are all in the sidebar, with their overview page, in one group after the course themes and before Naslag', () => {
    const labels = sidebar.map((item) => (typeof item === 'object' && 'label' in item ? item.label : undefined));
    const group = sidebar[labels.indexOf('Werkvormen')];
    expect(labels.indexOf('Werkvormen')).toBeGreaterThan(labels.indexOf('Onderzoekscultuur'));
    expect(labels.indexOf('Werkvormen')).toBeLessThan(labels.indexOf('Naslag'));
    const inGroup = JSON.stringify(group);
    const missing = ['werkvormen', ...dutchKits.map((page) => page.path.replace(/\.mdx?$/, ''))].filter((slug) => !inGroup.includes(`"${slug}"`));
    expect(missing).toEqual([]);
  });

  describe.each(kits.map((page) => [page.path, page] as const))('%s', (path, page) => {
    const language = isEnglish(page) ? 'en' : 'nl';
    const { plan, questions, handout } = kitSections[language];

    it('has the seven sections, in order, and nothing else at that level', () => {
      expect(sectionHeadings(page.body)).toEqual(Object.values(kitSections[language]));
    });

    it('has a timed plan whose steps add up to its duration', () => {
      const minutes = planMinutes(section(page.body, plan));
      expect(minutes.length, 'steps').toBeGreaterThanOrEqual(3);
      expect(minutes.filter((step) => !(step > 0)), 'steps without whole minutes').toEqual([]);
      expect(minutes.reduce((sum, step) => sum + step, 0)).toBe(page.data['minutes']);
    });

    it('can be presented: the presenter view reads its plan as steps, each with minutes, a name and what happens, and its discussion questions as a list', () => {
      const presented = planSteps(planRows(section(page.body, plan)));
      expect('problem' in presented ? presented.problem : '', 'why the plan cannot be presented').toBe('');
      expect('steps' in presented && presented.steps.length).toBeGreaterThanOrEqual(MIN_STEPS);
      expect(section(page.body, questions), 'a list of discussion questions').toMatch(/^- \S/m);
    });

    it('has a handout with the core idea and the questions, without script', () => {
      const text = section(page.body, handout);
      expect(text).toMatch(/<Handout\s[\s\S]*questions=\{\[[\s\S]*\]\}[\s\S]*>[\s\S]*\w[\s\S]*<\/Handout>/);
      expect(text).not.toMatch(/<script|client:/);
    });

    it('links to each module it builds on, within its own language', () => {
      const prefix = language === 'en' ? '/en' : '';
      const missing = (page.data['modules'] as string[]).filter((slug) => !page.body.includes(`](${prefix}/modules/${slug}/)`));
      expect(missing, path).toEqual([]);
    });
  });
});
