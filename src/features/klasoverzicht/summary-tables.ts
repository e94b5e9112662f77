/**
 * The widget summaries (`widget-summaries.ts`) as tables that are their own bar chart: every
 * count is written in its cell, and a bar behind it shows its share of the students, hidden
 * from screen readers, which read the numbers. Text is set with `textContent` only.
 */
import { fillIn } from '../../lib/fill-in';
import { el } from '../../widgets/runtime/dom';
import { descriptors as agreement } from '../../widgets/condities-scan/statements';
import { descriptors as qualityLevels } from '../../widgets/zeven-kwaliteiten-scan/qualities';
import type { ScanName } from '../teamprofiel/team-scans';
import type { ClassOverviewLabel } from './labels';
import type { ScanSummary, SortingSummary, WidgetSummary } from './widget-summaries';

type Label = (key: ClassOverviewLabel) => string;

/** Each scan in its own terms: what its items are called, its caption, and its scale's meanings. */
const scanTerms: Record<
  ScanName,
  { item: ClassOverviewLabel; caption: ClassOverviewLabel; scale: Record<'nl' | 'en', readonly string[]> }
> = {
  kwaliteiten: { item: 'summaryQuality', caption: 'summaryScanCaption', scale: qualityLevels },
  condities: { item: 'summaryCondition', caption: 'summaryConditionsCaption', scale: agreement },
};

function headerRow(texts: readonly string[]): HTMLTableSectionElement {
  const head = el('thead');
  const row = el('tr');
  for (const text of texts) {
    const cell = el('th', text);
    cell.scope = 'col';
    row.append(cell);
  }
  head.append(row);
  return head;
}

function rowHeader(text: string): HTMLTableCellElement {
  const cell = el('th', text);
  cell.scope = 'row';
  return cell;
}

/** A cell with `text`, and a bar `count / total` wide behind it. */
function barCell(text: string, count: number, total: number): HTMLTableCellElement {
  const cell = el('td', '', 'class-overview__bar-cell');
  const bar = el('span', '', 'class-overview__bar');
  bar.setAttribute('aria-hidden', 'true');
  bar.style.setProperty('--share', String(total === 0 ? 0 : count / total));
  cell.append(bar, el('span', text));
  return cell;
}

function table(caption: string, head: HTMLTableSectionElement, rows: HTMLTableRowElement[]): HTMLElement {
  const wrapper = el('div', '', 'class-overview__summary-scroll');
  // A wide table scrolls in its own region, which the keyboard can reach to scroll it.
  wrapper.setAttribute('role', 'region');
  wrapper.setAttribute('aria-label', caption);
  wrapper.tabIndex = 0;
  const made = el('table', '', 'class-overview__summary');
  made.append(el('caption', caption), head, el('tbody'));
  made.tBodies[0]!.append(...rows);
  wrapper.append(made);
  return wrapper;
}

function sortingTable(summary: SortingSummary, title: string, label: Label): HTMLElement {
  const of = (count: number) => fillIn(label('summaryOf'), { count, total: summary.students });
  return table(
    fillIn(label('summarySortingCaption'), { title, students: summary.students }),
    headerRow([label('summaryCard'), label('summaryRight'), label('summaryPlaced')]),
    summary.cards.map((card) => {
      const row = el('tr');
      row.append(
        rowHeader(card.title),
        barCell(of(card.right), card.right, summary.students),
        barCell(of(card.placed), card.placed, summary.students),
      );
      return row;
    }),
  );
}

function scanTable(summary: ScanSummary, title: string, label: Label, lang: 'nl' | 'en'): HTMLElement {
  const terms = scanTerms[summary.scan];
  const points = terms.scale[lang].map((meaning, index) => `${index + 1}: ${meaning}`);
  const mean = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  return table(
    fillIn(label(terms.caption), { title, students: summary.students }),
    headerRow([label(terms.item), ...points, label('summaryAverage')]),
    summary.items.map((item) => {
      const row = el('tr');
      row.append(
        rowHeader(item.name),
        ...item.spread.map((count) => barCell(String(count), count, summary.students)),
        el('td', item.average === null ? '–' : mean.format(item.average)),
      );
      return row;
    }),
  );
}

/** Each summary under a heading (`title` names its column), or a sentence that there is none. */
export function summaryTables(
  summaries: readonly WidgetSummary[],
  title: (summary: WidgetSummary) => string,
  label: Label,
  lang: string,
): HTMLElement[] {
  if (summaries.length === 0) return [el('p', label('summariesNone'))];
  const language = lang === 'en' ? 'en' : 'nl';
  return summaries.flatMap((summary) => [
    el('h3', title(summary)),
    summary.kind === 'sorting'
      ? sortingTable(summary, title(summary), label)
      : scanTable(summary, title(summary), label, language),
  ]);
}
