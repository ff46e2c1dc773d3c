/** `createPartnerClient`: the typed partner API client. */

import { createRedactor, createSafeLogger, type Logger } from "@ccaas/types";
import createClient, { type Client } from "openapi-fetch";
import { clientHeaders } from "./client-headers";
import { errorDetails } from "./error-details";
import type { AccessTokenSource } from "./middleware/agent-auth";
import { basicAuthorization } from "./middleware/basic-auth";
import { type RetryOptions, resolveRetry } from "./middleware/retry";
import { clientProduct } from "./middleware/user-agent";
import { createOperations } from "./operation";
import { type PartnerOperations, partnerRoutes } from "./operations";
import { rawHeaders } from "./raw-headers";
import { createTransport, type FetchFunction } from "./transport";
import type { PartnerClientPaths } from "./types";
import {
  invalidArgument,
  optionalFunction,
  optionalString,
  requireDuration,
  requireHttpUrl,
  requireString,
} from "./validate";

export interface PartnerClientOptions {
  /** The platform's URL, e.g. `https://api.ccaas.dev`, or the sandbox's `http://127.0.0.1:4700`. */
  baseUrl: string;
  /** Sent as `x-resource-template-version` on every call (the seed's `{{template-version}}`). */
  templateVersion: string;
  /** Your partner id; filled into every `/partners/{partnerId}/...` path you do not fill yourself. */
  partnerId?: string;
  /**
   * Partner credentials for `/partners/...` (Basic auth). Keep them on a server, never in a browser. A client
   * without them (and without accessToken) can still call loginAgent and getJwks.
   */
  clientId?: string;
  clientSecret?: string;
  /**
   * The agent's JWT for the `/api/v2/...` endpoints, or a function returning a current one (called for every
   * request, so it can refresh). This is what a browser softphone uses instead of partner secrets.
   */
  accessToken?: AccessTokenSource;
  /** A fetch to use instead of `globalThis.fetch` (looked up at each request, so test interceptors work). */
  fetch?: FetchFunction;
  /** Time limit of each attempt in milliseconds. Default 30 000; 0 turns it off. */
  timeoutMs?: number;
  /** Retry policy for idempotent requests, or `false` for none. */
  retry?: RetryOptions | false;
  /** Where diagnostics go (`console` works). Silent by default; secrets are redacted from every line. */
  logger?: Partial<Logger>;
}

export interface PartnerClient extends PartnerOperations {
  /** The partner id the client fills into `/partners/{partnerId}/...` paths, when it was given one. */
  readonly partnerId: string | undefined;
  /**
   * An openapi-fetch client of the same API, with the same auth, retries and errors, for calls by
   * path: `client.raw.GET("/partners/{partnerId}/voiceproviders")`. Errors throw, so `data` is set on return.
   */
  readonly raw: Client<PartnerClientPaths, "application/json">;
}

const context = "createPartnerClient";

/**
 * Creates a partner API client. Options are checked here, before any request: a bad one throws a
 * ValidationError naming it.
 *
 * @example
 * const client = createPartnerClient({ baseUrl, partnerId, clientId, clientSecret, templateVersion: "1" });
 * const { id } = await client.createVoiceProvider({ name: "acme-voice", ...urls });
 */
export function createPartnerClient(options: PartnerClientOptions): PartnerClient {
  if (typeof options !== "object" || options === null) {
    invalidArgument("options", "must be an object.", context);
  }
  const baseUrl = requireHttpUrl(options.baseUrl, "baseUrl", context);
  const version = requireString(options.templateVersion, "templateVersion", context);
  const partnerId = optionalString(options.partnerId, "partnerId", context);
  const clientId = optionalString(options.clientId, "clientId", context);
  const clientSecret = optionalString(options.clientSecret, "clientSecret", context);
  if ((clientId === undefined) !== (clientSecret === undefined)) {
    invalidArgument(
      clientId === undefined ? "clientId" : "clientSecret",
      "is required with the other one.",
      context,
    );
  }
  if (clientId?.includes(":")) invalidArgument("clientId", "must not contain ':' (RFC 7617).", context);
  const { accessToken } = options;
  if (accessToken !== undefined && typeof accessToken !== "function") {
    requireString(accessToken, "accessToken", context);
  }
  const userFetch = optionalFunction(options.fetch, "fetch", context);
  const timeoutMs = requireDuration(options.timeoutMs ?? 30_000, "timeoutMs", context);
  const retry = resolveRetry(options.retry, context);

  const authorization =
    clientId === undefined ? undefined : basicAuthorization(clientId, clientSecret as string);
  // Agent passwords and tokens join the set as loginAgent and the requests see them.
  const secrets = new Set([
    clientSecret,
    authorization?.slice(6),
    typeof accessToken === "string" ? accessToken : undefined,
  ]);
  const redact = createRedactor(() => secrets);
  const transport = createTransport({
    fetch: userFetch,
    service: "partner API",
    timeoutMs,
    retry,
    logger: createSafeLogger(options.logger, redact),
    redact,
    errorDetails,
  });
  const headers = clientHeaders({
    templateVersion: version,
    authorization,
    accessToken,
    product: clientProduct("ccaas-partner-api", __PACKAGE_VERSION__),
    onToken: (token) => secrets.add(token),
  });

  // client.raw: openapi-fetch, with the same headers and transport. A path parameter a call leaves out stays
  // `{partnerId}` in the URL openapi-fetch builds: the client's partnerId goes there.
  const filled = partnerId && `/partners/${encodeURIComponent(partnerId)}/`;
  class PartnerRequest extends Request {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(
        filled && typeof input === "string" ? input.replace("/partners/{partnerId}/", filled) : input,
        init,
      );
    }
  }
  const raw = createClient<PartnerClientPaths, "application/json">({
    baseUrl,
    fetch: transport.fetch,
    Request: PartnerRequest,
  });
  raw.use(rawHeaders(headers, partnerRoutes));

  const operations = createOperations(partnerRoutes, {
    baseUrl,
    partnerId,
    headers,
    send: transport.send,
  }) as unknown as PartnerOperations;
  const { loginAgent } = operations;
  operations.loginAgent = async (body, requestOptions) => {
    secrets.add(body?.password);
    const result = await loginAgent(body, requestOptions);
    secrets.add(result.access_token);
    return result;
  };
  return { ...operations, partnerId, raw };
}
