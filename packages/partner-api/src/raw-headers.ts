/**
 * The client's headers on `client.raw` calls: one openapi-fetch middleware that sets each header of
 * client-headers.ts the call did not set itself (a call may bring its own `authorization` or `x-request-id`).
 * It runs once per call, before the transport's attempts, so a retry repeats the same request id.
 */
import type { Middleware } from "openapi-fetch";
import type { ClientHeaders } from "./client-headers";

export function rawHeaders(headersFor: ClientHeaders): Middleware {
  return {
    async onRequest({ request, schemaPath }) {
      const given = request.headers;
      const headers = await headersFor(schemaPath, schemaPath, given.has("authorization"));
      for (const name in headers) if (!given.has(name)) given.set(name, headers[name] as string);
      return undefined;
    },
  };
}
