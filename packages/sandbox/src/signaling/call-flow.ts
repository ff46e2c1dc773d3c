import { randomUUID } from "node:crypto";
import type {
  AcceptMessage,
  IceCandidateMessage,
  ParticipantPurpose,
  SendDigitsMessage,
  Station,
} from "@ccaas/types";
import { type CallFlowContext, hangUpAgent } from "./call-actions";
import { type Proposal, ProposalBook } from "./proposals";
import { RingingCalls, retract } from "./ringing-calls";
import { SessionControl } from "./session-control";
import type { SessionRecord } from "./sessions";
import type { SignalingClient } from "./signaling-client";

/**
 * The call side of signaling: which connection is offered which call, and what happens to ringing calls. The
 * sessions clients take are the SessionControl's. The sequences are described in the README's "Signaling"
 * section; in short:
 *
 * - A call for an agent without a reusable session becomes a fresh proposal: `propose` (new sessionId) to every
 *   connection of the agent -> `proceed` from one (the others get `retract answeredElsewhere`) -> `initiate`
 *   with the sandbox's SDP offer -> `accept` with the answer -> the agent's participant connects (and, outbound,
 *   the customer too).
 * - Line appearance 1: that first session becomes the station's persistent connection; later calls of the agent
 *   ride on it without `propose`/`initiate`: inbound calls ring as `conversationEvent` (agent `alerting`) and the
 *   client answers with `proceed` (or declines with `reject`) naming the persistent sessionId; outbound calls
 *   connect at once. Answering or placing a call holds the other calls on the session; resuming one holds the rest.
 * - Persistent connection (line appearance 100): the session outlives its call; while idle it carries the next
 *   call the same way (no new ICE/DTLS). Without it, a session ends (`terminate`) with its last call.
 *
 * How a call rings (timeout, `propose`, retract, decline) is RingingCalls'.
 */
export class CallFlow {
  readonly proposals = new ProposalBook();
  readonly #sessions: SessionControl;
  readonly #ringing: RingingCalls;
  readonly #context: CallFlowContext;

  constructor(context: CallFlowContext) {
    this.#context = context;
    this.#sessions = new SessionControl(context, this.proposals);
    this.#ringing = new RingingCalls(context, this.proposals, this.#sessions);
  }

  get sessions() {
    return this.#sessions.sessions;
  }

  get parkedConnections(): number {
    return this.#sessions.grace.parkedConnections;
  }

