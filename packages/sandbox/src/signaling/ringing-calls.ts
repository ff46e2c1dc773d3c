import type { Conversation, ProposeMessage, RetractMessage, RetractReason } from "@ccaas/types";
import { type CallFlowContext, hangUpAgent } from "./call-actions";
import type { Proposal, ProposalBook } from "./proposals";
import type { SessionControl } from "./session-control";
import type { SignalingClient } from "./signaling-client";

/**
 * Calls that ring and have not been answered: the ring timeout, the `propose` a connection receives, and the
 * two ways a ringing call stops ringing without being answered (withdrawn by the platform, declined by the
 * agent). Kept apart from CallFlow so the flow reads as "who is offered what", and this as "how it rings".
 */
export class RingingCalls {
  readonly #context: CallFlowContext;
  readonly #proposals: ProposalBook;
  readonly #sessions: SessionControl;

  constructor(context: CallFlowContext, proposals: ProposalBook, sessions: SessionControl) {
    this.#context = context;
    this.#proposals = proposals;
    this.#sessions = sessions;
  }

  get #engine() {
    return this.#context.core.engine;
  }

  /** Starts ringing: unanswered after `proposeTimeoutMs`, the call is withdrawn and the agent leaves it. */
  ring(proposal: Proposal): void {
    proposal.timer = setTimeout(() => {
      if (this.#proposals.forConversation(proposal.conversationId) !== proposal) return;
      this.withdraw(proposal, "timeout");
      hangUpAgent(this.#engine, proposal.conversationId);
    }, this.#context.proposeTimeoutMs);
    this.#proposals.add(proposal);
  }

  propose(client: SignalingClient, proposal: Proposal, conversation: Conversation): void {
    const { originatingClientId } = proposal;
    const message: ProposeMessage = {
      type: "propose",
      sessionId: proposal.sessionId,
      conversationId: proposal.conversationId,
      direction: proposal.direction,
      fromAddress: conversation.fromAddress ?? "",
      toAddress: conversation.toAddress ?? "",
      // Outbound: auto-answer only on the client that placed the call (partner-api.yaml, x-softphone-client-id);
      // when nobody said which, no client does, so two tabs never race for the audio.
      autoAnswer:
        proposal.direction === "outbound" &&
        originatingClientId !== undefined &&
        originatingClientId === client.identity?.clientId,
    };
    if (originatingClientId !== undefined) message.originatingClientId = originatingClientId;
    if (proposal.persistent) message.persistentConnectionId = proposal.sessionId;
    client.send(message);
  }

  /** Cancels a ringing call: fresh proposals are retracted on every connection that has them. */
  withdraw(proposal: Proposal, reason: RetractReason): void {
    this.#proposals.remove(proposal, true);
    if (proposal.fresh) {
      for (const client of proposal.recipients) client.send(retract(proposal, reason));
      return;
    }
    const session = this.#sessions.sessions.get(proposal.sessionId);
    if (session) this.#sessions.retireIfIdle(session);
  }

  /** The agent declined on `client`: the call stops ringing everywhere and the agent leaves it. */
  decline(client: SignalingClient, proposal: Proposal): void {
    this.#proposals.remove(proposal, true);
    if (proposal.fresh) {
      for (const other of proposal.recipients)
        if (other !== client) other.send(retract(proposal, "rejected"));
    }
    hangUpAgent(this.#engine, proposal.conversationId);
    const session = proposal.fresh ? undefined : this.#sessions.sessions.get(proposal.sessionId);
    if (session) this.#sessions.retireIfIdle(session);
  }

  /**
   * The call ringing for this client under a session id (the named one, else the oldest), or undefined after
   * telling it why not.
   */
  find(
    client: SignalingClient,
    sessionId: string,
    verb: string,
    conversationId?: string,
  ): Proposal | undefined {
    const agentId = client.identity?.agentId;
    const owned = this.#sessions.sessions.get(sessionId)?.client === client;
    const proposal = this.#proposals
      .forSession(sessionId)
      .find(
        (p) =>
          p.agentId === agentId &&
          (p.fresh || owned) &&
          (conversationId === undefined || p.conversationId === conversationId),
      );
    if (proposal) return proposal;
    if (
      conversationId !== undefined &&
      this.#proposals.forSession(sessionId).some((p) => p.agentId === agentId)
    ) {
      client.error(
        "SESSION_STATE",
        `Conversation ${conversationId} is not ringing on session ${sessionId}; name a call from its propose or conversation events.`,
        sessionId,
      );
    } else if (owned) {
      client.error(
        "SESSION_STATE",
        `Nothing to ${verb} on session ${sessionId}: no call is ringing on it.`,
        sessionId,
      );
    } else if (this.#proposals.wasRetracted(sessionId)) {
      client.error(
        "PROPOSAL_RETRACTED",
        `Too late to ${verb}: session ${sessionId} was retracted.`,
        sessionId,
      );
    } else {
      client.error(
        "UNKNOWN_SESSION",
        `No session ${sessionId} was proposed to this connection; send sync to refresh your sessions.`,
        sessionId,
      );
    }
    return undefined;
  }
}

/** The `retract` a connection receives for a fresh proposal that no longer rings for it. */
export function retract(proposal: Proposal, reason: RetractReason): RetractMessage {
  return { type: "retract", sessionId: proposal.sessionId, conversationId: proposal.conversationId, reason };
}
