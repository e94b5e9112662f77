/**
 * Assignments (opdrachten) without a server: a teacher educator picks modules and, in them,
 * the reflection questions and widgets that count; the whole assignment travels in the
 * link's fragment, `/opdracht/#a=<payload>`, which never reaches a server.
 *
 * The payload is base64url (no padding) of UTF-8 compact JSON:
 *
 *   {
 *     "v": 2,                                  // format version
 *     "t": "<title>",                          // ≤ 120 characters
 *     "i": "<instructions>",                   // optional, ≤ 1000 characters
 *     "d": "YYYY-MM-DD",                       // optional due date
 *     "m": [                                   // ≤ 14 modules, in the order to take them
 *       { "s": "<module slug>",                // as in `courseModules` (src/course/course.ts)
 *         "q": ["0", "set#2"],                 // optional: reflection questions, by answer id; of
 *                                              // the set named after the module, the part after `#`
 *         "w": ["vier-vormen-sorteren"] }      // optional: widgets, by set id
 *     ]
 *   }
 *
 * Modules are named by slug and items by id, never by title or place, so renaming a module or
 * reordering and adding its questions keeps old links pointing at the same questions. (Version
 * 1 named questions by their index in the module; those links still open: see
 * `questionIdOfVersion1` in `assignment-checks.ts`.) A link is untrusted input: `decodeAssignment` never throws, keeps
 * whatever is usable and lists what it had to drop. Its strings are plain text for
 * `textContent`, never HTML.
 *
 * This file holds the format's shapes and limits. The link itself is made and read in
 * `assignment-link.ts`, what it holds is checked in `assignment-checks.ts`, and the reader's
 * answers are matched to the assignment in `assignment-answers.ts`. The hand-in files are made
 * in `../assignment-page/assignment-hand-in.ts`, which only the student page loads.
 */
export const ASSIGNMENT_VERSION = 2;

export const LIMITS = {
  title: 120,
  instructions: 1000,
  modules: 14,
  /** Characters of payload; a longer one is not read at all. A full assignment within the other limits stays under it. */
  payload: 8000,
  /** Problems listed one by one; the rest are counted. */
  problems: 10,
} as const;

export interface AssignmentModule {
  slug: string;
  /** Reflection questions, by answer id (`<set id>#<question id>`), in the module's page order. */
  questions: string[];
  /** Widgets, by set id. */
  widgets: string[];
}

export interface Assignment {
  title: string;
  instructions: string;
  /** `YYYY-MM-DD`, or null. */
  due: string | null;
  modules: AssignmentModule[];
}

/** What a module offers, in the page's language (read from its frontmatter at build time). */
export interface CatalogueModule {
  slug: string;
  /** The module's path in the page's language, e.g. `/en/modules/vier-vormen/`. */
  path: string;
  title: string;
  /** Its reflection questions in page order; `id` is the answer id, `<set id>#<index in set>`. */
  questions: { id: string; text: string }[];
  /** Its widgets; `id` is the set id, `name` how the page's language calls the exercise. */
  widgets: { id: string; name: string }[];
}

export type Catalogue = CatalogueModule[];
