/**
 * The fetch function handed to openapi-fetch: retries, the time limit, and the error model.
 *
 * Why a fetch wrapper and not openapi-fetch middleware: middleware can rewrite a request or a response but
 * cannot send a request again, and retrying needs exactly that (the request again, a wait in between, a
 * time limit per attempt). Headers (auth, template version, request id, user agent) stay in openapi-fetch
 * middleware, which runs once per call, so a retry repeats the same request id. Each attempt is sent from
 * the init openapi-fetch built the request with (see tracked-request.ts), so the body can be sent twice.
 */

import type { SafeLogger } from "@ccaas/types";
import { ApiError, type ApiErrorOptions } from "@ccaas/types";
import {
  checkedSuccess,
  type ErrorContext,
  type ErrorDetails,
  fetchFailure,
  responseError,
} from "./middleware/errors";
import {
  isIdempotentRequest,
  isRetryableError,
  type ResolvedRetry,
  retryDelay,
  sleep,
} from "./middleware/retry";
import { attemptSignal } from "./middleware/timeout";
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
  /** Which requests may be sent twice. Default: idempotent methods and requests with an Idempotency-Key. */
  isIdempotent?: (request: Request) => boolean;
  /** Builds API errors, so a client can return its own subclass for a code it knows. */
  createApiError?: (message: string, options: ApiErrorOptions) => ApiError;
  /** For tests: the jitter source and the clock. */
  random?: () => number;
  now?: () => number;
}

export interface Transport {
  /** Give to openapi-fetch as `fetch`. */
  fetch: FetchFunction;
  /** Give to openapi-fetch as `Request`: the transport sends its requests from their recorded init. */
  Request: typeof Request;
}

const never = new AbortController().signal;

export function createTransport(options: TransportOptions): Transport {
  const { logger, redact, timeoutMs, retry } = options;
  const now = options.now ?? Date.now;
  const isIdempotent = options.isIdempotent ?? isIdempotentRequest;
  const userFetch = options.fetch;

  /** One attempt: the request as recorded, with this attempt's signal. */
  function dispatch(request: Request, init: RequestInit | undefined, signal: AbortSignal | undefined) {
    if (init === undefined) {
      // Not built by openapi-fetch with our class: send it as it is (with the limit, if there is one).
      const sent = signal === undefined ? request : new Request(request, { signal });
      return userFetch ? userFetch(sent) : globalThis.fetch(sent);
    }
    const attemptInit = { ...init, headers: request.headers, signal: signal ?? null };
    return userFetch
      ? userFetch(new Request(request.url, attemptInit))
      : globalThis.fetch(request.url, attemptInit);
  }

  async function send(request: Request): Promise<Response> {
    const init = initOf(request);
    const caller = (init === undefined ? request.signal : init.signal) ?? undefined;
    const url = request.url;
    const context: ErrorContext = {
      service: options.service,
      // Only built when a message needs it.
      get label() {
        const { pathname, search } = new URL(url);
        return redact(`${request.method} ${pathname}${search}`);
      },
      origin: () => new URL(url).origin,
      redact,
      errorDetails: options.errorDetails,
      createApiError:
        options.createApiError ?? ((message, errorOptions) => new ApiError(message, errorOptions)),
      now,
    };
    // Only a recorded request can be sent again (its body is in the init).
    const maxAttempts =
      init !== undefined && retry.maxAttempts > 1 && isIdempotent(request) ? retry.maxAttempts : 1;
    for (let number = 1; ; number += 1) {
      const limit = attemptSignal(caller, timeoutMs);
      const started = logger.debug && now();
      logger.debug?.(`-> ${context.label}${number > 1 ? ` (attempt ${number})` : ""}`);
      try {
        const response = await dispatch(request, init, limit?.signal);
        logger.debug?.(`<- ${response.status} ${context.label} in ${now() - (started as number)} ms`);
        if (!response.ok) throw await responseError(response, request.headers.get("x-request-id"), context);
        return await checkedSuccess(response, request.method, context);
      } catch (caught) {
        const error = fetchFailure(caught, caller, limit?.timedOut() === true, timeoutMs, context);
        if (number >= maxAttempts || caller?.aborted || !isRetryableError(error)) throw error;
        const delay = retryDelay(number, error, retry, options.random);
        if (delay === undefined) throw error;
        logger.warn?.(
          `${context.label} failed (${(error as Error).message}); retry ${number} of ${maxAttempts - 1} in ${delay} ms`,
        );
        await sleep(delay, caller ?? never);
      }
    }
  }

  return { fetch: send, Request: TrackedRequest };
}
