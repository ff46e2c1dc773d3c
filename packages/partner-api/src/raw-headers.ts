/**
 * The client's headers on `client.raw` calls: one openapi-fetch middleware that sets each header of
 * client-headers.ts the call did not set itself (a call may bring its own `authorization` or `x-request-id`).
 * It runs once per call, before the transport's attempts, so a retry repeats the same request id.
 */
import type { Middleware } from "openapi-fetch";
import { type ClientHeaders, JWKS, PARTNER, PUBLIC } from "./client-headers";

/** The flags of a path template: partner resources, sign-in, the JWKS, or an agent route. */
const flagsOf = (schemaPath: string) =>
  schemaPath.startsWith("/partners/")
    ? PARTNER
    : schemaPath === "/api/v2/agents/login"
      ? PUBLIC
      : schemaPath.startsWith("/.well-known/")
        ? JWKS
        : 0;

export function rawHeaders(headersFor: ClientHeaders): Middleware {
  return {
    async onRequest({ request, schemaPath }) {
      const given = request.headers;
      const headers = await headersFor(flagsOf(schemaPath), schemaPath, given.has("authorization"));
      for (const name in headers) if (!given.has(name)) given.set(name, headers[name] as string);
      return undefined;
    },
  };
}
