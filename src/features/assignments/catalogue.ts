/**
 * The assignment catalogue, made at build time: every course module in the page's language
 * with its reflection questions and exercises, as its frontmatter lists them.
 */
import type { Catalogue } from './assignment';
import { courseModules } from '../../course/course';
import { moduleEntry } from '../../course/content-queries';

export async function assignmentCatalogue(
  locale: string | undefined,
  widgetName: (component: string) => string,
): Promise<Catalogue> {
  return Promise.all(
    courseModules.map(async (slug) => {
      const entry = await moduleEntry(slug, locale);
      return {
        slug,
        path: `/${entry.id}/`,
        title: entry.data.title,
        questions: entry.data.reflections.flatMap((set) =>
          set.questions.map((question) => ({ id: `${set.id}#${question.id}`, text: question.text })),
        ),
        widgets: entry.data.exercises.map((exercise) => ({
          id: exercise.id,
          name: widgetName(exercise.component),
        })),
      };
    }),
  );
}
