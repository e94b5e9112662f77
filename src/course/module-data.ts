import type { Exercise, ReflectionSet } from '../site/page-schema';

/** The frontmatter of the module a component is rendered in; a component used elsewhere fails the build. */
function moduleData(locals: App.Locals, asker: string) {
  const { entry } = locals.starlightRoute;
  const data = entry.data as typeof entry.data & {
    kind?: string;
    reflections?: ReflectionSet[];
    exercises?: Exercise[];
  };
  if (data.kind !== 'module') throw new Error(`${asker} is used on ${entry.filePath}, which is not a module`);
  return { file: entry.filePath, reflections: data.reflections ?? [], exercises: data.exercises ?? [] };
}

/** The reflection set `id` of this module's frontmatter, for `<Reflectie id="…" />`. */
export function reflectionSet(locals: App.Locals, id: string): ReflectionSet {
  const { file, reflections } = moduleData(locals, `<Reflectie id="${id}">`);
  const set = reflections.find((candidate) => candidate.id === id);
  if (!set)
    throw new Error(`${file} has <Reflectie id="${id}" /> but no reflection set "${id}" in its frontmatter`);
  return set;
}

/**
 * Checks that this module's frontmatter lists the exercise a widget renders, so that the
 * assignment catalogue and Mijn werk, which read the frontmatter, know every exercise.
 */
export function declaredExercise(locals: App.Locals, component: string, id: string): void {
  const { file, exercises } = moduleData(locals, `<${component} id="${id}">`);
  if (!exercises.some((exercise) => exercise.component === component && exercise.id === id)) {
    throw new Error(
      `${file} shows <${component} id="${id}" /> but its frontmatter does not list it under exercises`,
    );
  }
}
