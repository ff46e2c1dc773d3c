/**
 * Sends requests: retries, the time limit of each attempt, and the error model. A request comes as plain
 * values (method, URL, a header record, a string body): each attempt is one `fetch(url, init)`, which costs
 * what a bare fetch costs (no Request built, no Headers object, no clone kept for a retry: the body is a
 * string, sent again as it is). `client.raw` and code that holds a Request come in through request-fetch.ts.
 */

import type { SafeLogger } from "@ccaas/types";
import { ApiError, type ApiErrorOptions } from "@ccaas/types";
import {
  type ErrorContext,
  type ErrorDetails,
  fetchFailure,
  labelOf,
  type Reply,
  responseError,
  successReply,
} from "./middleware/errors";
import { isRetryableError, type ResolvedRetry, retryDelay, sleep } from "./middleware/retry";
import { AttemptLimit } from "./middleware/timeout";
import { requestFetch } from "./request-fetch";

/** A fetch that takes a Request: what a client's `fetch` option is. */
export type FetchFunction = (request: Request) => Promise<Response>;

/** What a client gives its transport. */
export interface TransportOptions {
  /** The user's fetch; without one, `globalThis.fetch` (looked up per request, so interceptors like msw work). */
  fetch: FetchFunction | undefined;
  /** "partner API", "Voice API": the subject of error messages. */
  service: string;
  /** Limit of each attempt in milliseconds; 0 for none. */
  timeoutMs: number;
  retry: ResolvedRetry;
  logger: SafeLogger;
  redact: (text: string) => string;
  errorDetails: (body: unknown) => ErrorDetails;
  /** Builds API errors, so a client can return its own subclass for a code it knows. */
  createApiError?: (message: string, options: ApiErrorOptions) => ApiError;
  /** For tests: the jitter source and the clock. */
  random?: () => number;
  now?: () => number;
}

/** One request as plain values. */
export interface Exchange {
  method: string;
  /** Absolute URL. */
  url: string;
  /** Lower-case names. `x-request-id`, when set, is quoted in errors. */
  headers: Record<string, string>;
  body?: BodyInit | null | undefined;
  /** The caller's signal: its abort ends the call (and any wait) with its reason. */
  signal?: AbortSignal | null | undefined;
  /** True when sending it twice cannot do something twice: only then is it retried. */
  repeatable: boolean;
  /** Other fetch options (credentials, mode, cache...), when the request came as a Request. */
  init?: RequestInit;
}

/** Sends a request given as plain values; resolves to the response with its body read and parsed. */
export type Send = (exchange: Exchange) => Promise<Reply>;

/** A transport for requests as plain values and as Requests. */
export interface Transport {
  send: Send;
  /** The same for a Request (give it to openapi-fetch as `fetch`): see request-fetch.ts. */
  fetch: FetchFunction;
}

/** `send`, and `fetch` over it for openapi-fetch and code that holds a Request. */
export function createTransport(options: TransportOptions): Transport {
  const send = createSend(options);
  return { send, fetch: requestFetch(send) };
}

/** The transport's `send` alone: what clients whose calls are all plain values need (no Request path). */
export function createSend(options: TransportOptions): Send {
  const { logger, timeoutMs, retry } = options;
  const userFetch = options.fetch;
  // The options are the errors' context; the defaults fill in what a client left out.
  const context: ErrorContext = {
    now: Date.now,
    createApiError: (message, errorOptions) => new ApiError(message, errorOptions),
    ...options,
  };

  return async (exchange) => {
    const { method, url, headers, body } = exchange;
    const caller = exchange.signal;
    const maxAttempts = exchange.repeatable ? retry.maxAttempts : 1;
    for (let number = 1; ; number += 1) {
      const limit = timeoutMs > 0 ? new AttemptLimit(caller, timeoutMs) : undefined;
      const signal = limit ? limit.signal : caller;
      const started = logger.debug && context.now();
      logger.debug?.(`-> ${labelOf(context, exchange)}${number > 1 ? ` (attempt ${number})` : ""}`);
      try {
        const init: RequestInit = { method, headers, body: body ?? null, signal: signal ?? null };
        // Not spread into the literal: the named methods' path keeps its one cheap object shape.
        if (exchange.init) Object.assign(init, exchange.init);
        const response = await (userFetch ? userFetch(new Request(url, init)) : fetch(url, init));
        logger.debug?.(
          `<- ${response.status} ${labelOf(context, exchange)} in ${context.now() - (started as number)} ms`,
        );
        if (!response.ok) {
          throw await responseError(response, exchange, context);
        }
        // Read within the attempt (and its time limit): a reset mid-body is a NetworkError, and may be retried.
        const { status } = response;
        const bodyless = status === 204 || status === 205 || status === 304 || method === "HEAD";
        return successReply(response, bodyless ? "" : await response.text(), exchange, context);
      } catch (caught) {
        const error = fetchFailure(
          caught,
          exchange,
          caller,
          limit?.timedOut ? timeoutMs : undefined,
          context,
        );
        if (number >= maxAttempts || caller?.aborted || !isRetryableError(error)) throw error;
        const delay = retryDelay(number, error, retry, options.random);
        if (delay === undefined) throw error;
        logger.warn?.(
          `${labelOf(context, exchange)} failed (${(error as Error).message}); retry ${number} of ${maxAttempts - 1} in ${delay} ms`,
        );
        await sleep(delay, caller);
      } finally {
        limit?.done();
      }
    }
  };
}
