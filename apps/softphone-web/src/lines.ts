/**
 * What the lines list shows, derived from the softphone's `conversationUpdate` (the source of truth in both
 * line appearance modes; a session's `conversationId` alone is not, under line appearance 1).
 */
import type { ConversationState, ConversationUpdate } from "@ccaas/softphone";
import type { Conversation } from "@ccaas/types";

export interface Line {
  conversationId: string;
  /** The other party's name, else their number. */
  caller: string;
  number: string;
  direction: Conversation["direction"];
  status: "Dialing" | "Connected" | "On hold" | "Muted";
  held: boolean;
  muted: boolean;
  /** The conversation the agent is talking on. */
  active: boolean;
  /** The WebRTC session (peer connection) carrying the call on this client. */
  connectionId: string | undefined;
}

/** The other party of a call (the customer), as the agent sees them. */
export function otherParty(conversation: Conversation): { caller: string; number: string } {
  const customer = conversation.participants.find((participant) => participant.purpose === "customer");
  const number =
    customer?.address ??
    (conversation.direction === "inbound" ? conversation.fromAddress : conversation.toAddress) ??
    "";
  return { caller: customer?.name ?? number, number };
}

/** "Jane Doe (+15555550100)", or the number alone when that is all there is. */
export function describeParty({ caller, number }: { caller: string; number: string }): string {
  return caller === number || number === "" ? caller : `${caller} (${number})`;
}

/** One line per call the agent is in, ringing inbound calls excepted (they are on the incoming-call card). */
export function toLines(update: Pick<ConversationUpdate, "current" | "activeConversationId">): Line[] {
  return update.current
    .filter((call) => !(call.state === "alerting" && call.conversation.direction === "inbound"))
    .map((call) => toLine(call, call.conversationId === update.activeConversationId));
}

function toLine(call: ConversationState, active: boolean): Line {
  const { conversation } = call;
  // The session knows a mute the agent just asked for before the platform confirms it.
  const muted = call.session?.muted ?? call.muted;
  const ringing = conversation.participants.some(
    (participant) => participant.purpose === "customer" && participant.state === "alerting",
  );
  return {
    conversationId: call.conversationId,
    ...otherParty(conversation),
    direction: conversation.direction,
    status: call.held ? "On hold" : ringing ? "Dialing" : muted ? "Muted" : "Connected",
    held: call.held,
    muted,
    active,
    connectionId: call.session?.id,
  };
}
