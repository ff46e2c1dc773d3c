/**
 * The partner API as the softphone uses it: place a call, change a participant. By default the light agent
 * client (`@ccaas/partner-api/agent`, a few kilobytes); an app that already has a full `PartnerClient` may
 * pass that instead.
 */
import type { PartnerClient } from "@ccaas/partner-api";
import type { AgentClient } from "@ccaas/partner-api/agent";
import { SessionError } from "../errors/session-error";

/** The agent client as it is, or a full partner client behind the same two calls. */
export function platformClientOf(client: PartnerClient | AgentClient): AgentClient {
  if (!("raw" in client)) return client;
  return {
    async placeCall(body, { idempotencyKey, softphoneClientId, signal } = {}) {
      const header: Record<string, string> = {};
      if (softphoneClientId !== undefined) header["x-softphone-client-id"] = softphoneClientId;
      if (idempotencyKey !== undefined) header["Idempotency-Key"] = idempotencyKey;
      const { data } = await client.raw.POST("/api/v2/conversations/calls", {
        params: { header },
        body,
        ...(signal ? { signal } : {}),
      });
      if (data) return data;
      throw new SessionError("placeCall answered without a conversation.", { code: "invalid_response" });
    },
    updateConversationParticipant: (...args) => client.updateConversationParticipant(...args),
  };
}
