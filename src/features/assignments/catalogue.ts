/**
 * The assignment catalogue, made at build time: every course module in the page's language
 * with its reflection questions and widgets (read from the MDX by `module-items.ts`).
 */
import type { Catalogue } from './assignment';
import { moduleItems } from '../../course/module-items';
import { courseModules } from '../../course/course';
import { moduleEntry } from '../../course/content-queries';

export async function assignmentCatalogue(
  locale: string | undefined,
  widgetName: (component: string) => string,
): Promise<Catalogue> {
  return Promise.all(
    courseModules.map(async (slug) => {
      const entry = await moduleEntry(slug, locale);
      const items = moduleItems(entry.body ?? '');
      return {
        slug,
        path: `/${entry.id}/`,
        title: entry.data.title,
        questions: items.reflections.flatMap((set) =>
          set.questions.map((text, index) => ({ id: `${set.id}#${index}`, text })),
        ),
        widgets: items.widgets.map((widget) => ({ id: widget.id, name: widgetName(widget.component) })),
      };
    }),
  );
}
