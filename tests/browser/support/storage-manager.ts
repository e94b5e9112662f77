import type { BrowserContext, Page } from 'playwright-core';

/** What the mocked `navigator.storage` answers, or `'missing'` for a browser without it. */
export type StorageManagerMock = { persisted: boolean; usage: number; quota: number } | 'missing';

const callsKey = 'test-persist-calls';

/**
 * Replaces `navigator.storage` in every page of the context with one that answers as `mock`
 * says and counts its `persist()` calls (the prompt Firefox shows the reader) in the tab's
 * sessionStorage, so that the count goes on across reloads and pages of the tab.
 */
function replaceStorageManager([mock, key]: readonly [StorageManagerMock, string]) {
  const manager =
    mock === 'missing'
      ? undefined
      : {
          persisted: async () => mock.persisted,
          persist: async () => {
            sessionStorage.setItem(key, String(Number(sessionStorage.getItem(key) ?? 0) + 1));
            return mock.persisted;
          },
          estimate: async () => ({ usage: mock.usage, quota: mock.quota }),
        };
  Object.defineProperty(Navigator.prototype, 'storage', { get: () => manager, configurable: true });
}

export const mockStorageManager = (context: BrowserContext, mock: StorageManagerMock) =>
  context.addInitScript(replaceStorageManager, [mock, callsKey] as const);

/** How often the page's tab asked the browser to keep its storage. */
export const persistCalls = (page: Page): Promise<number> =>
  page.evaluate((key) => Number(sessionStorage.getItem(key) ?? 0), callsKey);
