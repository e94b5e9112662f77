import { z } from 'astro/zod';
import { contentMapIds } from './content-map';
import { courseModules } from '../course/course';

/** Who a module is written for. The ids stay Dutch in both languages; labels are UI strings. */
export const audiences = ['leraar', 'schoolleider', 'lerarenopleider'] as const;
export type Audience = (typeof audiences)[number];

/**
 * A module's reflection questions, as `<Reflectie id="…" />` shows them. Each question has an
 * id of its own: answers are stored as `<set id>#<question id>`, so a question keeps its id for
 * as long as readers may have answered it (reword it in place; give a new question a new id).
 */
const reflectionSet = z.object({
  id: z.string().min(1),
  questions: z
    .array(z.object({ id: z.number().int().nonnegative(), text: z.string().min(10) }))
    .min(1)
    .refine(
      (questions) => new Set(questions.map(({ id }) => id)).size === questions.length,
      'question ids must differ',
    ),
});

/**
 * An interactive exercise in a module: its component (the MDX name, e.g. `VierVormenSorteren`)
 * and the id it stores answers under (`<id>#…`). The component checks at build time that it is
 * listed here, so the assignment catalogue and Mijn werk can read a module's exercises from
 * its frontmatter.
 */
const exercise = z.object({ component: z.string().min(1), id: z.string().min(1) });

/**
 * Words a reader may search for that the page does not use itself, e.g. *directeur* or
 * *rector* for schoolleider. True synonyms only: they are indexed for search, hidden on the page
 * (`SearchKeywords.astro`), and become part of the search's vocabulary.
 */
const keywords = z.array(z.string().min(1)).min(1).optional();

/** A course module: everything a teacher educator needs to decide whether to assign it. */
const moduleFrontmatter = z.object({
  kind: z.literal('module'),
  description: z.string().min(1),
  goals: z.array(z.string().min(1)).min(1),
  minutes: z.number().int().positive(),
  audiences: z.array(z.enum(audiences)).min(1),
  covers: z.array(z.enum(contentMapIds)).min(1),
  reflections: z
    .array(reflectionSet)
    .min(1)
    .refine(
      (sets) => new Set(sets.map(({ id }) => id)).size === sets.length,
      'reflection set ids must differ',
    ),
  exercises: z.array(exercise).default([]),
  keywords,
});

/** What a module asks of its reader, as its frontmatter lists it. */
export type ReflectionSet = z.infer<typeof reflectionSet>;
export type Exercise = z.infer<typeof exercise>;

/**
 * A workshop kit (werkvorm): a ready-to-run team session built on one or more modules,
 * with what a facilitator needs to decide whether it fits the team and the time.
 */
const kitFrontmatter = z.object({
  kind: z.literal('werkvorm'),
  description: z.string().min(1),
  /** What the session is for, in one sentence. */
  goal: z.string().min(1),
  /** How long the session takes; the step-by-step plan adds up to this. */
  minutes: z.number().int().positive(),
  /** For how many people the session works, e.g. "4–30 deelnemers". */
  groupSize: z.string().min(1),
  audiences: z.array(z.enum(audiences)).min(1),
  /** The modules the session builds on, by slug. */
  modules: z.array(z.enum(courseModules)).min(1),
  /** The site's interactive exercises the session uses, by name. */
  widgets: z.array(z.string().min(1)).optional(),
  covers: z.array(z.enum(contentMapIds)).min(1),
  keywords,
});

/** Any other page (home, glossary, about): Starlight's own fields, and for a route page its audience. */
const otherPageFrontmatter = z.object({
  kind: z.literal('page'),
  /** Whom the page is written for (the audience landing pages); used as a search filter. */
  audiences: z.array(z.enum(audiences)).min(1).optional(),
  keywords,
});

/**
 * Extends Starlight's frontmatter. Every page says what `kind` it is, so that a module
 * or workshop kit that lacks a field fails the build with a message naming the file and the field.
 */
export const pageFrontmatter = z.discriminatedUnion('kind', [
  moduleFrontmatter,
  kitFrontmatter,
  otherPageFrontmatter,
]);
