/** `Authorization: Basic` for the partner resources (`/partners/...`), per RFC 7617. */
import type { Middleware } from "openapi-fetch";
import { invalidArgument } from "../validate";

/**
 * `Basic base64(clientId:clientSecret)`. The credentials are UTF-8 encoded first (RFC 7617's `charset=UTF-8`),
 * because `btoa` alone only takes Latin-1 and would throw on anything else.
 */
export function basicAuthorization(clientId: string, clientSecret: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(`${clientId}:${clientSecret}`))
    binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/** Partner resources live under `/partners/`; everything else is agent-facing. */
export const isPartnerRoute = (schemaPath: string): boolean => schemaPath.startsWith("/partners/");

/** Adds the Basic header on partner routes; fails before sending when the client has no partner secrets. */
export function basicAuth(authorization: string | undefined): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      if (isPartnerRoute(schemaPath) && !request.headers.has("authorization")) {
        // Partner secrets belong on a server; a browser uses accessToken with the /api/v2 endpoints.
        if (authorization === undefined)
          invalidArgument("clientId", "and clientSecret are required.", schemaPath);
        request.headers.set("authorization", authorization);
      }
      return undefined;
    },
  };
}
