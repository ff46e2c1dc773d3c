import type { Conversation, Participant } from "@ccaas/types";
import { meanSquareMuLaw, PCMU_PAYLOAD_TYPE } from "./g711";
import type { MediaStats } from "./media-service";

/** Packets whose own RMS is above this count as audible (about -40 dBFS). */
export const AUDIBLE_RMS = 0.01;
/** The level window: the last second of 20 ms packets. */
const LEVEL_WINDOW = 50;
/** After this long without a counted packet the level reads 0 (a held leg must not show a stale level). */
const LEVEL_STALE_MS = 500;

function live(participant: Participant | undefined): participant is Participant {
  return (
    participant !== undefined && participant.state !== "alerting" && participant.state !== "disconnected"
  );
}

/**
 * The media side of one conversation, from the customer's point of view: whether audio may flow each way
 * (derived from the participants' states) and the counters behind `MediaStats`.
 */
export class ConversationLeg {
  readonly conversationId: string;
  /** The media session carrying this conversation, if any. */
  sessionId: string | undefined;
  /** Both sides connected and neither held: the call is the one the agent talks on. */
  talking = false;
  /** Bumped each time the leg starts talking: on a shared session the most recent one is heard. */
  activatedAt = 0;
  ended = false;
  #customerMuted = false;
  #agentMuted = false;
  readonly #toAgent = { packets: 0, bytes: 0 };
  readonly #fromAgent = { packets: 0, bytes: 0, audiblePackets: 0 };
  readonly #window = new Float64Array(LEVEL_WINDOW);
  #windowIndex = 0;
  #windowFill = 0;
  #lastReceivedAt = 0;
  #digits = "";

  constructor(conversationId: string) {
    this.conversationId = conversationId;
  }

  /** The customer hears the tone: talking and the customer not muted. */
  get sendsTone(): boolean {
    return this.talking && !this.#customerMuted;
  }

  /** The customer hears the agent: talking and the agent not muted. */
  get hearsAgent(): boolean {
    return this.talking && !this.#agentMuted;
  }

  /** Follows the conversation's participants; returns true when the leg just started talking. */
  update(conversation: Conversation, nextActivation: () => number): boolean {
    const customer = conversation.participants.find((p) => p.purpose === "customer");
    const agent = conversation.participants.find((p) => p.purpose === "agent");
    const wasTalking = this.talking;
    this.talking = live(customer) && live(agent) && !customer.held && !agent.held;
    this.#customerMuted = customer?.muted ?? false;
    this.#agentMuted = agent?.muted ?? false;
    if (conversation.endTime !== undefined) {
      this.ended = true;
      this.talking = false;
    }
    if (this.talking && !wasTalking) {
      this.activatedAt = nextActivation();
      return true;
    }
    return false;
  }

  recordSent(bytes: number): void {
    this.#toAgent.packets += 1;
    this.#toAgent.bytes += bytes;
  }

  recordReceived(payloadType: number, payload: Buffer, now: number): void {
    this.#fromAgent.packets += 1;
    this.#fromAgent.bytes += payload.length;
    this.#lastReceivedAt = now;
    // Only PCMU is negotiated; anything else (comfort noise) counts as traffic without a level.
    const meanSquare = payloadType === PCMU_PAYLOAD_TYPE ? meanSquareMuLaw(payload) : 0;
    if (Math.sqrt(meanSquare) > AUDIBLE_RMS) this.#fromAgent.audiblePackets += 1;
    this.#window[this.#windowIndex] = meanSquare;
    this.#windowIndex = (this.#windowIndex + 1) % LEVEL_WINDOW;
    this.#windowFill = Math.min(LEVEL_WINDOW, this.#windowFill + 1);
  }

  recordDigits(digits: string): void {
    this.#digits = (this.#digits + digits).slice(-256);
  }

  audioLevel(now: number): number {
    if (this.#windowFill === 0 || now - this.#lastReceivedAt > LEVEL_STALE_MS) return 0;
    let sum = 0;
    for (let index = 0; index < this.#windowFill; index += 1) sum += this.#window[index] ?? 0;
    return Math.min(1, Math.sqrt(sum / this.#windowFill));
  }

  stats(active: boolean, now: number): MediaStats {
    return {
      conversationId: this.conversationId,
      active,
      ...(this.sessionId !== undefined ? { sessionId: this.sessionId } : {}),
      toAgent: { ...this.#toAgent },
      fromAgent: { ...this.#fromAgent, audioLevel: Number(this.audioLevel(now).toFixed(4)) },
      digits: this.#digits,
    };
  }
}
