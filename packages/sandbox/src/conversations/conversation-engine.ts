import { EventEmitter } from "node:events";
import type { Conversation, Participant, StartSoftphoneSessionParams } from "@ccaas/types";
import { SandboxError } from "../http/sandbox-error";
import type { Agent, AgentDirectory } from "../state/agents";
import {
  addAgent,
  addParticipant,
  type ConversationRecord,
  closeRecord,
  newConversationRecord,
  type ParticipantRecord,
  snapshotOf,
} from "./conversation-records";
import { summarizeState } from "./participant-state";

export type ConversationChange =
  | {
      kind: "created";
      conversation: Conversation;
      agentId: string;
      /** The softphone client (`authenticate.clientId`) that placed an outbound call, when the caller said so. */
      originatingClientId?: string;
    }
  | { kind: "participantJoined"; conversation: Conversation; participant: Participant; agentId: string }
  | { kind: "participantUpdated"; conversation: Conversation; participant: Participant; agentId: string }
  | { kind: "participantLeft"; conversation: Conversation; participant: Participant; agentId: string }
  | { kind: "closed"; conversation: Conversation; agentId: string };

interface EngineEvents {
  change: [ConversationChange];
}

export interface ParticipantUpdate {
  state?: "disconnected";
  held?: boolean;
  muted?: boolean;
}

/**
 * Conversations and their participants. Every change goes through here and is announced as a
 * `change` event, which signaling, webhooks and media follow; nothing else mutates a conversation.
 */
export class ConversationEngine extends EventEmitter<EngineEvents> {
  readonly #records = new Map<string, ConversationRecord>();
  readonly #agents: AgentDirectory;

  constructor(agents: AgentDirectory) {
    super();
    this.#agents = agents;
  }

  /** A customer dials one of the partner's numbers: the call is routed to an online agent, ringing. */
  routeInbound(input: { to: string; from: string }): Conversation {
    const agent = this.#agents.firstOnline();
    if (!agent) {
      throw new SandboxError(
        409,
        "no_agent_online",
        "No agent is online to take the call: connect a softphone first (sign in an agent and open signaling).",
      );
    }
    const record = this.#create("inbound", agent, input.from, input.to);
    addParticipant(record, { purpose: "customer", address: input.from, name: "Customer" }, "connected");
    addAgent(record, agent);
    return this.#announceCreated(record);
  }

  /**
   * The agent places a call (`POST /api/v2/conversations/calls`). `origin.clientId` names the softphone client
   * that placed it: signaling then proposes it with `autoAnswer` to that client only (otherwise to none).
   */
  placeCall(
    agent: Agent,
    params: StartSoftphoneSessionParams,
    origin: { clientId?: string } = {},
  ): Conversation {
    const target =
      params.phoneNumber ??
      params.participants?.[0]?.address ??
      params.callUserId ??
      params.callQueueId ??
      "unknown";
    const record = this.#create("outbound", agent, params.callerId ?? agent.userName, target);
    addAgent(record, agent);
    addParticipant(
      record,
      {
        purpose: "customer",
        address: target,
        ...(params.participants?.[0]?.name ? { name: params.participants[0].name } : {}),
      },
      "alerting",
    );
    return this.#announceCreated(record, origin.clientId);
  }

  get(conversationId: string): Conversation | undefined {
    const record = this.#records.get(conversationId);
    return record && snapshotOf(record);
  }

  /** The agent a conversation belongs to. */
  agentIdOf(conversationId: string): string | undefined {
    return this.#records.get(conversationId)?.agentId;
  }

  /** Conversations of an agent that are still active (not every participant gone). */
  activeFor(agentId: string): Conversation[] {
    return [...this.#records.values()]
      .filter((record) => record.agentId === agentId && record.conversation.endTime === undefined)
      .map((record) => snapshotOf(record));
  }

  all(): Conversation[] {
    return [...this.#records.values()].map((record) => snapshotOf(record));
  }

  /** The agent's own participant in a conversation. */
  agentParticipant(conversationId: string): Participant | undefined {
    return this.#records.get(conversationId)?.participants.find((p) => p.participant.purpose === "agent")
      ?.participant;
  }

  customerParticipant(conversationId: string): Participant | undefined {
    return this.#records.get(conversationId)?.participants.find((p) => p.participant.purpose === "customer")
      ?.participant;
  }

  /** A participant's call leg is answered (the agent accepted, the dialled customer picked up). */
  connect(conversationId: string, participantId: string): Participant {
    return this.#change(conversationId, participantId, (record) => {
      if (record.leg === "disconnected")
        throw new SandboxError(409, "conflict", "The participant has already left the conversation.");
      record.leg = "connected";
    });
  }

