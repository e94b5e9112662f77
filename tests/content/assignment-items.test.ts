import { describe, expect, it } from 'vitest';
import dutchStrings from '../../src/content/i18n/nl.json';
import englishStrings from '../../src/content/i18n/en.json';
import { moduleItems } from '../../src/course/module-items';
import { courseModules } from '../../src/course/course';
import { contentPages } from './pages';

const pages = new Map(contentPages().map((page) => [page.path, page]));
const items = (path: string) => moduleItems(pages.get(path)!.body);

/** An assignment link names questions by index and widgets by id, and must mean the same in both languages. */
describe.each(courseModules)('what module %s asks, for assignments', (slug) => {
  const dutch = items(`modules/${slug}.mdx`);
  const english = items(`en/modules/${slug}.mdx`);

  it('has reflection questions', () => {
    expect(dutch.reflections.flatMap((set) => set.questions).length).toBeGreaterThan(0);
    expect(dutch.reflections.flatMap((set) => set.questions).every((question) => question.length > 10)).toBe(true);
  });

  it('asks the same number of questions in the same sets, and has the same widgets, in English', () => {
    const shape = (found: typeof dutch) => ({
      reflections: found.reflections.map((set) => [set.id, set.questions.length]),
      widgets: found.widgets,
    });
    expect(shape(english)).toEqual(shape(dutch));
  });

  it('names each of its widgets in both languages', () => {
    for (const { component } of dutch.widgets) {
      expect(dutchStrings, component).toHaveProperty([`assignment.widget.${component}`]);
      expect(englishStrings, component).toHaveProperty([`assignment.widget.${component}`]);
    }
  });
});
