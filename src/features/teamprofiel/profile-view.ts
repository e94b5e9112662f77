import { part, parts } from '../../widgets/runtime/parts';
import { signedChange } from '../../widgets/zeven-kwaliteiten-scan/scan';
import { boxPlot, diamond } from './spread-chart';
import type { ItemProfile, ScanProfile, Spread } from './team-stats';

/** What the view needs to say things in the page's language. */
export interface ViewText {
  number: (value: number) => string;
  cards: (count: number) => string;
  itemTooFew: string;
  /** The earlier moment's column header, or null when nothing is compared. */
  earlierHead: string | null;
}

const spreadOf = (item: ItemProfile | undefined): Spread | null =>
  item && 'spread' in item ? item.spread : null;

/**
 * Shows one scan's profile in its `section[data-scan]` of `Teamprofiel.astro`. A scan with too
 * few cards shows its reason only, and every cell and shape is emptied, so no value of an
 * earlier state stays behind in the page (hidden is not gone).
 */
export function showScanProfile(
  section: HTMLElement,
  profile: ScanProfile,
  earlier: ScanProfile | null,
  text: ViewText,
) {
  const shown = profile.status === 'shown';
  part(section, '[data-count]').textContent = text.cards(profile.cards);
  part(section, '[data-too-few]').hidden = shown;
  part(section, '[data-profile]').hidden = !shown;
  const items = shown ? profile.items : [];
  const before = earlier?.status === 'shown' ? earlier.items : [];
  const comparing = shown && text.earlierHead !== null;
  part(section, '[data-earlier-key]').hidden = !comparing;
  part(section, '[data-earlier-head]').textContent = comparing ? text.earlierHead : '';
  for (const head of parts(section, '[data-earlier-head], [data-change-head]')) head.hidden = !comparing;

  for (const row of parts<HTMLTableRowElement>(section, 'tr[data-item]')) {
    const id = row.dataset['item'];
    const item = items.find((candidate) => candidate.id === id);
    const now = spreadOf(item);
    const then = comparing ? spreadOf(before.find((candidate) => candidate.id === id)) : null;
    const cell = (name: string) => part(row, `[data-cell="${name}"]`);
    const { number } = text;
    cell('median').textContent = now ? number(now.median) : item ? text.itemTooFew : '';
    cell('middle').textContent = now ? `${number(now.q1)} – ${number(now.q3)}` : '';
    cell('range').textContent = now ? `${number(now.min)} – ${number(now.max)}` : '';
    cell('earlier').textContent = comparing ? (then ? number(then.median) : '–') : '';
    cell('change').textContent =
      comparing && now && then ? signedChange(now.median - then.median, number) : comparing ? '–' : '';
    cell('earlier').hidden = !comparing;
    cell('change').hidden = !comparing;
    drawBox(row, now, then);
  }
}

function drawBox(row: HTMLTableRowElement, spread: Spread | null, earlier: Spread | null) {
  const whisker = part<SVGLineElement>(row, '[data-whisker]');
  const box = part<SVGRectElement>(row, '[data-box]');
  const median = part<SVGLineElement>(row, '[data-median]');
  part(row, '[data-earlier]').setAttribute('d', earlier ? diamond(earlier.median) : '');
  const shapes = spread ? boxPlot(spread) : null;
  for (const shape of [whisker, box, median]) shape.toggleAttribute('hidden', !shapes);
  const set = (element: SVGElement, attributes: Record<string, number>) => {
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  };
  if (!shapes) {
    for (const shape of [whisker, box, median])
      for (const name of ['x', 'x1', 'x2', 'width']) shape.removeAttribute(name);
    return;
  }
  set(whisker, { x1: shapes.whisker.x1, x2: shapes.whisker.x2, y1: shapes.whisker.y, y2: shapes.whisker.y });
  set(box, shapes.box);
  set(median, { x1: shapes.median.x, x2: shapes.median.x, y1: shapes.median.y1, y2: shapes.median.y2 });
}
