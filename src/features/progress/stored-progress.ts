/**
 * The reader's progress per module, read straight from what the answer store keeps under its
 * key (the shape is documented in `src/lib/store-data.ts`), for the reading marks: the sidebar,
 * the module cards and the home page's "continue" link.
 *
 * It follows Mijn werk's rule (`courseProgress` in `features/mijn-werk/portfolio.ts`, and the
 * dossier's "completed"): a module is finished once it has as many answered reflection
 * questions (text that is not blank, no conflict copy) as it asks, and started, here, once it
 * has any answer at all. It does not import that code: the marks load on text pages, whose
 * script budget has no room for the store's checks, migrations and merging, and code shared
 * with Mijn werk would become a file of its own that both load. A unit test holds the two to
 * the same answers. Storage that cannot be read as the current version, whole, reads as
 * no progress: the store sets damaged entries aside on the next page with a widget, and then
 * the rest shows again.
 */
export type ModuleState = 'started' | 'finished';

export interface StoredProgress {
  /** The modules the reader has started or finished, by slug. */
  states: Map<string, ModuleState>;
  /** The module of the answer the reader saved last, by slug. */
  latest?: string;
}

interface Stored {
  version: number;
  answers: Record<string, { page: string; widget: string; text: string; savedAt: string }>;
}

/**
 * The progress in what `stored()` reads (the stored JSON; `null` when nothing is stored, and
 * it may throw when storage is blocked) of the store at `version`, whose conflict copies have
 * ids starting `copies`, for the modules in `questions` (slug: how many reflection questions it
 * asks, at least one).
 */
export function storedProgress(
  stored: () => string | null,
  version: number,
  copies: string,
  questions: Record<string, number>,
): StoredProgress {
  const states = new Map<string, ModuleState>();
  const answered = new Map<string, number>();
  let latest: string | undefined;
  let latestTime = -Infinity;
  try {
    // `JSON.parse(null)` is null: nothing stored.
    const data = JSON.parse(stored() as string) as Stored | null;
    if (data?.version === version)
      for (const [id, { page, widget, text, savedAt }] of Object.entries(data.answers)) {
        // `/modules/x/`, `/en/modules/x/` and `…/index.html` are module `x`; no other page, and
        // no other name (`constructor` neither), has a count of questions above 0.
        const slug = page.replace(/^(\/en)?\/modules\/|\/(index\.html)?$/g, '');
        if (!(questions[slug]! > 0)) continue;
        const reflection = widget === 'reflectie-vragen' && text.trim() && !id.startsWith(copies);
        const count = (answered.get(slug) ?? 0) + (reflection ? 1 : 0);
        answered.set(slug, count);
        states.set(slug, count >= questions[slug]! ? 'finished' : 'started');
        const time = Date.parse(savedAt);
        if (time > latestTime) [latest, latestTime] = [slug, time];
      }
  } catch {
    // Storage blocked, or not the store's shape (a value where an answer should be, text that
    // is no text): no progress.
    return { states: new Map() };
  }
  return { states, latest };
}
