import { fillIn, longDate } from '../../lib/fill-in';
import { byteSize } from '../../lib/storage-report';
import { setAsideFile, setAsideTime, siteItems, type StoredItem } from '../../lib/site-storage';
import { readSettings } from '../../lib/storage-settings';
import { parseStore, type StoreData } from '../../lib/store-data';
import { downloadOnDemand } from '../../widgets/runtime/download-on-demand';
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
  say: (message: string) => void,
): number {
  const items = siteItems(browserStorage());
  list.replaceChildren(...items.map((item) => storedItem(item, label, lang, say)));
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

function storedItem(
  item: StoredItem,
  label: (key: PortfolioLabel) => string,
  lang: string,
  say: (message: string) => void,
): HTMLElement {
  const size = byteSize(item.raw.length, lang);
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
    // The download code loads on the click: set-aside copies are rare.
    const offer = () =>
      downloadOnDemand(say, { loading: '', failed: label('setAsideFailed') }, async () => {
        const { download } = await import('../../widgets/runtime/download');
        download(file.name, item.raw, file.type);
        return fillIn(label('exported'), { file: file.name });
      });
    entry.append(button(label('downloadSetAside'), () => void offer()));
  } else if (item.kind === 'settings') {
    entry.textContent = settingsText(label, lang, size);
  } else if (item.kind === 'team') {
    // No count here: counting means checking every card, with both scans' items, code this page
    // would load for the few readers who collect cards. The team profile page counts them.
    entry.textContent = fillIn(label('stored.team'), { size });
  } else {
    const theme = item.raw === 'dark' || item.raw === 'light' ? item.raw : 'auto';
    entry.textContent = fillIn(label('stored.theme'), { value: label(`theme.${theme}`) });
  }
  return entry;
}

/** What the settings record holds, in words: the last JSON export, and when the browser was asked to keep the storage. */
function settingsText(label: (key: PortfolioLabel) => string, lang: string, size: string): string {
  const settings = readSettings(browserStorage(), new Date());
  const details = [
    settings.backupAt
      ? fillIn(label('stored.backupOn'), { date: longDate(settings.backupAt, lang) })
      : label('stored.noBackup'),
  ];
  if (settings.persistAskedAt)
    details.push(fillIn(label('stored.persistAskedOn'), { date: longDate(settings.persistAskedAt, lang) }));
  return fillIn(label('stored.settings'), { size, details: details.join('; ') });
}
