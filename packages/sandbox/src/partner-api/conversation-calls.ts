import type { Conversation, PartnerApiOperations } from "@ccaas/types";
import type { SandboxCore } from "../create-sandbox";
import type { OperationHandlers } from "../http/mount-operations";
import { SandboxError } from "../http/sandbox-error";
import type { Agent } from "../state/agents";
import type { IdempotencyStore } from "./idempotency";
import { requireAgent } from "./require-agent";

/**
 * The agent-facing call endpoints the softphone uses. A token acts as its agent: an agent sees and controls
 * only the conversations it is (or was) part of; anyone else's is a 404, as if it did not exist.
 */
export function conversationCallHandlers(
  core: SandboxCore,
  idempotency: IdempotencyStore,
): OperationHandlers<PartnerApiOperations> {
  const { engine } = core;

  function involves(conversation: Conversation, agent: Agent): boolean {
    return (
      engine.agentIdOf(conversation.id) === agent.id ||
      conversation.participants.some((p) => p.userId === agent.id)
    );
  }

  function findFor(agent: Agent, conversationId: string): Conversation {
    const conversation = engine.get(conversationId.toLowerCase());
    if (!conversation || !involves(conversation, agent)) {
      throw new SandboxError(
        404,
        "not_found",
        `No conversation ${conversationId} for agent ${agent.userName}.`,
      );
    }
    return conversation;
  }

  return {
    placeCall: idempotency.wrap<PartnerApiOperations["placeCall"]>(
      "placeCall",
      ({ body, caller, context }) => {
        const agent = requireAgent(core, caller);
        (body.conversationIds ?? []).forEach((id, index) => {
          const conversation = engine.get(id.toLowerCase());
          if (!conversation || !involves(conversation, agent)) {
            throw new SandboxError(
              404,
              "not_found",
              `No conversation ${id} for agent ${agent.userName} to merge into the conference.`,
              [{ field: `/conversationIds/${index}`, message: "names no conversation of this agent" }],
            );
          }
        });
        // The placing softphone names itself so signaling proposes the call to it with autoAnswer.
        const clientId = context.req.header("x-softphone-client-id");
        const conversation = engine.placeCall(agent, body, clientId ? { clientId } : {});
        return { status: 200, body: { id: conversation.id, selfUri: conversation.selfUri } };
      },
    ),
    listConversationCalls: ({ caller }) => {
      const agent = requireAgent(core, caller);
      const items = engine.activeFor(agent.id).sort((a, b) => a.startTime.localeCompare(b.startTime));
      return { status: 200, body: { items } };
    },
    getConversationCall: ({ params, caller }) => {
      const agent = requireAgent(core, caller);
      return { status: 200, body: findFor(agent, params.conversationId ?? "") };
    },
    updateConversationParticipant: ({ params, body, caller }) => {
      const agent = requireAgent(core, caller);
      const conversation = findFor(agent, params.conversationId ?? "");
      const participant = engine.update(conversation.id, (params.participantId ?? "").toLowerCase(), body);
      return { status: 200, body: participant };
    },
  };
}
