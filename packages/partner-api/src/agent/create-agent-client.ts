/**
 * `createAgentClient`: the agent-facing part of the partner API (place a call, change a participant) for a
 * browser softphone, without openapi-fetch and the partner-only operations. Same transport as the full client
 * (time limit, retries of idempotent requests, the `ApiError` / `NetworkError` / `TimeoutError` model,
 * redaction), same headers, types from the generated `PartnerApiOperations`.
 */
import { createRedactor, createSafeLogger, type Logger } from "@ccaas/types";
import { clientHeaders } from "../client-headers";
import { errorDetails } from "../error-details";
import type { AccessTokenSource } from "../middleware/agent-auth";
import { type RetryOptions, resolveRetry } from "../middleware/retry";
import { clientProduct } from "../middleware/user-agent";
import { BODY, createOperations, JSON_BODY, KEY } from "../operation";
import { createSend, type FetchFunction } from "../transport";
import type { PartnerRequestBody, PartnerResponse, PlaceCallOptions, RequestOptions } from "../types";
import { invalidArgument, requireHttpUrl, requireString } from "../validate";

export type { PlaceCallOptions } from "../types";

export interface AgentClientOptions {
  /** The platform's URL, e.g. `https://api.ccaas.dev`, or the sandbox's `http://127.0.0.1:4700`. */
  baseUrl: string;
  /** The agent's JWT, or a function returning a current one (called for every request, so it can refresh). */
  accessToken: AccessTokenSource;
  /** Sent as `x-resource-template-version` on every call. */
  templateVersion: string;
  /** A fetch to use instead of `globalThis.fetch` (looked up at each request, so test interceptors work). */
  fetch?: FetchFunction;
  /** Time limit of each attempt in milliseconds. Default 30 000; 0 turns it off. */
  timeoutMs?: number;
  /** Retry policy for idempotent requests (a placed call with an idempotency key), or `false` for none. */
  retry?: RetryOptions | false;
  /** Where diagnostics go. Silent by default; the token is redacted from every line. */
  logger?: Partial<Logger>;
}

/** The agent's calls through the partner API, with the agent's token. */
export interface AgentClient {
  /** Places an outbound call from the agent's station; resolves to the new conversation's id and selfUri. */
  placeCall(
    body: PartnerRequestBody<"placeCall">,
    options?: PlaceCallOptions,
  ): Promise<PartnerResponse<"placeCall">>;
  /**
   * Holds, mutes or hangs up a participant. Resolves to the participant's new state, or `undefined` when the
   * platform applies the change asynchronously (202: it then arrives as a conversation event).
   */
  updateConversationParticipant(
    conversationId: string,
    participantId: string,
    body: PartnerRequestBody<"updateConversationParticipant">,
    options?: RequestOptions,
  ): Promise<PartnerResponse<"updateConversationParticipant">>;
}

const context = "createAgentClient";
const calls = "/api/v2/conversations/calls";
/** The two routes of the full client's table an agent's browser needs. */
const agentRoutes = {
  placeCall: ["POST", calls, BODY | KEY | JSON_BODY],
  updateConversationParticipant: ["PATCH", `${calls}/{conversationId}/participants/{participantId}`, BODY],
} as const;

/**
 * Creates the agent client. Options are checked here: a bad one throws a ValidationError naming it.
 *
 * @example
 * const agent = createAgentClient({ baseUrl, accessToken: () => session.token, templateVersion: "1" });
 * const { id } = await agent.placeCall({ phoneNumber: "+15555550100" }, { idempotencyKey: crypto.randomUUID() });
 */
export function createAgentClient(options: AgentClientOptions): AgentClient {
  if (typeof options !== "object" || options === null)
    invalidArgument("options", "must be an object.", context);
  const baseUrl = requireHttpUrl(options.baseUrl, "baseUrl", context);
  const templateVersion = requireString(options.templateVersion, "templateVersion", context);
  const { accessToken } = options;
  if (typeof accessToken !== "function") requireString(accessToken, "accessToken", context);
  const secrets = new Set<string | undefined>();
  const redact = createRedactor(() => secrets);
  const send = createSend({
    fetch: options.fetch,
    service: "partner API",
    timeoutMs: options.timeoutMs ?? 30_000,
    retry: resolveRetry(options.retry, context),
    logger: createSafeLogger(options.logger, redact),
    redact,
    errorDetails,
  });
  const headers = clientHeaders({
    templateVersion,
    accessToken,
    product: clientProduct("ccaas-partner-api", __PACKAGE_VERSION__),
    onToken: (token) => secrets.add(token),
  });
  return createOperations(agentRoutes, { baseUrl, headers, send }) as unknown as AgentClient;
}
