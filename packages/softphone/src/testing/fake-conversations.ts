/**
 * Conversations as the platform would send them, for tests: a call whose agent and customer legs a test
 * moves through alerting, connected, held, muted and disconnected.
 */
import type { Conversation, ConversationDirection, Participant, ParticipantState } from "@ccaas/types";

let counter = 0;

/** A UUID-shaped id, unique within the test run and readable in failures (`...-000000000001`). */
export function fakeId(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${counter.toString().padStart(12, "0")}`;
}

export interface FakeCallInit {
  id?: string;
  direction?: ConversationDirection;
  /** The customer's number (inbound: the caller; outbound: the dialled number). */
  customerAddress?: string;
  /** The partner's number (inbound: the number dialled; outbound: the caller id). */
  platformAddress?: string;
  agent: { id: string; userName: string };
}

export interface LegChange {
  state?: ParticipantState;
  held?: boolean;
  muted?: boolean;
}

/** One conversation; each change returns the new conversation (push it with `fake.conversationEvent`). */
export class FakeCall {
  readonly id: string;
  readonly direction: ConversationDirection;
  readonly agentParticipantId = fakeId();
  readonly customerParticipantId = fakeId();
  #conversation: Conversation;

  constructor(init: FakeCallInit) {
    this.id = init.id ?? fakeId();
    this.direction = init.direction ?? "inbound";
    const customer = init.customerAddress ?? "+15555550100";
    const platform = init.platformAddress ?? "+18883973342";
    const inbound = this.direction === "inbound";
    this.#conversation = {
      id: this.id,
      direction: this.direction,
      startTime: new Date().toISOString(),
      selfUri: `/api/v2/conversations/calls/${this.id}`,
      fromAddress: inbound ? customer : platform,
      toAddress: inbound ? platform : customer,
      participants: [
        {
          id: this.customerParticipantId,
          purpose: "customer",
          state: inbound ? "connected" : "alerting",
          muted: false,
          held: false,
          address: customer,
        },
        {
          id: this.agentParticipantId,
          purpose: "agent",
          state: "alerting",
          muted: false,
          held: false,
          userId: init.agent.id,
          userName: init.agent.userName,
          address: init.agent.userName,
        },
      ],
    };
  }

  get conversation(): Conversation {
    return structuredClone(this.#conversation);
  }

  agent(change: LegChange): Conversation {
    return this.#change(this.agentParticipantId, change);
  }

  customer(change: LegChange): Conversation {
    return this.#change(this.customerParticipantId, change);
  }

  /** Everyone leaves: the conversation ends. */
  end(): Conversation {
    const now = new Date().toISOString();
    for (const participant of this.#conversation.participants) {
      if (participant.state !== "disconnected") {
        participant.state = "disconnected";
        participant.endTime = now;
      }
    }
    this.#conversation.endTime = now;
    return this.conversation;
  }

  #change(participantId: string, change: LegChange): Conversation {
    const participant = this.#conversation.participants.find((p) => p.id === participantId) as Participant;
    if (change.held !== undefined) participant.held = change.held;
    if (change.muted !== undefined) participant.muted = change.muted;
    if (change.state !== undefined) participant.state = change.state;
    if (participant.state === "connected" && participant.connectedTime === undefined) {
      participant.connectedTime = new Date().toISOString();
    }
    if (participant.state === "disconnected") {
      participant.endTime = new Date().toISOString();
      const others = this.#conversation.participants.filter((p) => p.state !== "disconnected");
      if (others.length <= 1) this.#conversation.endTime = participant.endTime;
    }
    return this.conversation;
  }
}