  get #engine() {
    return this.#context.core.engine;
  }

  // ---- engine-driven ----------------------------------------------------------------------------------------

  /** A new conversation: offer it to the agent, on a reusable session or as a fresh proposal. */
  offer(conversationId: string, originatingClientId?: string): void {
    const conversation = this.#engine.get(conversationId);
    const agentId = this.#engine.agentIdOf(conversationId);
    const agent = agentId === undefined ? undefined : this.#context.core.agents.byId(agentId);
    if (!conversation || conversation.endTime !== undefined || !agent) return;
    if (this.#engine.agentParticipant(conversationId)?.state !== "alerting") return;
    if (this.proposals.forConversation(conversationId) || this.sessions.forConversation(conversationId))
      return;
    const base = { conversationId, agentId: agent.id, direction: conversation.direction };
    const reusable = this.#reusableSession(agent.id, agent.station);
    if (reusable) {
      if (conversation.direction === "outbound") {
        this.#sessions.answerOn(reusable, conversationId);
        return;
      }
      const recipients = new Set([reusable.client]);
      this.#ringing.ring({ ...base, sessionId: reusable.id, fresh: false, recipients, persistent: true });
      return;
    }
    const persistent =
      agent.station.webRtcCallAppearances === 1 ||
      (agent.station.webRtcPersistentEnabled && !this.sessions.forAgent(agent.id).some((s) => s.keepAlive));
    const proposal: Proposal = {
      ...base,
      sessionId: randomUUID(),
      fresh: true,
      recipients: new Set(this.#context.clientsOf(agent.id)),
      persistent,
      ...(originatingClientId !== undefined ? { originatingClientId } : {}),
    };
    this.#ringing.ring(proposal);
    for (const client of proposal.recipients) this.#ringing.propose(client, proposal, conversation);
  }

  /** A participant left: a call still ringing is retracted (the customer hung up, or the agent was removed). */
  participantLeft(conversationId: string, purpose: ParticipantPurpose): void {
    const proposal = this.proposals.forConversation(conversationId);
    if (proposal) this.#ringing.withdraw(proposal, purpose === "customer" ? "callerHungUp" : "rejected");
  }

  participantUpdated(conversationId: string): void {
    this.#sessions.resumed(conversationId);
  }

  closed(conversationId: string): void {
    const proposal = this.proposals.forConversation(conversationId);
    if (proposal) this.#ringing.withdraw(proposal, "callerHungUp");
    this.#sessions.conversationClosed(conversationId);
  }

  // ---- client-driven ----------------------------------------------------------------------------------------

  /** `conversationId` picks the call when several ring on one session (line appearance 1); else the oldest. */
  async proceed(client: SignalingClient, sessionId: string, conversationId?: string): Promise<void> {
    const proposal = this.#ringing.find(client, sessionId, "proceed", conversationId);
    if (!proposal) return;
    // Remembered as retracted: the other connections that still try to proceed hear PROPOSAL_RETRACTED.
    this.proposals.remove(proposal, true);
    if (!proposal.fresh) {
      const session = this.sessions.get(sessionId);
      if (session) this.#sessions.answerOn(session, proposal.conversationId);
      return;
    }
    for (const other of proposal.recipients) {
      if (other !== client) other.send(retract(proposal, "answeredElsewhere"));
    }
    await this.#sessions.start(client, proposal);
  }

  reject(client: SignalingClient, sessionId: string, conversationId?: string): void {
    const proposal = this.#ringing.find(client, sessionId, "reject", conversationId);
    if (proposal) this.#ringing.decline(client, proposal);
  }

  accept(client: SignalingClient, message: AcceptMessage): Promise<void> {
    return this.#sessions.accept(client, message);
  }

  iceCandidate(client: SignalingClient, message: IceCandidateMessage): Promise<void> {
    return this.#sessions.iceCandidate(client, message);
  }

  sendDigits(client: SignalingClient, message: SendDigitsMessage): void {
    this.#sessions.sendDigits(client, message);
  }

  /** The client's peer connection failed: re-offer with new ICE credentials (`initiate` with `reinvite`). */
  iceRestart(client: SignalingClient, sessionId: string): Promise<void> {
    return this.#sessions.iceRestart(client, sessionId);
  }

  /** The client ends a session: its media stops and the calls it carries end (the agent hangs up). */
  terminate(client: SignalingClient, sessionId: string): void {
    const session = this.sessions.get(sessionId);
    if (session && session.client === client) {
      this.#sessions.end(session, { hangUp: true });
      return;
    }
    const proposal = this.proposals.forSession(sessionId).find((p) => p.fresh && p.recipients.has(client));
    if (proposal) this.#ringing.decline(client, proposal);
    else this.#sessions.own(client, sessionId);
  }

  // ---- connection-driven ------------------------------------------------------------------------------------

  /** A newly authenticated connection hears about the agent's calls that are still ringing. */
  clientJoined(client: SignalingClient): void {
    const agentId = client.identity?.agentId;
    if (agentId === undefined) return;
    for (const proposal of this.proposals.forAgent(agentId)) {
      const conversation = this.#engine.get(proposal.conversationId);
      if (!proposal.fresh || !conversation) continue;
      proposal.recipients.add(client);
      this.#ringing.propose(client, proposal, conversation);
    }
  }

  /**
   * A newly authenticated connection with the `clientId` of a closed one within the grace period: it takes
   * that connection's parked sessions back (called before `ready`, which lists their conversations).
   */
  clientReturned(client: SignalingClient): void {
    this.#sessions.grace.reclaim(client);
  }

  /**
   * A connection closed. Calls ringing only there end; calls still proposed to other connections keep ringing.
   * Its sessions (a session belongs to the connection that proceeded, never to the agent's other tabs):
   *
   * - with a `clientId` and `reconnectGraceMs` > 0, an active session carrying calls is parked: its peer
   *   connection is independent of the socket, so media keeps flowing and nothing is hung up; calls ringing on
   *   it end. A connection of the same agent with the same `clientId` within the grace period takes it back
   *   (`clientReturned`); otherwise it ends then, with its calls, as below.
   * - every other session (still initiating, idle, or no `clientId` to come back with) ends now, and so do
   *   the calls it carries.
   */
  clientLeft(client: SignalingClient): void {
    for (const proposal of this.proposals.all()) {
      if (!proposal.recipients.delete(client) || !proposal.fresh || proposal.recipients.size > 0) continue;
      this.proposals.remove(proposal, true);
      hangUpAgent(this.#engine, proposal.conversationId);
    }
    this.#sessions.grace.park(client);
    for (const session of this.sessions.forClient(client)) {
      if (!this.#sessions.grace.isParked(session)) this.#sessions.end(session, { hangUp: true });
    }
  }

  /** Stops every timer and peer connection without touching the conversations (the sandbox is stopping). */
  async close(): Promise<void> {
    for (const proposal of this.proposals.all()) this.proposals.remove(proposal, false);
    await this.#sessions.close();
  }

  // ---- internals --------------------------------------------------------------------------------------------

  #reusableSession(agentId: string, station: Station): SessionRecord | undefined {
    // A parked session has no socket to ring on: a call arriving meanwhile gets a proposal of its own.
    const sessions = this.sessions
      .forAgent(agentId)
      .filter((session) => !this.#sessions.grace.isParked(session));
    if (station.webRtcCallAppearances === 1) {
      const shared = sessions.find((session) => session.lineAppearance1);
      if (shared) return shared;
    }
    if (!station.webRtcPersistentEnabled) return undefined;
    return sessions.find(
      (session) =>
        session.keepAlive &&
        session.state === "active" &&
        session.conversations.size === 0 &&
        this.proposals.forSession(session.id).length === 0,
    );
  }
}
