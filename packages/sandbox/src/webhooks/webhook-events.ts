import { randomUUID } from "node:crypto";
import type { ConversationWebhookEvent } from "@ccaas/types";
import type { ConversationChange } from "../conversations/conversation-engine";

/** The webhook operation of partner-api.yaml that describes each event type, for validating what is sent. */
export const webhookOperationIds: Readonly<Record<ConversationWebhookEvent["type"], string>> = {
  "conversation.participant.joined": "conversationParticipantJoined",
  "conversation.participant.left": "conversationParticipantLeft",
  "conversation.message.sent": "conversationMessageSent",
  "conversation.closed": "conversationClosed",
};

/**
 * The conversation webhook a change of the engine becomes, if any. Participant updates (hold, mute) and the
 * creation itself have no webhook type; `conversation.message.sent` has no source in the sandbox yet (the
 * engine carries no messages), so it is never sent.
 */
export function webhookEventFor(
  change: ConversationChange,
  partnerId: string,
): ConversationWebhookEvent | undefined {
  // A snapshot: the engine may hand out live objects it mutates later, and an event describes one moment.
  change = structuredClone(change);
  const envelope = { id: randomUUID(), timestamp: new Date().toISOString(), partnerId };
  const conversationId = change.conversation.id;
  switch (change.kind) {
    case "participantJoined":
      return {
        ...envelope,
        type: "conversation.participant.joined",
        data: { conversationId, participant: change.participant },
      };
    case "participantLeft":
      return {
        ...envelope,
        type: "conversation.participant.left",
        data: { conversationId, participant: change.participant },
      };
    case "closed":
      return {
        ...envelope,
        type: "conversation.closed",
        data: { conversationId, conversation: change.conversation },
      };
    default:
      return undefined;
  }
}
