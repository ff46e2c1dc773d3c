import { randomUUID } from "node:crypto";
import type { Conversation, Participant } from "@ccaas/types";
import type { Agent } from "../state/agents";

/**
 * How the ConversationEngine stores a conversation, and the builders it uses: a participant's call leg is kept
 * apart from its summary `state` (which also reflects held and muted), and what leaves the engine is always a
 * copy (`snapshotOf`), because the records keep changing after an event.
 */
export type Leg = "alerting" | "connected" | "disconnected";

export interface ParticipantRecord {
  participant: Participant;
  leg: Leg;
}

export interface ConversationRecord {
  conversation: Omit<Conversation, "participants">;
  participants: ParticipantRecord[];
  /** The agent this conversation was routed to or placed by. */
  agentId: string;
}

/** A new conversation of `agent`, without participants yet. */
export function newConversationRecord(
  direction: Conversation["direction"],
  agent: Agent,
  fromAddress: string,
  toAddress: string,
): ConversationRecord {
  const id = randomUUID();
  return {
    agentId: agent.id,
    participants: [],
    conversation: {
      id,
      direction,
      startTime: new Date().toISOString(),
      fromAddress,
      toAddress,
      selfUri: `/api/v2/conversations/calls/${id}`,
    },
  };
}

export function addParticipant(
  record: ConversationRecord,
  fields: Omit<Participant, "id" | "state" | "held" | "muted">,
  leg: Leg,
): void {
  const participant: Participant = { id: randomUUID(), state: leg, held: false, muted: false, ...fields };
  if (leg === "connected") participant.connectedTime = new Date().toISOString();
  record.participants.push({ participant, leg });
}

/** The agent's own participant: ringing until the softphone answers. */
export function addAgent(record: ConversationRecord, agent: Agent): void {
  const fields = {
    purpose: "agent" as const,
    userId: agent.id,
    userName: agent.userName,
    name: agent.name,
  };
  addParticipant(record, { ...fields, address: agent.userName }, "alerting");
}

/** The call is over at `now`: every participant still on it leaves, and the conversation ends. */
export function closeRecord(record: ConversationRecord, now: string): void {
  for (const other of record.participants) {
    if (other.leg === "disconnected") continue;
    other.leg = "disconnected";
    other.participant.endTime = now;
    other.participant.state = "disconnected";
  }
  record.conversation.endTime = now;
}

/** A copy of the conversation as the API shows it. */
export function snapshotOf(record: ConversationRecord): Conversation {
  return structuredClone({
    ...record.conversation,
    participants: record.participants.map((p) => p.participant),
  });
}
