import type { AgentClient } from "@ccaas/partner-api/agent";
import type { CallControl } from "./call-control";

/**
 * Call control through the platform API (`updateConversationParticipant`): the platform changes the
 * conversation itself and the change comes back as a conversation event. Accepting needs no call: the
 * signaling answer connects the agent. Takes an `AgentClient` (`@ccaas/partner-api/agent`) or a
 * `PartnerClient`.
 */
export function createPlatformCallControl(
  client: Pick<AgentClient, "updateConversationParticipant">,
): CallControl {
  const update = (
    conversationId: string,
    participantId: string,
    body: { held?: boolean; muted?: boolean; state?: "disconnected" },
  ) => client.updateConversationParticipant(conversationId, participantId, body).then(() => {});
  return {
    accept: () => Promise.resolve(),
    end: (request) => update(request.conversationId, request.agentParticipantId, { state: "disconnected" }),
    setHeld: async (request, held) => {
      await Promise.all(request.participantIds.map((id) => update(request.conversationId, id, { held })));
    },
    setMuted: (request, muted) => update(request.conversationId, request.agentParticipantId, { muted }),
  };
}
