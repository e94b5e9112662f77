/**
 * The HTML of one part of the workbook, made to fit in it.
 *
 * One page of the workbook holds every module, the glossary and the sources, whose headings
 * and glossary notes were written each for a page of its own: two modules may both have a
 * heading `#bronnen`. `prefixIds` gives every id in one part's HTML the part's prefix, and the
 * references to those ids (in-page links, labels, popovers, SVG's `url(#…)`) follow. Links to
 * another page that the workbook also holds (a module, a glossary entry) become links to that
 * part of the workbook, so that following them, on screen or in a saved PDF, stays in it.
 *
 * The HTML is the site's own build output (Astro writes every attribute in double quotes);
 * nothing from a reader passes through here.
 */

/** Attributes that name ids on the same page, one or several separated by spaces. */
const idReferences = [
  'for',
  'popovertarget',
  'commandfor',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'headers',
];

const idAttribute = /(\sid=")([^"]+)"/g;
const fragmentLink = /(\s(?:href|xlink:href)=")#([^"]*)"/g;
const referenceAttribute = new RegExp(`(\\s(?:${idReferences.join('|')})=")([^"]*)"`, 'g');
const svgReference = /url\(#([^)"]+)\)/g;
/** A link to a page; one marked `data-werkboek-page` (written just before its `href`) stays one. */
const pageLink = /(?<!\sdata-werkboek-page(?:="[^"]*")?)(\shref=")([^"#]+)(?:#([^"]*))?"/g;

/** A part of the workbook: the address of its own page (with the deploy base) and the prefix of its ids. */
export interface WorkbookPart {
  page: string;
  prefix: string;
}

/** The id the workbook gives the part itself (its section), e.g. `vier-vormen` for the prefix `vier-vormen--`. */
export const partId = (prefix: string) => prefix.replace(/--$/, '');

/**
 * `html` with each of its ids prefixed by `prefix`, the references to them with it, and links
 * to a page among `parts` pointed at that part (its heading, or the prefixed id of the fragment).
 */
export function prefixIds(html: string, prefix: string, parts: readonly WorkbookPart[] = []): string {
  const ownIds = new Set([...html.matchAll(idAttribute)].map(([, , id]) => id!));
  const own = (id: string) => (ownIds.has(id) ? `${prefix}${id}` : id);
  const partOf = new Map(parts.map((part) => [part.page, part.prefix]));
  return html
    .replace(idAttribute, (_, start: string, id: string) => `${start}${prefix}${id}"`)
    .replace(fragmentLink, (_, start: string, id: string) => `${start}#${id && own(id)}"`)
    .replace(
      referenceAttribute,
      (_, start: string, ids: string) => `${start}${ids.split(' ').map(own).join(' ')}"`,
    )
    .replace(svgReference, (_, id: string) => `url(#${own(id)})`)
    .replace(pageLink, (link: string, start: string, page: string, fragment: string | undefined) => {
      const target = partOf.get(page);
      if (target === undefined) return link;
      return `${start}#${fragment ? `${target}${fragment}` : partId(target)}"`;
    });
}

/**
 * `html` with its headings one level lower (`h2` becomes `h3`, down to `h6`), so that a part
 * written for a page of its own sits under its title in the workbook's outline.
 */
export function lowerHeadings(html: string): string {
  return html.replace(
    /<(\/?)h([2-5])(?=[\s>])/g,
    (_, close: string, level: string) => `<${close}h${Number(level) + 1}`,
  );
}
