/**
 * The whole course as a Common Cartridge in one language, made at build time: a web link to
 * every module and then every workshop kit, in course order, titled as their pages are.
 */
import type { Cartridge } from './cartridge';
import { courseModules, workshopKits } from '../../course/course';
import { kitEntry, moduleEntry } from '../../course/content-queries';

/** The course cartridges the build writes, by file name in `/downloads/`. */
export const courseCartridgeFiles = [
  {
    file: 'leiderschap-van-leraren-nl.imscc',
    locale: undefined,
    lang: 'nl',
    title: 'Leiderschap van leraren',
  },
  { file: 'leiderschap-van-leraren-en.imscc', locale: 'en', lang: 'en', title: 'Teacher leadership' },
] as const;

/** `siteRoot` is the site's absolute address with its base, e.g. `https://example.org/sub/`. */
export async function courseCartridge(
  { locale, lang, title }: (typeof courseCartridgeFiles)[number],
  siteRoot: string,
): Promise<Cartridge> {
  const pages = await Promise.all([
    ...courseModules.map((slug) => moduleEntry(slug, locale)),
    ...workshopKits.map((slug) => kitEntry(slug, locale)),
  ]);
  return {
    title,
    lang,
    items: pages.map((page) => ({
      kind: 'link',
      title: page.data.title,
      url: new URL(`${page.id}/`, siteRoot).href,
    })),
  };
}
