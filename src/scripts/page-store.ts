import { STORE_KEY, openStore, type AnswerStore } from '../lib/answer-store';

/** localStorage, or null where merely touching it throws (some private modes, blocked cookies). */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

let store: AnswerStore | undefined;
const otherTabListeners = new Set<(changedIds: string[]) => void>();

/** The page's one answer store, shared by all its widgets. */
export function pageStore(): AnswerStore {
  if (!store) {
    const opened = openStore(browserStorage());
    window.addEventListener('storage', (event) => {
      if (event.key !== STORE_KEY) return;
      const changed = opened.receive(event.newValue);
      if (changed.length > 0) otherTabListeners.forEach((listener) => listener(changed));
    });
    store = opened;
  }
  return store;
}

/** Calls `listener` with the ids of answers that another tab changed. */
export function onOtherTabChange(listener: (changedIds: string[]) => void) {
  otherTabListeners.add(listener);
}
