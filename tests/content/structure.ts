/**
 * The block structure of an MDX body, counted line by line, so that the parity test can tell
 * when a twin drops a heading, a paragraph, a list item, a table row or a component (the
 * reflection questions are frontmatter data: assignment-items.test.ts compares them by id). Components are taken out first (their tags, not the Markdown inside
 * them: a vignette's or an aside's text still counts), as are imports and code blocks.
 */
import { jsxTags, withoutCode } from './mdx-tags';

export interface Structure {
  headings: number;
  paragraphs: number;
  listItems: number;
  tableRows: number;
  /** The components in order, by name (`Vignet`, `Aside`, `VierVormenFiguur`, …). */
  components: string[];
}

/** The body with every component tag replaced by a blank line; what is between tags stays. */
function withoutTags(body: string): string {
  let text = body;
  for (const tag of jsxTags(body).reverse()) {
    const closing = text.indexOf('>', tag.end);
    text = `${text.slice(0, tag.start)}\n\n${text.slice(closing < 0 ? text.length : closing + 1)}`;
  }
  return text.replace(/<\/[A-Z][\w.]*\s*>/g, '\n\n');
}

const heading = /^#{1,6}\s/;
const listItem = /^\s*(?:[-*+]|\d+[.)])\s/;
const tableRow = /^\s*\|/;
const tableRule = /^\s*\|[\s:|-]+\|\s*$/;

export function structure(mdxBody: string): Structure {
  const code = withoutCode(mdxBody);
  const lines = withoutTags(code.replace(/^(import|export)\s.*$/gm, '')).split('\n');
  const counts = { headings: 0, paragraphs: 0, listItems: 0, tableRows: 0 };
  // What the current block is: a new non-blank line either starts a block or continues it.
  let block: 'none' | 'paragraph' | 'list' | 'table' = 'none';
  for (const line of lines) {
    if (line.trim() === '') block = 'none';
    else if (heading.test(line)) {
      counts.headings++;
      block = 'none';
    } else if (listItem.test(line)) {
      counts.listItems++;
      block = 'list';
    } else if (tableRow.test(line)) {
      if (!tableRule.test(line)) counts.tableRows++;
      block = 'table';
    } else if (block === 'none') {
      counts.paragraphs++;
      block = 'paragraph';
    }
  }
  return { ...counts, components: jsxTags(code).map((tag) => tag.name) };
}
