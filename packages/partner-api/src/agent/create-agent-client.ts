/**
 * `createAgentClient`: the agent-facing part of the partner API (place a call, change a participant) for a
 * browser softphone, without openapi-fetch and the partner-only operations. Same transport as the full client
 * (time limit, retries of idempotent requests, the `ApiError` / `NetworkError` / `TimeoutError` model,
 * redaction), same headers, types from the generated `PartnerApiOperations`.
 *
 * Written out rather than built from the full client's route table (operation.ts, client-headers.ts): for two
 * routes with one kind of auth, the table's generality would cost the softphone's bundle more than it saves.
 */
import { createRedactor, createSafeLogger, type Logger } from "@ccaas/types";
import { errorDetails } from "../error-details";
import type { AccessTokenSource } from "../middleware/agent-auth";
import { invalidResponse } from "../middleware/errors";
import { newRequestId } from "../middleware/request-id";
import { type RetryOptions, resolveRetry } from "../middleware/retry";
import { clientProduct, productHeader } from "../middleware/user-agent";
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
  const secrets = new Set<string>();
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
  const product = clientProduct("ccaas-partner-api", __PACKAGE_VERSION__);

  /** One call with the agent's token; retried only with an idempotency key (both routes change something). */
  async function call(
    method: string,
    path: string,
    body: unknown,
    { signal, idempotencyKey, softphoneClientId }: PlaceCallOptions,
    where: string,
  ): Promise<unknown> {
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      invalidArgument("body", "must be an object with the operation's fields.", where);
    }
    const token = typeof accessToken === "function" ? await accessToken() : accessToken;
    if (typeof token !== "string" || token === "") {
      invalidArgument("accessToken", "(the agent's token, or a function returning it) is required.", where);
    }
    secrets.add(token);
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
      "x-resource-template-version": templateVersion,
      "x-request-id": newRequestId(),
      [productHeader]: product,
    };
    if (idempotencyKey !== undefined) {
      headers["idempotency-key"] = requireString(idempotencyKey, "idempotencyKey", where);
    }
    if (softphoneClientId !== undefined) headers["x-softphone-client-id"] = softphoneClientId;
    const { data } = await send({
      method,
      url: baseUrl + path,
      headers,
      body: JSON.stringify(body),
      signal,
      repeatable: idempotencyKey !== undefined,
    });
    return data;
  }

  return {
    async placeCall(body, callOptions = {}) {
      const created = await call("POST", calls, body, callOptions, "placeCall");
      if (created === undefined) {
        throw invalidResponse(
          "The partner API answered placeCall with an empty body where JSON was expected.",
        );
      }
      return created as PartnerResponse<"placeCall">;
    },
    async updateConversationParticipant(conversationId, participantId, body, callOptions = {}) {
      const where = "updateConversationParticipant";
      const id = (value: unknown, name: string) => encodeURIComponent(requireString(value, name, where));
      const path = `${calls}/${id(conversationId, "conversationId")}/participants/${id(participantId, "participantId")}`;
      return (await call("PATCH", path, body, callOptions, where)) as PartnerResponse<typeof where>;
    },
  };
}
