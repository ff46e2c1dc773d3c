/**
 * The `x-resource-template-version` header the partner API requires on every call. Not on `/.well-known/`
 * (the JWKS is served without it, so that generic JWT libraries can fetch it, and a browser needs no CORS
 * preflight for it).
 */
import type { Middleware } from "openapi-fetch";

export function templateVersion(version: string): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      if (!schemaPath.startsWith("/.well-known/") && !request.headers.has("x-resource-template-version")) {
        request.headers.set("x-resource-template-version", version);
      }
      return undefined;
    },
  };
}
