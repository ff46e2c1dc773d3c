/**
 * Sends requests: retries, the time limit of each attempt, and the error model. Two ways in:
 *
 * - `send(exchange)`: a request as plain values (method, URL, a header record, a string body). The named
 *   methods of every client use it: each attempt is one `fetch(url, init)`, which costs what a bare fetch
 *   costs (no Request built, no Headers object, no clone for a retry: the body is a string, sent again as is).
 * - `fetch(request)`: the fetch function handed to openapi-fetch (`client.raw`) and to code that has a Request.
 *   A request built by openapi-fetch with `Request` (see tracked-request.ts) is sent from its recorded init,
 *   so it can be retried; any other Request is sent once.
 *
 * Why a fetch wrapper and not openapi-fetch middleware: middleware can rewrite a request or a response but
 * cannot send a request again, and retrying needs exactly that.
 */

import type { SafeLogger } from "@ccaas/types";
import { ApiError, type ApiErrorOptions } from "@ccaas/types";
import {
  type ErrorContext,
  type ErrorDetails,
  fetchFailure,
  labelOf,
  type Reply,
  readSuccess,
  responseError,
} from "./middleware/errors";
import {
  isIdempotentRequest,
  isRetryableError,
  type ResolvedRetry,
  retryDelay,
  sleep,
} from "./middleware/retry";
import { AttemptLimit } from "./middleware/timeout";
import { initOf, TrackedRequest } from "./tracked-request";

export type FetchFunction = (request: Request) => Promise<Response>;

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
  headers: Record<string, string> | Headers;
  body?: BodyInit | null | undefined;
  /** The caller's signal: its abort ends the call (and any wait) with its reason. */
  signal?: AbortSignal | null | undefined;
  /** True when sending it twice cannot do something twice: only then is it retried. */
  repeatable: boolean;
}

export interface Transport {
  /** Sends a request given as plain values; resolves to the response with its body read and parsed. */
  send(exchange: Exchange): Promise<Reply>;
  /** Give to openapi-fetch as `fetch`. Resolves to a response whose `json()` and `text()` answer at once. */
  fetch: FetchFunction;
  /** Give to openapi-fetch as `Request`: the transport sends its requests from their recorded init. */
  Request: typeof Request;
}

const never = new AbortController().signal;

export function createTransport(options: TransportOptions): Transport {
  const { logger, timeoutMs, retry } = options;
  const userFetch = options.fetch;
  const context: ErrorContext = {
    service: options.service,
    redact: options.redact,
    errorDetails: options.errorDetails,
    createApiError:
      options.createApiError ?? ((message, errorOptions) => new ApiError(message, errorOptions)),
    now: options.now ?? Date.now,
  };

  /** Sends `exchange` (or `original`, a Request that cannot be sent twice), attempt after attempt. */
  async function attempts(exchange: Exchange, original?: Request): Promise<Reply> {
    const { method, url, headers, body } = exchange;
    const caller = exchange.signal;
    const maxAttempts = exchange.repeatable ? retry.maxAttempts : 1;
    for (let number = 1; ; number += 1) {
      const limit = timeoutMs > 0 ? new AttemptLimit(caller, timeoutMs) : undefined;
      const signal = limit ? limit.signal : caller;
      const started = logger.debug && context.now();
      logger.debug?.(`-> ${labelOf(context, exchange)}${number > 1 ? ` (attempt ${number})` : ""}`);
      try {
        let response: Response;
        if (original) {
          const sent = limit ? new Request(original, { signal: limit.signal }) : original;
          response = await (userFetch ?? fetch)(sent);
        } else {
          const init: RequestInit = { method, headers, body: body ?? null, signal: signal ?? null };
          response = await (userFetch ? userFetch(new Request(url, init)) : fetch(url, init));
        }
        logger.debug?.(
          `<- ${response.status} ${labelOf(context, exchange)} in ${context.now() - (started as number)} ms`,
        );
        if (!response.ok) {
          const requestId =
            headers instanceof Headers ? headers.get("x-request-id") : headers["x-request-id"];
          throw await responseError(response, exchange, requestId, context);
        }
        return await readSuccess(response, exchange, context);
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
        await sleep(delay, caller ?? never);
      } finally {
        limit?.done();
      }
    }
  }

  async function fetchRequest(request: Request): Promise<Response> {
    const init = initOf(request);
    const exchange: Exchange = {
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: init?.body,
      signal: init ? init.signal : request.signal,
      // Only a recorded request can be sent again (its body is in the init).
      repeatable: init !== undefined && isIdempotentRequest(request),
    };
    const { response, text, data } = await attempts(exchange, init ? undefined : request);
    if (!response.bodyUsed) return response;
    // The body is read; the response answers json() and text() from what was read. Cheaper than building
    // a new Response, and the parse is not repeated.
    return Object.defineProperties(response, {
      json: { value: () => Promise.resolve(data) },
      text: { value: () => Promise.resolve(text) },
    });
  }

  return { send: (exchange) => attempts(exchange), fetch: fetchRequest, Request: TrackedRequest };
}
