import type { AcceptMessage, IceCandidateMessage, SendDigitsMessage } from "@ccaas/types";
import { mediaEndpointOf } from "../media/media-endpoint";
import { type CallFlowContext, hangUpAgent, holdCustomer, isTalking } from "./call-actions";
import { applyRestartAnswer, reofferWithIceRestart } from "./ice-restart";
import { openSession } from "./open-session";
import type { Proposal, ProposalBook } from "./proposals";
import { ReconnectGrace } from "./reconnect-grace";
import { SessionBook, type SessionRecord } from "./sessions";
import type { SignalingClient } from "./signaling-client";

/**
 * The WebRTC sessions clients proceeded with: the offer/answer and ICE of each, the calls each carries, and
 * what ends a session. Which call rings where is the CallFlow's; this is what happens once a client takes one.
 * Opening a session is open-session.ts; keeping a closed connection's sessions for a reconnect is
 * reconnect-grace.ts.
 */
export class SessionControl {
  readonly sessions = new SessionBook();
  readonly #context: CallFlowContext;
  readonly #proposals: ProposalBook;
  /** Closed connections' sessions waiting for a reconnect; `end` un-parks a connection left without any. */
  readonly grace: ReconnectGrace;

  constructor(context: CallFlowContext, proposals: ProposalBook) {
    this.#context = context;
    this.#proposals = proposals;
    this.grace = new ReconnectGrace(context, this.sessions, proposals, (session) =>
      this.end(session, { hangUp: true }),
    );
  }

