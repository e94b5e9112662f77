import { mdxToHast, type HastNode } from 'satteri';

/** One entry of the glossary page: the `<dt id>`, its term, and the dd's first sentence. */
export interface GlossaryEntry {
  id: string;
  /** The dt's text before its translation span, without a trailing abbreviation in brackets. */
  term: string;
  /** The first sentence of the dd, as plain text. */
  definition: string;
}

type Node = HastNode & { name?: string; children?: Node[]; value?: string; attributes?: unknown[] };

function attribute(node: Node, name: string): string | undefined {
  const found = (node.attributes as { name?: string; value?: unknown }[] | undefined)?.find(
    (a) => a.name === name,
  );
  return typeof found?.value === 'string' ? found.value : undefined;
}

function isTranslation(node: Node): boolean {
  return attribute(node, 'class')?.split(/\s+/).includes('begrip-vertaling') ?? false;
}

/** The text of a node and its descendants, leaving out the dt's translation span. */
function text(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  if (isTranslation(node)) return '';
  return (node.children ?? []).map(text).join('');
}

/** A sentence ends at . ! or ? before a capital or the end, so "Snoek e.a. (2019)" does not end one. */
function firstSentence(paragraphs: string): string {
  const plain = paragraphs.replace(/\s+/g, ' ').trim();
  return plain.match(/^.*?[.!?](?=\s+[\p{Lu}‘“'"]|$)/u)?.[0] ?? plain;
}

function findList(node: Node): Node | undefined {
  if (node.name === 'dl') return node;
  for (const child of node.children ?? []) {
    const found = findList(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * The entries of the glossary page's `<dl>` (`content/begrippen.mdx` and its twin), read from
 * satteri's tree of the MDX source: each `<dt id>` with the `<dd>` that follows it.
 */
export function readGlossary(source: string): GlossaryEntry[] {
  const list = findList(mdxToHast(source) as Node);
  const entries: GlossaryEntry[] = [];
  let current: { id: string; term: string } | undefined;
  for (const child of list?.children ?? []) {
    if (child.name === 'dt') {
      const id = attribute(child, 'id');
      const term = text(child)
        .replace(/\s*\([^)]*\)\s*$/, '')
        .trim();
      current = id ? { id, term } : undefined;
    } else if (child.name === 'dd' && current) {
      entries.push({ ...current, definition: firstSentence(text(child)) });
      current = undefined;
    }
  }
  return entries;
}
