import { z } from 'astro/zod';
import dutch from '../content/i18n/nl.json';

/**
 * The site's UI strings, beside Starlight's own. Dutch is the reference: every key in
 * `nl.json` is required in every other language file, so a missing translation fails the
 * build and names the key.
 */
export const uiStrings = z.object(Object.fromEntries(Object.keys(dutch).map((key) => [key, z.string().min(1)])));
