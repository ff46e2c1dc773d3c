/**
 * The client's headers on `client.raw` calls: one openapi-fetch middleware that sets each header of
 * client-headers.ts the call did not set itself (a call may bring its own `authorization` or `x-request-id`).
 * It runs once per call, before the transport's attempts, so a retry repeats the same request id.
 */
import type { Middleware } from "openapi-fetch";
import type { ClientHeaders } from "./client-headers";
import type { Route } from "./operation";

/** `routes`: the named methods' table, whose flags say each path's auth (a path it lacks gets the agent's). */
export function rawHeaders(headersFor: ClientHeaders, routes: Record<string, Route>): Middleware {
  const flags: Record<string, number> = {};
  for (const [, path, routeFlags] of Object.values(routes)) flags[path] = routeFlags;
  return {
    async onRequest({ request, schemaPath }) {
      const given = request.headers;
      const headers = await headersFor(flags[schemaPath] ?? 0, schemaPath, given.has("authorization"));
      for (const name in headers) if (!given.has(name)) given.set(name, headers[name] as string);
      return undefined;
    },
  };
}
