import { fillIn, longDate } from '../../lib/fill-in';
import { setAsideFile, setAsideTime, siteItems, type StoredItem } from '../../lib/site-storage';
import { parseStore, type StoreData } from '../../lib/store-data';
import { download } from '../../widgets/runtime/download';
import { button, el } from '../../widgets/runtime/dom';
import { browserStorage, pageStore } from '../../widgets/runtime/page-store';
import type { PortfolioLabel } from './labels';

/**
 * "Wat wordt bewaard": every item the site keeps in this browser, with its size; a set-aside
 * copy can be downloaded. Returns how many there are.
 */
export function showStoredItems(
  list: HTMLElement,
  label: (key: PortfolioLabel) => string,
  lang: string,
): number {
  const items = siteItems(browserStorage());
  list.replaceChildren(...items.map((item) => storedItem(item, label, lang)));
  if (items.length === 0) list.append(el('li', label('stored.none')));
  return items.length;
}

/** The answers and visits stored as `raw`: read again only when the page's store did not write it, as reading thousands costs. */
function storedData(raw: string): Pick<StoreData, 'answers' | 'visits'> {
  const store = pageStore();
  if (store.holds(raw)) return { answers: store.answers(), visits: store.visits() };
  const parsed = parseStore(raw);
  return 'data' in parsed ? parsed.data : { answers: {}, visits: {} };
}

function storedItem(item: StoredItem, label: (key: PortfolioLabel) => string, lang: string): HTMLElement {
  const size = new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 1,
  }).format(item.raw.length / 1000);
  const entry = el('li');
  if (item.kind === 'answers') {
    const data = storedData(item.raw);
    entry.textContent = fillIn(label('stored.answers'), {
      answers: Object.keys(data.answers).length,
      visits: Object.keys(data.visits).length,
      size,
    });
  } else if (item.kind === 'set-aside') {
    const time = setAsideTime(item.key);
    entry.textContent = `${
      time
        ? fillIn(label('stored.set-aside'), { date: longDate(time, lang), size })
        : fillIn(label('stored.set-aside-undated'), { size })
    } `;
    const file = setAsideFile(item.key, item.raw);
    entry.append(button(label('downloadSetAside'), () => download(file.name, item.raw, file.type)));
  } else {
    const theme = item.raw === 'dark' || item.raw === 'light' ? item.raw : 'auto';
    entry.textContent = fillIn(label('stored.theme'), { value: label(`theme.${theme}`) });
  }
  return entry;
}
