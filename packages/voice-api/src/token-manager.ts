/**
 * The Voice API token's lifecycle: logged in lazily on first use; concurrent callers share one login (single
 * flight); renewed before it expires (the seed's 6 hours, or the server's `expires_in` when sooner, minus a
 * margin); dropped when the server rejects it, so the next call logs in again. No timers: renewal happens on
 * the next call after the margin, so an idle client costs nothing and never keeps a process alive.
 */
import type { SafeLogger } from "@ccaas/types";

export interface LoginResult {
  token: string;
  /** Seconds the server says the token lives, when it says. */
  expiresInSeconds?: number | undefined;
}

export interface TokenManagerOptions {
  /** Performs the Login request (never tied to one caller's signal: its result is shared). */
  login: () => Promise<LoginResult>;
  lifetimeMs: number;
  refreshMarginMs: number;
  clock: () => number;
  logger: SafeLogger;
  /** Called with each new token, so redaction covers it. */
  onToken: (token: string) => void;
}

export interface TokenManager {
  /** A valid token, logging in first if there is none or it is about to expire. */
  get(signal?: AbortSignal): Promise<string>;
  /** Forgets `token` if it is still the current one (the server rejected it). */
  invalidate(token: string): void;
}

/** Resolves with `promise`, or rejects with the signal's reason first. The shared promise runs on. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

export function createTokenManager(options: TokenManagerOptions): TokenManager {
  const { clock, logger } = options;
  let current: { token: string; renewAt: number } | undefined;
  let pending: Promise<string> | undefined;

  async function login(): Promise<string> {
    const obtainedAt = clock();
    const result = await options.login();
    const serverMs =
      result.expiresInSeconds === undefined ? Number.POSITIVE_INFINITY : result.expiresInSeconds * 1000;
    const lifetimeMs = Math.min(options.lifetimeMs, serverMs);
    // Never spend more than half the lifetime as margin, or a short-lived token would be renewed on every call.
    const marginMs = Math.min(options.refreshMarginMs, lifetimeMs / 2);
    options.onToken(result.token);
    current = { token: result.token, renewAt: obtainedAt + lifetimeMs - marginMs };
    logger.debug?.(
      `Voice API: logged in; renewing the token in ${Math.round((lifetimeMs - marginMs) / 1000)} s`,
    );
    return result.token;
  }

  return {
    get(signal) {
      if (current !== undefined && clock() < current.renewAt) return Promise.resolve(current.token);
      if (current !== undefined) logger.debug?.("Voice API: the token is about to expire; logging in again");
      current = undefined;
      pending ??= login().finally(() => {
        pending = undefined;
      });
      return abortable(pending, signal);
    },
    invalidate(token) {
      if (current?.token === token) current = undefined;
    },
  };
}
