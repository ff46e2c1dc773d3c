/**
 * Requests that come as a Request: `client.raw` (openapi-fetch builds a Request and hands it to a fetch
 * function) and code that holds one. `requestFetch(send)` is that fetch function over the transport's `send`.
 *
 * The body is read once, into bytes, and the request goes on as plain values: every attempt sends those
 * bytes again, so an idempotent request can be retried without a clone kept per attempt (which would tee the
 * body) or a Request copied per attempt.
 */
import { idempotentMethod } from "./middleware/retry";
import type { FetchFunction, Send } from "./transport";

/** A fetch function over `send`. Its response answers `json()` and `text()` from the body already read. */
export function requestFetch(send: Send): FetchFunction {
  return async (request) => {
    const { method, url, credentials, mode, cache, redirect, keepalive } = request;
    const headers = Object.fromEntries(request.headers);
    // Read as bytes whatever the method: `request.body` (the stream) is missing in Firefox.
    const bytes = await request.arrayBuffer();
    const { response, text, data } = await send({
      method,
      url,
      headers,
      body: bytes.byteLength > 0 ? bytes : undefined,
      signal: request.signal,
      repeatable: idempotentMethod.test(method) || "idempotency-key" in headers,
      init: { credentials, mode, cache, redirect, keepalive },
    });
    // Own json() and text() over the prototype's: cheaper than building a new Response, no second parse.
    return response.bodyUsed
      ? Object.assign(response, { json: () => Promise.resolve(data), text: () => Promise.resolve(text) })
      : response;
  };
}
