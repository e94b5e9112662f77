import type { StorageLike } from '../../../src/lib/answer-store';

/** A Storage stand-in: a Map, with switches for the ways real storage fails. */
export class FakeStorage implements StorageLike {
  items = new Map<string, string>();
  /** Throws when touched at all, as in some private modes. */
  blocked = false;
  /** How many characters it holds before it refuses a write as full (0: every write). */
  quota = Infinity;
  getItem(key: string) {
    if (this.blocked) throw new DOMException('blocked', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.blocked) throw new DOMException('blocked', 'SecurityError');
    const used = [...this.items].reduce((sum, [k, v]) => sum + (k === key ? 0 : v.length), 0);
    if (used + value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}