  get #engine() {
    return this.#context.core.engine;
  }

  /** A client proceeded with a fresh proposal: open the platform side of the session and send `initiate`. */
  start(client: SignalingClient, proposal: Proposal): Promise<void> {
    return openSession(
      this.#context,
      this.sessions,
      (session, options) => this.end(session, options),
      client,
      proposal,
    );
  }

  /** The client's connection failed: re-offer with new ICE credentials on the same session, its calls intact. */
  async iceRestart(client: SignalingClient, sessionId: string): Promise<void> {
    const session = this.own(client, sessionId);
    if (!session) return;
    if (session.state !== "active") {
      client.error(
        "SESSION_STATE",
        session.state === "restarting"
          ? "An ICE restart is already under way: answer its initiate (reinvite) with accept."
          : "This session has no answer yet: send accept for its initiate before asking for an ICE restart.",
        sessionId,
      );
      return;
    }
    await reofferWithIceRestart(session, this.#context.unexpected);
  }

  async accept(client: SignalingClient, message: AcceptMessage): Promise<void> {
    const session = this.own(client, message.sessionId);
    if (!session) return;
    if (session.state === "restarting") {
      await applyRestartAnswer(session, message.sdp);
      // A call that ended during the restart leaves nothing to carry.
      if (this.sessions.get(session.id) === session) this.retireIfIdle(session);
      return;
    }
    if (session.state !== "initiating") {
      client.error(
        "SESSION_STATE",
        "This session already has an answer; send accept once, after initiate.",
        session.id,
      );
      return;
    }
    try {
      await session.media.applyAnswer(message.sdp);
    } catch {
      client.error(
        "INVALID_MESSAGE",
        "The SDP answer could not be applied: answer the offer from initiate (one audio m-line, PCMU) and send it unchanged.",
        session.id,
      );
      return;
    }
    if (this.sessions.get(session.id) !== session) return;
    session.state = "active";
    this.answerOn(session, session.initialConversationId);
  }

  async iceCandidate(client: SignalingClient, message: IceCandidateMessage): Promise<void> {
    const session = this.own(client, message.sessionId);
    if (!session) return;
    try {
      await session.media.addRemoteCandidate({
        candidate: message.candidate,
        sdpMid: message.sdpMid ?? null,
        sdpMLineIndex: message.sdpMLineIndex ?? null,
      });
    } catch {
      client.error(
        "INVALID_MESSAGE",
        "The ICE candidate could not be added: send the candidate string of an RTCIceCandidate.",
        session.id,
      );
    }
  }

  sendDigits(client: SignalingClient, message: SendDigitsMessage): void {
    const session = this.own(client, message.sessionId);
    if (!session) return;
    const conversationId =
      message.conversationId ?? session.media.activeLeg()?.conversationId ?? [...session.conversations][0];
    if (conversationId === undefined || !session.conversations.has(conversationId)) {
      client.error(
        "SESSION_STATE",
        "That conversation is not carried by this session; name one from its conversation events.",
        session.id,
      );
      return;
    }
    mediaEndpointOf(this.#context.core)?.recordDigits(conversationId, message.digits);
  }

  /** The client's own session, or undefined after telling the client why not. */
  own(client: SignalingClient, sessionId: string): SessionRecord | undefined {
    const session = this.sessions.get(sessionId);
    if (session && session.client === client) return session;
    if (this.#proposals.forSession(sessionId).some((p) => p.fresh && p.recipients.has(client))) {
      client.error(
        "SESSION_STATE",
        `Session ${sessionId} is only proposed: send proceed and wait for initiate first.`,
        sessionId,
      );
    } else {
      client.error(
        "UNKNOWN_SESSION",
        `No session ${sessionId} on this connection; send sync to refresh your sessions.`,
        sessionId,
      );
    }
    return undefined;
  }

  /** The session now carries the call: the others on it are held (line appearance 1), the agent connects. */
  answerOn(session: SessionRecord, conversationId: string): void {
    const conversation = this.#engine.get(conversationId);
    if (!conversation || conversation.endTime !== undefined) return;
    if (session.lineAppearance1) {
      for (const other of session.conversations)
        if (other !== conversationId) holdCustomer(this.#engine, other);
    }
    this.sessions.carry(session, conversationId);
    mediaEndpointOf(this.#context.core)?.attach(session.id, conversationId);
    const agent = this.#engine.agentParticipant(conversationId);
    if (agent?.state === "alerting") this.#engine.connect(conversationId, agent.id);
    const customer = this.#engine.customerParticipant(conversationId);
    if (conversation.direction === "outbound" && customer?.state === "alerting") {
      this.#engine.connect(conversationId, customer.id);
    }
  }

  /** Line appearance 1: a call that starts talking again (resumed) holds the others on its session. */
  resumed(conversationId: string): void {
    const session = this.sessions.forConversation(conversationId);
    if (!session?.lineAppearance1 || !isTalking(this.#engine.get(conversationId))) return;
    for (const other of session.conversations) {
      if (other !== conversationId && isTalking(this.#engine.get(other))) holdCustomer(this.#engine, other);
    }
  }

  /** A call ended: its session ends with it unless the session is persistent or carries other calls. */
  conversationClosed(conversationId: string): void {
    const session = this.sessions.drop(conversationId);
    if (!session) return;
    mediaEndpointOf(this.#context.core)?.detach(conversationId);
    if (session.state === "initiating" && session.initialConversationId === conversationId) {
      this.end(session, { hangUp: false, reason: "callEnded" });
      return;
    }
    this.retireIfIdle(session);
  }

  /** An active session without calls ends, unless it is a persistent connection. */
  retireIfIdle(session: SessionRecord): void {
    if (session.state !== "active" || session.keepAlive || session.conversations.size > 0) return;
    if (this.#proposals.forSession(session.id).length > 0) return;
    this.end(session, { hangUp: false, reason: "callEnded" });
  }

  /**
   * Ends a session: forgets it first (so the conversation events it causes find nothing), ends its calls when
   * asked (calls still ringing on it always end), tells the client when the platform is the one ending it
   * (`reason`), and closes the peer connection.
   */
  end(session: SessionRecord, options: { hangUp: boolean; reason?: string }): void {
    if (this.sessions.get(session.id) !== session) return;
    this.sessions.remove(session);
    session.unsubscribe();
    const ringing = this.#proposals.forSession(session.id);
    for (const proposal of ringing) this.#proposals.remove(proposal, false);
    const endpoint = mediaEndpointOf(this.#context.core);
    for (const conversationId of session.conversations) endpoint?.detach(conversationId);
    for (const proposal of ringing) hangUpAgent(this.#engine, proposal.conversationId);
    if (options.hangUp) {
      for (const conversationId of session.conversations) hangUpAgent(this.#engine, conversationId);
      if (session.state === "initiating") hangUpAgent(this.#engine, session.initialConversationId);
    }
    session.conversations.clear();
    if (options.reason !== undefined) {
      session.client.send({ type: "terminate", sessionId: session.id, reason: options.reason });
    }
    endpoint?.closeSession(session.id).catch((error: unknown) => this.#context.unexpected(error));
    this.grace.unparkIfEmpty(session.client);
  }

  /** Stops every peer connection without touching the conversations (the sandbox is stopping). */
  async close(): Promise<void> {
    this.grace.clear();
    const endpoint = mediaEndpointOf(this.#context.core);
    const sessions = this.sessions.all();
    for (const session of sessions) {
      this.sessions.remove(session);
      session.unsubscribe();
    }
    await Promise.all(sessions.map((session) => endpoint?.closeSession(session.id)));
  }
}
