/** Building pending sessions, and the error for a conversation this client has nothing for. */
import type { Conversation } from "@ccaas/types";
import { SessionError } from "../errors/session-error";
import type { PendingSession } from "../types";

export const unknownConversation = (conversationId: string, what: string): never => {
  throw new SessionError(`No ${what} for conversation ${conversationId} on this client.`, {
    code: "unknown_conversation",
    conversationId,
  });
};

/** A pending session from a `propose`, or from a conversation riding on a persistent connection. */
export function pendingSession(
  from: Pick<Conversation, "direction" | "fromAddress" | "toAddress"> & {
    conversationId: string;
    originatingClientId?: string;
    persistentConnectionId?: string;
  },
  id: string,
  autoAnswer: boolean,
  synthesized: boolean,
): PendingSession {
  const { direction, fromAddress = "", toAddress = "" } = from;
  return {
    id,
    conversationId: from.conversationId,
    direction,
    address: direction === "inbound" ? fromAddress : toAddress,
    fromAddress,
    toAddress,
    autoAnswer,
    originatingClientId: from.originatingClientId,
    persistentConnectionId: from.persistentConnectionId,
    synthesized,
  };
}
