/**
 * The pages of the course's modules and kits in a language, for components that show their
 * titles or read their frontmatter. A slug without a page fails the build with the page's path.
 */
import { getEntry, type CollectionEntry } from 'astro:content';

type DocsEntry = CollectionEntry<'docs'>;
type ModuleEntry = DocsEntry & { data: Extract<DocsEntry['data'], { kind: 'module' }> };
type KitEntry = DocsEntry & { data: Extract<DocsEntry['data'], { kind: 'werkvorm' }> };

/** The content id of a page in a locale (`undefined` for the root language), e.g. `en/modules/de-paradox`. */
const pageId = (locale: string | undefined, path: string) => (locale ? `${locale}/${path}` : path);

async function docsEntry(id: string, what: string): Promise<DocsEntry> {
  const entry = await getEntry('docs', id);
  if (!entry) throw new Error(`No ${what} page ${id} (content/${id}.mdx)`);
  return entry;
}

/** A course module's page in the locale; fails if the page is not a module. */
export async function moduleEntry(slug: string, locale: string | undefined): Promise<ModuleEntry> {
  const entry = await docsEntry(pageId(locale, `modules/${slug}`), 'module');
  if (entry.data.kind !== 'module') throw new Error(`content/${entry.id}.mdx is not a module (kind: module)`);
  return entry as ModuleEntry;
}

/** A workshop kit's page in the locale; fails if the page is not a kit. */
export async function kitEntry(slug: string, locale: string | undefined): Promise<KitEntry> {
  const entry = await docsEntry(pageId(locale, `werkvormen/${slug}`), 'workshop kit');
  if (entry.data.kind !== 'werkvorm')
    throw new Error(`content/${entry.id}.mdx is not a workshop kit (kind: werkvorm)`);
  return entry as KitEntry;
}
