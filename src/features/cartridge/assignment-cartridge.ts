/**
 * An assignment as a Common Cartridge: first a page with its title, instructions, due date,
 * the link to the assignment page and the site's privacy note, then one web link per chosen
 * module, in the order chosen. Title and instructions are those the link holds.
 */
import { LIMITS, type Assignment, type Catalogue } from '../assignments/assignment';
import { cleanInstructions, cleanTitle, truncate } from '../assignments/assignment-checks';
import type { Cartridge } from './cartridge';

export interface AssignmentCartridgeTexts {
  /** Already filled in with the date, e.g. "Inleveren vóór 18 december 2026"; null without a due date. */
  due: string | null;
  /** The text of the link to the assignment page. */
  open: string;
  /** One sentence: the assignment page works in the student's browser and sends nothing. */
  privacy: string;
  untitled: string;
}

/**
 * `siteRoot` is the site's absolute address with its base (`https://example.org/sub/`);
 * `assignmentLink` the absolute link to the assignment page with the assignment in it.
 */
export function assignmentCartridge(
  assignment: Assignment,
  catalogue: Catalogue,
  siteRoot: string,
  assignmentLink: string,
  lang: string,
  texts: AssignmentCartridgeTexts,
): Cartridge {
  // Cleaned and cut as the link holds them (which also drops characters XML cannot hold).
  const title = truncate(cleanTitle(assignment.title), LIMITS.title) || texts.untitled;
  const instructions = truncate(cleanInstructions(assignment.instructions), LIMITS.instructions);
  const paragraphs = [
    ...(texts.due ? [{ text: texts.due }] : []),
    ...(instructions ? [{ text: instructions }] : []),
    { text: texts.open, href: assignmentLink },
    { text: texts.privacy },
  ];
  const modules = assignment.modules.flatMap((chosen) => {
    const module = catalogue.find((candidate) => candidate.slug === chosen.slug);
    // A module's path starts at the site's root, without the base, which siteRoot holds.
    return module
      ? [{ kind: 'link' as const, title: module.title, url: new URL(module.path.slice(1), siteRoot).href }]
      : [];
  });
  return { title, lang, items: [{ kind: 'page', title, paragraphs }, ...modules] };
}
