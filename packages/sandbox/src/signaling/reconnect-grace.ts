import { type CallFlowContext, hangUpAgent } from "./call-actions";
import type { ProposalBook } from "./proposals";
import type { SessionBook, SessionRecord } from "./sessions";
import type { SignalingClient } from "./signaling-client";

/**
 * The reconnect grace: sessions of a closed connection that wait (parked) for the same agent and `clientId` to
 * come back, each closed connection with the timer that ends its sessions. A peer connection does not depend on
 * the socket, so a page reload or a network blip need not hang up the agent's calls.
 */
export class ReconnectGrace {
  readonly #context: CallFlowContext;
  readonly #sessions: SessionBook;
  readonly #proposals: ProposalBook;
  /** Ends a session and its calls once its grace period runs out (SessionControl.end). */
  readonly #expire: (session: SessionRecord) => void;
  /** Closed connections whose sessions wait for a reconnect, with the timer that ends them. */
  readonly #parked = new Map<SignalingClient, NodeJS.Timeout>();

  constructor(
    context: CallFlowContext,
    sessions: SessionBook,
    proposals: ProposalBook,
    expire: (session: SessionRecord) => void,
  ) {
    this.#context = context;
    this.#sessions = sessions;
    this.#proposals = proposals;
    this.#expire = expire;
  }

  get parkedConnections(): number {
    return this.#parked.size;
  }

  isParked(session: SessionRecord): boolean {
    return this.#parked.has(session.client);
  }

  /**
   * A connection closed: when it said who it is (`clientId`) and a grace period is set, its active sessions
   * that carry calls stay up for a reconnect (the peer connection does not depend on the socket). Calls ringing
   * on them end, as they would with the session. When the grace period runs out they end with their calls.
   */
  park(client: SignalingClient): void {
    const identity = client.identity;
    const grace = this.#context.reconnectGraceMs;
    if (grace <= 0 || identity?.clientId === undefined || this.#parked.has(client)) return;
    const parked = this.#sessions
      .forClient(client)
      .filter((session) => session.state === "active" && session.conversations.size > 0);
    if (parked.length === 0) return;
    // The client reconnected before the server noticed the old socket was gone (a missed pong): hand over now.
    const successor = this.#context
      .clientsOf(identity.agentId)
      .find((other) => other !== client && other.identity?.clientId === identity.clientId);
    if (successor) {
      for (const session of parked) session.client = successor;
      return;
    }
    const timer = setTimeout(() => {
      this.#parked.delete(client);
      for (const session of this.#sessions.forClient(client)) this.#expire(session);
    }, grace);
    timer.unref();
    this.#parked.set(client, timer);
    for (const session of parked) {
      for (const proposal of this.#proposals.forSession(session.id)) {
        this.#proposals.remove(proposal, false);
        hangUpAgent(this.#context.core.engine, proposal.conversationId);
      }
    }
  }

  /** A connection of the same agent and `clientId` as parked ones takes their sessions over. */
  reclaim(client: SignalingClient): void {
    const identity = client.identity;
    if (identity?.clientId === undefined) return;
    for (const [parked, timer] of this.#parked) {
      if (parked.identity?.agentId !== identity.agentId || parked.identity.clientId !== identity.clientId)
        continue;
      clearTimeout(timer);
      this.#parked.delete(parked);
      for (const session of this.#sessions.forClient(parked)) session.client = client;
    }
  }

  /** A parked connection whose last session ended (the call ended meanwhile) has nothing left to wait for. */
  unparkIfEmpty(client: SignalingClient): void {
    const timer = this.#parked.get(client);
    if (timer === undefined || this.#sessions.forClient(client).length > 0) return;
    clearTimeout(timer);
    this.#parked.delete(client);
  }

  /** Stops every grace timer (the sandbox is stopping); the sessions are closed by their owner. */
  clear(): void {
    for (const timer of this.#parked.values()) clearTimeout(timer);
    this.#parked.clear();
  }
}
