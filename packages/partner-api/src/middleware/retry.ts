/**
 * Retry policy: exponential backoff with full jitter, `Retry-After` honoured, bounded attempts. Only requests
 * that are safe to send twice are retried: GET, HEAD, PUT, DELETE and OPTIONS, and a POST or PATCH that carries
 * an `Idempotency-Key` (the server then answers a repeat with the first response).
 */
import { ApiError, CcaasError } from "@ccaas/types";
import { invalidArgument } from "../validate";

/** The retry policy a client takes (`retry` option). */
export interface RetryOptions {
  /** Attempts in all, the first included. Default 3; 1 turns retries off. */
  maxAttempts?: number;
  /** Backoff ceiling of the first retry, doubled on each one after. Default 250 ms. */
  baseDelayMs?: number;
  /** Largest backoff ceiling. Default 5 000 ms. */
  maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for: the error is thrown, with `retryAfterMs` set. Default 30 000 ms. */
  maxRetryAfterMs?: number;
}

/** The policy with every default filled in. */
export type ResolvedRetry = Required<RetryOptions>;

const defaults: ResolvedRetry = {
  maxAttempts: 3,
  baseDelayMs: 250,
  maxDelayMs: 5_000,
  maxRetryAfterMs: 30_000,
};

/** Checks a `retry` option (a ValidationError naming the field) and fills in the defaults. */
export function resolveRetry(options: RetryOptions | false | undefined, context: string): ResolvedRetry {
  const resolved = { ...defaults, ...(options === false ? { maxAttempts: 1 } : options) };
  for (const [key, value] of Object.entries(resolved)) {
    if (typeof value !== "number" || !(value >= (key === "maxAttempts" ? 1 : 0)) || value === Infinity) {
      invalidArgument(`retry.${key}`, `must be a number, ${key === "maxAttempts" ? 1 : 0} or more.`, context);
    }
  }
  resolved.maxAttempts = Math.floor(resolved.maxAttempts);
  return resolved;
}

/** The methods that cannot do something twice when sent twice. */
export const idempotentMethod = /^(GET|HEAD|PUT|DELETE|OPTIONS)$/;

/**
 * Network failures, timeouts and the retryable statuses (408, 425, 429, 500, 502, 503, 504): the SDK errors
 * whose `isRetryable` says so (an ApiError, NetworkError or TimeoutError; a ValidationError never is).
 */
export function isRetryableError(error: unknown): boolean {
  return CcaasError.isInstance(error) && (error as { isRetryable?: boolean }).isRetryable === true;
}

/**
 * How long to wait before attempt `attempt + 1`, or `undefined` when the server asked for longer than
 * `maxRetryAfterMs`. Full jitter (a uniform pick in [0, ceiling]) spreads clients that failed together.
 */
export function retryDelay(
  attempt: number,
  error: unknown,
  policy: ResolvedRetry,
  random: () => number = Math.random,
): number | undefined {
  const asked = ApiError.isInstance(error) ? error.retryAfterMs : undefined;
  if (asked !== undefined) return asked > policy.maxRetryAfterMs ? undefined : asked;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}

/** `Retry-After` in milliseconds: delta-seconds or an HTTP-date (RFC 9110 section 10.2.3). */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
