/**
 * Where an adapter keeps what several requests (and several instances) must agree on: idempotency records
 * and the webhook ids already seen. In memory by default; `@ccaas/adapter-kit/redis` shares it between
 * instances. Values are strings (JSON); every key expires.
 *
 * An implementation throws `StateStoreError` when it cannot answer; it never guesses. The adapter then
 * refuses the request instead of acting without its record.
 */
export interface StateStore {
  /** Sets `key` only when it is absent (atomically); true when this call set it. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** The value, or `undefined` when the key is absent or expired. */
  get(key: string): Promise<string | undefined>;
  /** Sets `key`, replacing any value, with a new time to live. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Releases connections; the store is unusable afterwards. */
  close?(): Promise<void>;
}
