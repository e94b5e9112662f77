import { describe, expect, it } from 'vitest';
import dutchStrings from '../../src/content/i18n/nl.json';
import englishStrings from '../../src/content/i18n/en.json';
import { courseModules } from '../../src/course/course';
import { contentPages } from './pages';

const pages = new Map(contentPages().map((page) => [page.path, page]));
interface ModuleAsks {
  reflections: { id: string; questions: { id: number; text: string }[] }[];
  exercises: { component: string; id: string }[];
}
const items = (path: string): ModuleAsks => {
  const data = pages.get(path)!.data as Partial<ModuleAsks>;
  return { reflections: data.reflections ?? [], exercises: data.exercises ?? [] };
};

/** An assignment link names questions and widgets by id, and must mean the same in both languages. */
describe.each(courseModules)('what module %s asks, for assignments', (slug) => {
  const dutch = items(`modules/${slug}.mdx`);
  const english = items(`en/modules/${slug}.mdx`);

  it('has reflection questions', () => {
    expect(dutch.reflections.flatMap((set) => set.questions).length).toBeGreaterThan(0);
    expect(dutch.reflections.flatMap((set) => set.questions).every((question) => question.text.length > 10)).toBe(true);
  });

  it('asks the same questions (by id) in the same sets, and has the same exercises, in English', () => {
    const shape = (found: ModuleAsks) => ({
      reflections: found.reflections.map((set) => [set.id, set.questions.map((question) => question.id)]),
      exercises: found.exercises,
    });
    expect(shape(english)).toEqual(shape(dutch));
  });

  it('names each of its widgets in both languages', () => {
    for (const { component } of dutch.exercises) {
      expect(dutchStrings, component).toHaveProperty([`assignment.widget.${component}`]);
      expect(englishStrings, component).toHaveProperty([`assignment.widget.${component}`]);
    }
  });
});
