/**
 * Requests that come as a Request: `client.raw` (openapi-fetch builds a Request and hands it to a fetch
 * function) and code that holds one. `requestFetch(send)` is that fetch function over the transport's `send`.
 *
 * openapi-fetch builds its requests with `TrackedRequest`, which remembers the init (method, body, signal):
 * the request is sent, and sent again on a retry, straight from that init. Why: in Node (undici) a Request
 * given to fetch is copied, and a body-carrying one is re-streamed; a copy per attempt (or a clone kept in
 * case of a retry, which tees the body) costs a good share of a loopback round trip (see bench/clients).
 * Any other Request has its body read once and is never retried.
 */
import { idempotentMethod } from "./middleware/retry";
import type { FetchFunction, Send } from "./transport";

const inits = new WeakMap<Request, RequestInit>();

export class TrackedRequest extends Request {
  constructor(input: RequestInfo | URL, init: RequestInit = {}) {
    super(input, init);
    inits.set(this, init);
  }
}

/** A fetch function over `send`, and the Request class whose requests it can retry. */
export function requestFetch(send: Send): { fetch: FetchFunction; Request: typeof Request } {
  async function fetchRequest(request: Request): Promise<Response> {
    const init = inits.get(request);
    const { method, url } = request;
    const headers = Object.fromEntries(request.headers);
    const { response, text, data } = await send({
      method,
      url,
      headers,
      body: init ? init.body : request.body && (await request.arrayBuffer()),
      signal: init ? init.signal : request.signal,
      repeatable: init !== undefined && (idempotentMethod.test(method) || "idempotency-key" in headers),
    });
    if (!response.bodyUsed) return response;
    // The body is read; the response answers json() and text() from what was read. Cheaper than building
    // a new Response, and the parse is not repeated.
    return Object.defineProperties(response, {
      json: { value: () => Promise.resolve(data) },
      text: { value: () => Promise.resolve(text) },
    });
  }
  return { fetch: fetchRequest, Request: TrackedRequest };
}
