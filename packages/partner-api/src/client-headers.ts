/**
 * The headers a partner API call carries, decided by its route's flags (see operation.ts and raw-headers.ts):
 *
 * - `x-resource-template-version` on every call but the JWKS (served without it, so that generic JWT
 *   libraries can fetch it, and a browser needs no CORS preflight for it);
 * - `authorization`: Basic (RFC 7617) on the partner resources under `/partners/`, nothing on sign-in and the
 *   JWKS (`security: []`), the agent's Bearer token everywhere else;
 * - a new `x-request-id`, and the SDK's name (`user-agent`, or `x-ccaas-client` in a browser).
 *
 * A plain record, built once per call: the named methods send it as it is, `client.raw` copies it into
 * openapi-fetch's Request.
 */
import type { AccessTokenSource } from "./middleware/agent-auth";
import { newRequestId } from "./middleware/request-id";
import { productHeader } from "./middleware/user-agent";
import { invalidArgument } from "./validate";

/** What the headers are made of, fixed per client. */
export interface ClientHeadersOptions {
  templateVersion: string;
  /** `Basic ...`, when the client has partner secrets. */
  authorization?: string | undefined;
  accessToken?: AccessTokenSource | undefined;
  /** `ccaas-partner-api/1.2.3 node/24.1.0`. */
  product: string;
  /** Learns every agent token sent, so that redaction covers it. */
  onToken: (token: string) => void;
}

/** Route flag: no credentials (`security: []`: signing in). */
export const PUBLIC = 4;
/** Route flag: no credentials and no template version (the JWKS). */
export const JWKS = 8;
/** Route flag: Basic auth with the partner secrets (`/partners/...`). */
export const PARTNER = 16;

/**
 * The headers of one call to a route with `flags` (`where` names the operation in errors). With
 * `hasAuthorization`, the call brings its own `authorization` header. Synchronous unless the token comes
 * from an async function.
 */
export type ClientHeaders = (
  flags: number,
  where: string,
  hasAuthorization?: boolean,
) => Record<string, string> | Promise<Record<string, string>>;

/** The client's header builder: the static part made once, a request id and the auth added per call. */
export function clientHeaders(options: ClientHeadersOptions): ClientHeaders {
  const { templateVersion, authorization, accessToken, product, onToken } = options;
  return (flags, where, hasAuthorization) => {
    const headers: Record<string, string> = { [productHeader]: product, "x-request-id": newRequestId() };
    if (!(flags & JWKS)) headers["x-resource-template-version"] = templateVersion;
    if (hasAuthorization || flags & (PUBLIC | JWKS)) return headers;
    if (flags & PARTNER) {
      // Partner secrets belong on a server; a browser uses accessToken with the /api/v2 endpoints.
      if (authorization === undefined) invalidArgument("clientId", "and clientSecret are required.", where);
      headers.authorization = authorization;
      return headers;
    }
    const bearer = (token: unknown) => {
      if (typeof token !== "string" || token === "") {
        invalidArgument("accessToken", "(the agent's token, or a function returning it) is required.", where);
      }
      onToken(token);
      headers.authorization = `Bearer ${token}`;
      return headers;
    };
    const token = typeof accessToken === "function" ? accessToken() : accessToken;
    return typeof token === "string" ? bearer(token) : Promise.resolve(token).then(bearer);
  };
}
