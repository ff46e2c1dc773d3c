import type { StateStore } from "./state-store";

export interface InMemoryStateStoreOptions {
  /** Milliseconds since the epoch; inject a clock in tests. Default `Date.now`. */
  now?: () => number;
}

/** A `StateStore` in this process's memory: the default, right for one instance. Expired keys are swept lazily. */
export interface InMemoryStateStore extends StateStore {
  /** Keys currently held (expired ones included until the next sweep). */
  readonly size: number;
}

/** Sweep at most this often. */
const sweepEveryMs = 1_000;

export function createInMemoryStateStore(options: InMemoryStateStoreOptions = {}): InMemoryStateStore {
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order; every write re-inserts its key, so the oldest writes come first and a
  // sweep can stop at the first live entry instead of scanning every key each second (O(expired), not O(n)).
  // An entry with a shorter time to live behind a live one waits for a later sweep, or goes when read.
  const entries = new Map<string, { value: string; expiresAt: number }>();
  let nextSweep = now() + sweepEveryMs;

  function sweep(time: number): void {
    if (time < nextSweep) return;
    nextSweep = time + sweepEveryMs;
    for (const [key, entry] of entries) {
      if (entry.expiresAt > time) break;
      entries.delete(key);
    }
  }

  function write(key: string, value: string, expiresAt: number): void {
    entries.delete(key);
    entries.set(key, { value, expiresAt });
  }

  function live(key: string, time: number): string | undefined {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= time) {
      entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  return {
    get size() {
      return entries.size;
    },
    async setIfAbsent(key, value, ttlMs) {
      const time = now();
      sweep(time);
      if (live(key, time) !== undefined) return false;
      // `live` removed an expired entry: the key is absent.
      entries.set(key, { value, expiresAt: time + ttlMs });
      return true;
    },
    async get(key) {
      return live(key, now());
    },
    async set(key, value, ttlMs) {
      const time = now();
      sweep(time);
      write(key, value, time + ttlMs);
    },
    async delete(key) {
      entries.delete(key);
    },
    async close() {
      entries.clear();
    },
  };
}
