import type { Audience } from '../site/page-schema';

/**
 * The audiences of a module or kit as one phrase in the reader's language, e.g. "leraren en
 * schoolleiders" (the names from the UI strings `audience.<audience>`).
 */
export function audienceList(locals: App.Locals, locale: string | undefined, audiences: readonly Audience[]) {
  return new Intl.ListFormat(locale ?? 'nl', { type: 'conjunction' }).format(
    audiences.map((audience) => locals.t(`audience.${audience}`)),
  );
}
