/**
 * The Request class openapi-fetch builds its requests with: it remembers the init (method, body, signal),
 * so that the transport can send the request, and send it again on a retry, straight from that init.
 *
 * Why: in Node (undici) a Request given to fetch is copied, and a body-carrying one is re-streamed; a copy
 * per attempt (or a clone kept in case of a retry, which tees the body) costs a good share of a loopback
 * round trip (see bench/clients). Sending `fetch(url, init)` costs what a bare fetch costs.
 */

const inits = new WeakMap<Request, RequestInit>();

export class TrackedRequest extends Request {
  constructor(input: RequestInfo | URL, init: RequestInit = {}) {
    super(input, init);
    inits.set(this, init);
  }
}

/** The init a TrackedRequest was built with; undefined for any other request (a middleware may swap it). */
export function initOf(request: Request): RequestInit | undefined {
  return inits.get(request);
}
