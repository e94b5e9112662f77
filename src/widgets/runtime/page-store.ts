import { openStore, type AnswerStore } from '../../lib/answer-store';
import { STORE_KEY } from '../../lib/store-data';
import { pagePathOf } from '../../lib/site-path';

/** localStorage, or null where merely touching it throws (some private modes, blocked cookies). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** This page's path from the site root, as answers and visits record it (`…/index.html` as `…/`). */
export const pagePath = () => pagePathOf(location.pathname, import.meta.env.BASE_URL);

let store: AnswerStore | undefined;
const otherTabListeners = new Set<(changedIds: string[]) => void>();
const changeListeners = new Set<() => void>();

/**
 * After an answer is kept (saved, imported or put back), asks the browser once to keep the
 * site's storage. The asking loads with the first kept answer: a page only read needs none of it.
 */
function askAfterKept<Result extends { kept: boolean }>(result: Result): Result {
  if (result.kept)
    void import('../../lib/ask-to-keep-storage')
      .then(({ askToKeepStorage }) =>
        askToKeepStorage(navigator.storage as StorageManager | undefined, browserStorage(), new Date()),
      )
      // Code that cannot load (a newer version replaced it) asks nothing, as a browser that says no.
      .catch(() => false);
  return result;
}

/**
 * The page's one answer store, shared by all its widgets. Opening it notes the visit (which
 * asks nothing of the browser: only a kept answer does).
 */
export function pageStore(): AnswerStore {
  if (!store) {
    // Every change goes through the store, in this tab or read from another: `onAnswersChange` hears of each.
    const opened = openStore(browserStorage(), undefined, () =>
      changeListeners.forEach((listener) => listener()),
    );
    window.addEventListener('storage', (event) => {
      // `key` is null when another tab cleared all storage.
      if (event.key !== STORE_KEY && event.key !== null) return;
      const changed = opened.receive(event.newValue);
      if (changed.length > 0) otherTabListeners.forEach((listener) => listener(changed));
    });
    opened.visit(pagePath());
    store = {
      ...opened,
      save: (id, answer, keepStoredAsCopy) => askAfterKept(opened.save(id, answer, keepStoredAsCopy)),
      put: (answers, visits) => askAfterKept(opened.put(answers, visits)),
    };
  }
  return store;
}

/** Adds `listener` to `listeners` until `signal` aborts. */
function listenUntil<Listener>(listeners: Set<Listener>, listener: Listener, signal: AbortSignal) {
  listeners.add(listener);
  signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
}

/** Calls `listener` with the ids of answers that another tab changed or deleted, until `signal` aborts. */
export const onOtherTabChange = (listener: (changedIds: string[]) => void, signal: AbortSignal) =>
  listenUntil(otherTabListeners, listener, signal);

/**
 * Calls `listener` when answers may have changed, in this tab (saved, put back, removed, a copy
 * chosen, storage read again) or in another, until `signal` aborts: for parts of a page that show
 * what the answers add up to, such as Mijn werk's bekwaamheidsdossier.
 */
export const onAnswersChange = (listener: () => void, signal: AbortSignal) =>
  listenUntil(changeListeners, listener, signal);
