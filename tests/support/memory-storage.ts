import { afterEach, beforeEach } from 'vitest';
import { onNotice } from '../../src/stores/storage';

/** A localStorage stand-in for unit tests of the stores (the unit tests run in Node). */
export class MemoryStorage {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, String(v));
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

/**
 * Gives every test of the file a fresh MemoryStorage as `localStorage` and collects the notices
 * the stores raise. Read `env.storage` and `env.notices` inside the tests (they are new each test).
 */
export function withMemoryStorage(): { storage: MemoryStorage; notices: string[] } {
  const env = { storage: new MemoryStorage(), notices: [] as string[] };
  let stop: () => void = () => undefined;
  beforeEach(() => {
    env.storage = new MemoryStorage();
    (globalThis as { localStorage?: unknown }).localStorage = env.storage;
    env.notices = [];
    stop = onNotice((m) => env.notices.push(m));
  });
  afterEach(() => {
    stop();
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });
  return env;
}
