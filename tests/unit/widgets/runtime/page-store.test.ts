import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORE_KEY } from '../../../../src/lib/store-data';
import { newAnswer } from '../../support/saved-answer';

// The page's store in a page of its own: a window that is only an event target with a
// localStorage, as much of a browser as page-store.ts touches.
class MemoryStorage {
  #items = new Map<string, string>();
  getItem = (key: string) => this.#items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.#items.set(key, value);
  removeItem = (key: string) => void this.#items.delete(key);
}

let page: EventTarget & { localStorage: MemoryStorage };

/** A fresh page-store module, as each page load has. */
const loadPageStore = () => import('../../../../src/widgets/runtime/page-store');

/** What another tab's write looks like to this one: a storage event with the key and the new text. */
function otherTabWrote(key: string, newValue: string) {
  page.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
}

beforeEach(() => {
  vi.resetModules();
  page = Object.assign(new EventTarget(), { localStorage: new MemoryStorage() });
  vi.stubGlobal('window', page);
  vi.stubGlobal('location', { pathname: '/modules/de-paradox/' });
});
afterEach(() => vi.unstubAllGlobals());

describe('onAnswersChange', () => {
  it('hears every change made in this tab, each once, with the answers already changed, until its signal aborts', async () => {
    const { onAnswersChange, pageStore } = await loadPageStore();
    const store = pageStore();
    const heard: string[][] = [];
    const lifetime = new AbortController();
    onAnswersChange(() => heard.push(Object.keys(store.answers())), lifetime.signal);
    store.save('de-paradox#0', newAnswer('Eerste'));
    const saved = store.answers()['de-paradox#0']!;
    store.remove(['de-paradox#0']);
    store.put({ 'de-paradox#0': saved, 'de-paradox#1': { ...saved, text: 'Tweede' } });
    store.receive(null);
    expect(heard).toEqual([['de-paradox#0'], [], ['de-paradox#0', 'de-paradox#1'], []]);

    lifetime.abort();
    store.save('de-paradox#2', newAnswer('Na afloop'));
    expect(heard).toHaveLength(4);
  });

  it('hears each time another tab wrote the answers, and nothing of another key', async () => {
    const { onAnswersChange, pageStore } = await loadPageStore();
    const store = pageStore();
    const heard: string[][] = [];
    onAnswersChange(() => heard.push(Object.keys(store.answers())), new AbortController().signal);

    // The other tab: its own store on the same storage, which it writes.
    vi.resetModules();
    const other = (await loadPageStore()).pageStore();
    other.save('de-paradox#0', newAnswer('Uit de andere tab'));
    const written = page.localStorage.getItem(STORE_KEY)!;
    otherTabWrote('iets-anders', '{}');
    otherTabWrote(STORE_KEY, written);
    expect(heard).toEqual([['de-paradox#0']]);
  });
});