  /** Hold, mute or hang up one participant. */
  update(conversationId: string, participantId: string, update: ParticipantUpdate): Participant {
    return this.#change(conversationId, participantId, (record) => {
      if (record.leg === "disconnected")
        throw new SandboxError(409, "conflict", "The participant has already left the conversation.");
      if (update.held !== undefined) record.participant.held = update.held;
      if (update.muted !== undefined) record.participant.muted = update.muted;
      if (update.state === "disconnected") record.leg = "disconnected";
    });
  }

  /** Everyone leaves: the call is over. */
  end(conversationId: string): void {
    const record = this.#require(conversationId);
    for (const participant of record.participants) {
      if (participant.leg !== "disconnected")
        this.update(conversationId, participant.participant.id, { state: "disconnected" });
    }
  }

  #create(
    direction: Conversation["direction"],
    agent: Agent,
    fromAddress: string,
    toAddress: string,
  ): ConversationRecord {
    const record = newConversationRecord(direction, agent, fromAddress, toAddress);
    this.#records.set(record.conversation.id, record);
    return record;
  }

  #require(conversationId: string): ConversationRecord {
    const record = this.#records.get(conversationId);
    if (!record)
      throw new SandboxError(
        404,
        "not_found",
        `No conversation ${conversationId}: it never existed or the sandbox restarted.`,
      );
    return record;
  }

  #announceCreated(record: ConversationRecord, originatingClientId?: string): Conversation {
    const conversation = snapshotOf(record);
    this.emit("change", {
      kind: "created",
      conversation,
      agentId: record.agentId,
      ...(originatingClientId ? { originatingClientId } : {}),
    });
    // Listeners get copies: the records keep changing after the event.
    for (const participant of conversation.participants) {
      this.emit("change", { kind: "participantJoined", conversation, participant, agentId: record.agentId });
    }
    return conversation;
  }

  #change(
    conversationId: string,
    participantId: string,
    mutate: (record: ParticipantRecord) => void,
  ): Participant {
    const record = this.#require(conversationId);
    const target = record.participants.find((p) => p.participant.id === participantId);
    if (!target)
      throw new SandboxError(
        404,
        "not_found",
        `No participant ${participantId} in conversation ${conversationId}.`,
      );
    const before = target.leg;
    mutate(target);
    const now = new Date().toISOString();
    if (before !== "connected" && target.leg === "connected") target.participant.connectedTime = now;
    if (before !== "disconnected" && target.leg === "disconnected") target.participant.endTime = now;
    target.participant.state = summarizeState(target.leg, target.participant.held, target.participant.muted);
    const left = before !== "disconnected" && target.leg === "disconnected";
    const remains = (purpose: Participant["purpose"]) =>
      record.participants.some((p) => p.participant.purpose === purpose && p.leg !== "disconnected");
    const closes = left && (!remains("customer") || !remains("agent"));
    // When one side is gone there is no call left: the other side leaves too.
    if (closes) closeRecord(record, now);
    const conversation = snapshotOf(record);
    const participant = structuredClone(target.participant);
    this.emit("change", {
      kind: left ? "participantLeft" : "participantUpdated",
      conversation,
      participant,
      agentId: record.agentId,
    });
    if (closes) {
      for (const other of record.participants) {
        if (other !== target)
          this.emit("change", {
            kind: "participantLeft",
            conversation,
            participant: structuredClone(other.participant),
            agentId: record.agentId,
          });
      }
      this.emit("change", { kind: "closed", conversation, agentId: record.agentId });
    }
    return participant;
  }
}
