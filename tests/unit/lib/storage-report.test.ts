import { describe, expect, it } from 'vitest';
import { byteSize, reportStorage } from '../../../src/lib/storage-report';

const fails = () => Promise.reject(new Error('no'));

describe('what the browser says about the storage', () => {
  it('is whether it keeps it, and the space used of the space allowed', async () => {
    await expect(
      reportStorage({
        persisted: async () => true,
        estimate: async () => ({ usage: 2_100_000, quota: 3e8 }),
      }),
    ).resolves.toEqual({ persisted: true, space: { usage: 2_100_000, quota: 3e8 } });
    await expect(reportStorage({ persisted: async () => false })).resolves.toEqual({
      persisted: false,
      space: null,
    });
  });

  it.each([
    ['no navigator.storage', undefined],
    ['no methods', {}],
    ['methods that throw', { persisted: fails, estimate: fails }],
    ['an estimate without figures', { persisted: async () => 'ja', estimate: async () => ({}) }],
    ['an estimate of nonsense', { estimate: async () => ({ usage: -1, quota: Number.NaN }) }],
    ['a quota of nothing', { estimate: async () => ({ usage: 0, quota: 0 }) }],
  ])('says nothing it does not know, with %s', async (_, manager) => {
    await expect(reportStorage(manager as never)).resolves.toEqual({ persisted: null, space: null });
  });
});

describe('byteSize', () => {
  it.each([
    // Shaped like other tables of cases (scale-position.test.ts): each lists its own function's cases.
    [0, 'nl', '0 byte'],
    [999, 'nl', '999 byte'],
    [12_345, 'nl', '12,3 kB'],
    [2_100_000, 'nl', '2,1 MB'],
    [2_100_000, 'en', '2.1 MB'],
    [299_034_845_184, 'nl', '299 GB'],
    [3e15, 'en', '3,000 TB'],
  ])('writes %i bytes in %s as %s', (bytes, lang, text) => {
    expect(byteSize(bytes, lang)).toBe(text);
  });
});
