/**
 * What the kit's routes read from a request, the same whether it came as a web `Request` (`adapter.fetch`, any
 * runtime) or as Node's `IncomingMessage` (`serve`, which skips building a web Request for the kit's own routes).
 */
import { readBody } from "./request-body";

export interface AdapterRequest {
  /** A header's value (duplicates joined with ", " as web `Headers` does), or `null` when absent. */
  header(name: string): string | null;
  /** The raw body bytes, refused past `maxBytes` (413). */
  readBody(maxBytes: number): Promise<Uint8Array>;
}

/** The kit's view of a web `Request`. */
export function fromWebRequest(request: Request): AdapterRequest {
  return {
    header: (name) => request.headers.get(name),
    readBody: (maxBytes) => readBody(request, maxBytes),
  };
}
