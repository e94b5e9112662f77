import type { HastNode } from 'satteri';
import type { GlossaryEntry } from './read-glossary';

type Element = Extract<HastNode, { type: 'element' }>;
type ElementContent = Element['children'][number];

/** The labels the term markup shows, from `terms.*` in the page's language file. */
export interface TermLabels {
  /** The button's accessible name; `{{term}}` is the term as the text writes it. */
  open: string;
  /** The popover's link to the glossary entry. */
  more: string;
  /** Above the printed list of definitions. */
  notesTitle: string;
}

/** What a marked term needs: its glossary entry, its note number and the glossary's address. */
export interface MarkedTerm {
  entry: GlossaryEntry;
  number: number;
  /** The glossary entry's address with the deploy base, e.g. `/en/begrippen/#gunnen`. */
  href: string;
}

const text = (value: string): ElementContent => ({ type: 'text', value });

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

/** The number the term carries in print, where the notes at the end of the module explain it. */
function noteNumber(number: number): Element {
  return element('sup', { className: ['term-number'], ariaHidden: 'true', dataPagefindIgnore: '' }, [
    text(String(number)),
  ]);
}

/**
 * A term's first use: a button that opens its short definition in a popover, which the
 * platform shows, closes with Esc or a click outside, and keeps open until then, without
 * JavaScript. The popover is left out of the search index, as the glossary page has the text.
 */
export function termButton(
  written: string,
  { entry, number, href }: MarkedTerm,
  labels: TermLabels,
): Element[] {
  const popoverId = `term-${entry.id}`;
  return [
    element(
      'button',
      {
        type: 'button',
        className: ['term'],
        popoverTarget: popoverId,
        ariaLabel: labels.open.replace('{{term}}', written),
      },
      [text(written), noteNumber(number)],
    ),
    element(
      'span',
      {
        id: popoverId,
        popover: 'auto',
        className: ['term-popover', 'floating-panel'],
        dataPagefindIgnore: '',
      },
      [
        element('strong', {}, [text(entry.term)]),
        text(`: ${entry.definition} `),
        element('a', { href }, [text(labels.more)]),
      ],
    ),
  ];
}

/** The numbered definitions at the end of the module: shown only in print (see site.css). */
export function termNotes(terms: readonly MarkedTerm[], labels: TermLabels): Element {
  return element('div', { className: ['term-notes'], dataPagefindIgnore: '' }, [
    element('p', { className: ['term-notes-title'] }, [text(labels.notesTitle)]),
    element(
      'ol',
      {},
      terms.map(({ entry }) =>
        element('li', {}, [element('strong', {}, [text(entry.term)]), text(`: ${entry.definition}`)]),
      ),
    ),
  ]);
}
