import type { HastNode, HastVisitorContext } from 'satteri';
import type { GlossaryEntry } from './read-glossary';
import type { TermMatch } from './term-matcher';
import { termButton, termNotes, type MarkedTerm, type TermLabels } from './term-markup';

type Root = Extract<HastNode, { type: 'root' }>;
type Parent = Extract<HastNode, { children: unknown }>;
type Text = Extract<HastNode, { type: 'text' }>;

/** What marking a module's terms needs to know, all of it in the module's language. */
export interface TermsOfPage {
  find: (text: string) => TermMatch[];
  entries: ReadonlyMap<string, GlossaryEntry>;
  labels: TermLabels;
  /** The glossary entry's address with the deploy base. */
  hrefOf: (id: string) => string;
  /** The heading of the module's last section, the references, where nothing is marked. */
  sourcesHeading: string;
}

/** Text in these is not running text: headings (a table's too), links, code, figures, and controls. */
const notRunningText = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'th',
  'a',
  'code',
  'pre',
  'kbd',
  'figure',
  'button',
]);
/** Running text is what sits in a paragraph, a list item, a quote or a table cell. */
const prose = new Set(['p', 'li', 'blockquote', 'td']);

/**
 * Turns the first use of each glossary term in a module's running text into a button with a
 * popover (`term-markup.ts`), numbered in reading order, and ends the module with the
 * numbered definitions for print. Widgets and components (MDX JSX) are skipped whole: their
 * text is not running text, and they may reuse their children. Returns the terms marked.
 */
export function markTerms(
  root: Readonly<Root>,
  ctx: Pick<HastVisitorContext, 'replaceNode' | 'appendChild' | 'textContent'>,
  page: TermsOfPage,
): MarkedTerm[] {
  const marked: MarkedTerm[] = [];
  const seen = new Set<string>();

  const mark = (node: Readonly<Text>) => {
    const parts: HastNode[] = [];
    let from = 0;
    for (const match of page.find(node.value)) {
      const entry = page.entries.get(match.id);
      if (!entry || seen.has(match.id)) continue;
      seen.add(match.id);
      const term = { entry, number: marked.length + 1, href: page.hrefOf(match.id) };
      marked.push(term);
      if (match.index > from) parts.push({ type: 'text', value: node.value.slice(from, match.index) });
      parts.push(...termButton(match.text, term, page.labels));
      from = match.index + match.text.length;
    }
    if (parts.length === 0) return;
    if (from < node.value.length) parts.push({ type: 'text', value: node.value.slice(from) });
    ctx.replaceNode(node, parts);
  };

  const visit = (node: Readonly<Parent>, inProse: boolean) => {
    for (const child of node.children as readonly HastNode[]) {
      if (child.type === 'text' && inProse) mark(child);
      if (child.type !== 'element' || notRunningText.has(child.tagName)) continue;
      visit(child, inProse || prose.has(child.tagName));
    }
  };

  const sections = root.children as readonly HastNode[];
  const sourcesAt = sections.findIndex(
    (node) =>
      node.type === 'element' &&
      node.tagName === 'h2' &&
      ctx.textContent(node).trim() === page.sourcesHeading,
  );
  visit({ type: 'root', children: sourcesAt < 0 ? sections : sections.slice(0, sourcesAt) } as Root, false);
  if (marked.length > 0) ctx.appendChild(root, termNotes(marked, page.labels));
  return marked;
}
