/**
 * A small reader of the JSX tags in an MDX body, for the content tests that count what a reader
 * reads (reading time) and what a twin must also have (parity). The site itself never reads
 * MDX bodies: what a module asks (reflection questions, exercises) is frontmatter data.
 */




/** Reads a JS string literal that starts at `start` (a quote); returns its value and where it ends. */
function stringLiteral(text: string, start: number): { value: string; end: number } | null {
  const quote = text[start];
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i]!;
    if (char === quote) return { value, end: i + 1 };
    if (char === '\\') {
      const next = text[++i];
      if (next === undefined) return null;
      value += next === 'n' ? '\n' : next === 't' ? '\t' : next === '\n' ? '' : next;
    } else {
      value += char;
    }
  }
  return null;
}

/** Where a `{…}` expression that starts at `start` ends, skipping strings inside it. */
function expressionEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"' || char === "'" || char === '`') {
      const literal = stringLiteral(text, i);
      if (!literal) return text.length;
      i = literal.end - 1;
    } else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}

export interface JsxTag {
  name: string;
  /** String attributes as written; expression attributes as their source, braces included. */
  attributes: Record<string, string>;
  /** Where the tag's `<` is and where its attributes end (before `>` or `/>`). */
  start: number;
  end: number;
}

/** The JSX tag whose name starts at `start` (just after `<`). */
function readTag(text: string, start: number): JsxTag {
  const name = /^[A-Z]\w*/.exec(text.slice(start))![0];
  const attributes: Record<string, string> = {};
  let i = start + name.length;
  while (i < text.length) {
    while (/\s/.test(text[i] ?? '')) i++;
    const attribute = /^[A-Za-z_][\w:.-]*/.exec(text.slice(i, i + 100));
    if (!attribute) break;
    i += attribute[0].length;
    while (/\s/.test(text[i] ?? '')) i++;
    if (text[i] !== '=') {
      attributes[attribute[0]] = 'true';
      continue;
    }
    i++;
    while (/\s/.test(text[i] ?? '')) i++;
    if (text[i] === '"' || text[i] === "'") {
      const literal = stringLiteral(text, i);
      if (!literal) break;
      attributes[attribute[0]] = literal.value;
      i = literal.end;
    } else if (text[i] === '{') {
      const end = expressionEnd(text, i);
      attributes[attribute[0]] = text.slice(i, end);
      i = end;
    } else break;
  }
  return { name, attributes, start: start - 1, end: i };
}

/** The strings of an array literal expression, `{['a', "b",]}`, whitespace collapsed; other elements are skipped. */
export function stringArray(expression: string): string[] {
  const strings: string[] = [];
  const open = expression.indexOf('[');
  if (open < 0) return strings;
  for (let i = open + 1; i < expression.length; i++) {
    const char = expression[i]!;
    if (char === ']') break;
    if (char === '"' || char === "'" || char === '`') {
      const literal = stringLiteral(expression, i);
      if (!literal) break;
      strings.push(literal.value.replace(/\s+/g, ' ').trim());
      i = literal.end - 1;
    }
  }
  return strings;
}

/** An MDX body without its fenced code blocks. */
export const withoutCode = (mdxBody: string) => mdxBody.replace(/^(```|~~~)[^]*?^\1/gm, '');

/** The opening (or self-closing) JSX tags of components in a body, in order; closing tags are not listed. */
export function jsxTags(body: string): JsxTag[] {
  return [...body.matchAll(/<(?=[A-Z])/g)].map((match) => readTag(body, match.index + 1));
}
