/**
 * Which module of the course a widget's id belongs to, for the workbook's stand-ins: MDX hands
 * a stand-in only the props the module wrote (`id`), and the workbook page is not the module,
 * so the stand-in finds the module by the reflection set or exercise its frontmatter lists.
 * Those ids are unique across the course (answers are stored under them), which the build
 * checks here: an id no module lists, or more than one does, fails with the id.
 */
import { moduleEntry } from '../../course/content-queries';
import { courseModules } from '../../course/course';

/** Every module of the course in the locale, in course order. */
export const courseModuleEntries = (locale: string | undefined) =>
  Promise.all(courseModules.map((slug) => moduleEntry(slug, locale)));

type ModuleEntry = Awaited<ReturnType<typeof courseModuleEntries>>[number];

async function onlyModule(locale: string | undefined, what: string, lists: (entry: ModuleEntry) => boolean) {
  const found = (await courseModuleEntries(locale)).filter(lists);
  if (found.length !== 1)
    throw new Error(`The workbook needs one module with ${what}; found ${found.length}`);
  return found[0]!;
}

/** The module whose reflection set is `id`, and the set. */
export async function reflectionModule(id: string, locale: string | undefined) {
  const entry = await onlyModule(locale, `reflection set "${id}"`, ({ data }) =>
    data.reflections.some((set) => set.id === id),
  );
  return { entry, set: entry.data.reflections.find((set) => set.id === id)! };
}

/** The module whose exercise is `id`, and the exercise (its component's name). */
export async function exerciseModule(id: string, locale: string | undefined) {
  const entry = await onlyModule(locale, `exercise "${id}"`, ({ data }) =>
    data.exercises.some((exercise) => exercise.id === id),
  );
  return { entry, exercise: entry.data.exercises.find((exercise) => exercise.id === id)! };
}
