/**
 * Faults the sandbox does not produce (rate limits, outages, echoing servers, races), layered on top of it as
 * per-test msw overrides: `server.use(...)` puts them first, and `server.resetHandlers()` after each test
 * takes them away.
 */
import { HttpResponse, http } from "msw";
import type { SetupServer } from "msw/node";

export const rateLimited = () =>
  HttpResponse.json(
    { code: "rate_limited", message: "Too many requests. Retry after 1 second." },
    { status: 429, headers: { "retry-after": "1" } },
  );

export const unavailable = () =>
  HttpResponse.json({ code: "internal_error", message: "Try later." }, { status: 503 });

/**
 * Answers the first requests to `method url` with `faults`, one each, in order; once they run out, the
 * requests fall through to the sandbox. With `repeat`, the last fault answers every later request instead.
 * Returns every request the override saw (cloned, so the sandbox can still read the body).
 */
export function injectFaults(
  server: SetupServer,
  method: "get" | "post" | "patch" | "delete",
  url: string,
  faults: Array<() => Response>,
  options: { repeat?: boolean } = {},
): Request[] {
  const seen: Request[] = [];
  server.use(
    http[method](url, ({ request }) => {
      seen.push(request.clone());
      const index = options.repeat ? Math.min(seen.length, faults.length) - 1 : seen.length - 1;
      // Nothing returned: msw moves on to the next handler, the sandbox.
      return faults[index]?.();
    }),
  );
  return seen;
}
