import { z } from 'astro/zod';
import dutch from '../content/i18n/nl.json';

type UiStringKey = keyof typeof dutch;

/**
 * The site's UI strings, beside Starlight's own. Dutch is the reference: every key in
 * `nl.json` is required in every other language file, so a missing translation fails the
 * build and names the key. The keys stay literal in the type, so `t()` checks them.
 */
export const uiStrings = z.object(
  Object.fromEntries(Object.keys(dutch).map((key) => [key, z.string().min(1)])) as Record<
    UiStringKey,
    z.ZodString
  >,
);
