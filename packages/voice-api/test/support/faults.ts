/**
 * Faults the sandbox does not produce (outages, HTML pages, malformed answers, slow or echoing servers),
 * layered on top of it as per-test msw overrides: `server.use(...)` puts them first, and
 * `server.resetHandlers()` after each test takes them away.
 */
import { HttpResponse, http } from "msw";
import type { SetupServer } from "msw/node";
import { baseUrl } from "./sandbox";

/** A Voice API error answer: an array of one `{ error, message }`, with any code or status. */
export function voiceError(status: number, error: string, message: string): Response {
  return HttpResponse.json([{ error, message }], { status });
}

/**
 * Answers POST `<Voice API><path>` with what `answer` returns for the request (the number of requests seen so
 * far, this one included, is `hits`); when it returns nothing, the request falls through to the sandbox, so
 * `answer` must not read the body then. Returns how many requests the override saw.
 */
export function overrideVoice(
  server: SetupServer,
  path: "/Login" | "/Call/Server" | "/Call/Create" | "/Call/Status",
  answer: (request: Request, hits: number) => Response | undefined | Promise<Response | undefined>,
): () => number {
  let hits = 0;
  server.use(
    http.post(`${baseUrl}${path}`, ({ request }) => {
      hits += 1;
      return answer(request, hits);
    }),
  );
  return () => hits;
}
