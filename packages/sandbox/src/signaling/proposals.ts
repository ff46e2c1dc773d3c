import type { ConversationDirection } from "@ccaas/types";
import type { SignalingClient } from "./signaling-client";

/**
 * A call offered to the agent and not answered yet. A fresh proposal has its own new `sessionId` and was sent
 * as `propose` to the agent's clients; an offer on an established persistent session (line appearance 1, or a
 * persistent connection between calls) reuses that session's id and is announced by conversation events only.
 */
export interface Proposal {
  sessionId: string;
  conversationId: string;
  agentId: string;
  direction: ConversationDirection;
  /** False for an offer on an established session. */
  fresh: boolean;
  /** The clients it was proposed to (fresh) or the owner of the session (on a session). */
  recipients: Set<SignalingClient>;
  /** Set when the session becomes the station's persistent connection. */
  persistent: boolean;
  originatingClientId?: string;
  /** The ring timeout, set when the proposal is added. */
  timer?: NodeJS.Timeout;
}

/** How many retracted session ids are remembered to answer a late `proceed` with PROPOSAL_RETRACTED. */
const RETRACTED_KEPT = 1000;

/** The pending proposals, by conversation (one each) and by session id (several on a shared session). */
export class ProposalBook {
  readonly #byConversation = new Map<string, Proposal>();
  readonly #retracted = new Set<string>();

  get size(): number {
    return this.#byConversation.size;
  }

  add(proposal: Proposal): void {
    this.#byConversation.set(proposal.conversationId, proposal);
  }

  forConversation(conversationId: string): Proposal | undefined {
    return this.#byConversation.get(conversationId);
  }

  /** The proposals of a session id, oldest first. */
  forSession(sessionId: string): Proposal[] {
    return [...this.#byConversation.values()].filter((proposal) => proposal.sessionId === sessionId);
  }

  forAgent(agentId: string): Proposal[] {
    return [...this.#byConversation.values()].filter((proposal) => proposal.agentId === agentId);
  }

  all(): Proposal[] {
    return [...this.#byConversation.values()];
  }

  /** Forgets a proposal and stops its timer; `retracted` remembers its session id for late answers. */
  remove(proposal: Proposal, retracted: boolean): void {
    clearTimeout(proposal.timer);
    if (this.#byConversation.get(proposal.conversationId) === proposal)
      this.#byConversation.delete(proposal.conversationId);
    if (retracted && proposal.fresh) {
      this.#retracted.add(proposal.sessionId);
      if (this.#retracted.size > RETRACTED_KEPT)
        this.#retracted.delete(this.#retracted.values().next().value ?? "");
    }
  }

  wasRetracted(sessionId: string): boolean {
    return this.#retracted.has(sessionId);
  }
}
