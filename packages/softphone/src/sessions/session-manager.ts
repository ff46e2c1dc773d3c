/**
 * The softphone's state machine: what each signaling message does to pending sessions, sessions and peer
 * connections, following the seed's flows (propose -> proceed -> initiate -> accept) and, for calls that ride
 * on a persistent connection this client holds (line appearance 1, or a persistent connection between
 * calls), the same events synthesised from conversation events. The README's "How it works" has the tables.
 */

import type { SafeLogger } from "@ccaas/partner-api/internal";
import type {
  Conversation,
  InitiateMessage,
  ProposeMessage,
  RetractMessage,
  SignalingAgent,
  SignalingErrorMessage,
  SoftphoneClientMessage,
  SoftphoneServerMessage,
  Station,
  TypedEmitter,
} from "@ccaas/types";
import type { CallControl, CallControlRequest } from "../call-control/call-control";
import { SessionError } from "../errors/session-error";
import type { SoftphoneEvents } from "../events";
import type { SoftphoneRtc } from "../options";
import type { CancelReason, PendingSession } from "../types";
import { agentParticipantOf, ConversationStore, isTalking } from "./conversation-store";
import { MediaConnection } from "./media-connection";
import { Outcomes } from "./outcomes";
import { pendingSession, unknownConversation } from "./pending-session";
import { CallSession } from "./softphone-session";

export interface SessionManagerInit {
  emitter: TypedEmitter<SoftphoneEvents>;
  send(message: SoftphoneClientMessage): void;
  log: SafeLogger;
  report(error: unknown): void;
  listenerError(error: unknown, event: string): void;
  callControl(): CallControl;
  /** Answers a session the SDK accepts by itself (an outbound call it auto-answered). */
  autoAccept(session: CallSession): void;
  autoAcceptOutbound: boolean;
  pendingSessionTimeoutMs: number;
  rtc: SoftphoneRtc | undefined;
  rtcConfiguration: RTCConfiguration | undefined;
}

export class SessionManager {
  agent: SignalingAgent | undefined;
  station: Station | undefined;
  readonly store = new ConversationStore();
  /** The calls ringing here, one per conversation, each with the deadline that keeps it from being a zombie. */
  readonly pending = new Map<string, PendingSession>();
  readonly #deadlines = new Map<string, ReturnType<typeof setTimeout>>();
  readonly media = new Map<string, MediaConnection>();
  readonly sessions = new Map<string, CallSession>();
  readonly #init: SessionManagerInit;
  readonly #emitter: TypedEmitter<SoftphoneEvents>;
  /** Conversations whose session this client accepts by itself (outbound, autoAnswer). */
  readonly #autoAccept = new Set<string>();
  /** Calls this client proceeded with on a persistent connection: conversationId -> sessionId. */
  readonly #rides = new Map<string, string>();
  readonly #outcomes = new Outcomes<CallSession>();
  /** Last states of the conversations that ended in the current change, for `removed`. */
  readonly #ended = new Map<string, Conversation>();

  constructor(init: SessionManagerInit) {
    this.#init = init;
    this.#emitter = init.emitter;
  }

  // ---- signaling ----------------------------------------------------------------------------------------

  ready(agent: SignalingAgent, station: Station, conversations: Conversation[], reconnected: boolean): void {
    this.agent = agent;
    this.store.agent = agent;
    this.#setStation(station);
    this.#reconcile(conversations);
    // Idle connections cannot be trusted after a drop (the platform may have ended them with the socket):
    // the next call gets a fresh one.
    for (const media of this.media.values()) {
      if (reconnected && media.conversations.size === 0 && media.state !== "proceeding") {
        this.#closeMedia(media, "reconnected");
      }
    }
  }

  handle(message: SoftphoneServerMessage): void {
    switch (message.type) {
      case "propose":
        this.#propose(message);
        break;
      case "retract":
        this.#retract(message);
        break;
      case "initiate":
        this.#initiate(message);
        break;
      case "iceCandidate":
        this.media.get(message.sessionId)?.addRemoteCandidate(message);
        break;
      case "terminate": {
        const media = this.media.get(message.sessionId);
        if (media) this.#closeMedia(media, message.reason ?? "terminated");
        break;
      }
      case "conversationEvent":
        this.#conversation(message.conversation);
        this.#update();
        break;
      case "snapshot":
        this.#setStation(message.station);
        this.#reconcile(message.conversations);
        break;
      case "stationEvent":
        this.#setStation(message.station);
        break;
      case "error":
        this.#error(message);
    }
  }

  // ---- app actions --------------------------------------------------------------------------------------

  acceptPending(conversationId: string, auto = false): void {
    const pending = this.#pendingOf(conversationId);
    // An outbound call on a persistent connection is connected by the platform: nothing to proceed with.
    if (!pending.synthesized || pending.direction === "inbound") {
      this.#init.send({ type: "proceed", sessionId: pending.id });
    }
    this.#unring(conversationId);
    if (pending.synthesized) this.#rides.set(conversationId, pending.id);
    else this.media.set(pending.id, this.#newMedia(pending));
    if (auto) this.#autoAccept.add(conversationId);
    this.#handled(pending, "accepted", false);
  }

  async rejectPending(conversationId: string): Promise<void> {
    const pending = this.#pendingOf(conversationId);
    const request = this.request(conversationId, "agent");
    if (!pending.synthesized || pending.direction === "inbound") {
      this.#init.send({ type: "reject", sessionId: pending.id });
    } else if (request) {
      await this.#init.callControl().end(request);
    }
    if (this.#unring(conversationId)) this.#handled(pending, "rejected", false);
  }

  /** What a call-control action needs, or undefined while the conversation is unknown. */
  request(conversationId: string, target: "agent" | "others"): CallControlRequest | undefined {
    const conversation = this.store.get(conversationId);
    const agent = conversation && agentParticipantOf(conversation, this.agent);
    if (!agent || !this.agent) return undefined;
    return {
      conversationId,
      agentParticipantId: agent.id,
      userName: this.agent.userName,
      // Hold applies to the other parties still in the call, mute and end to the agent.
      participantIds:
        target === "agent"
          ? [agent.id]
          : conversation.participants
              .filter((p) => p !== agent && p.state !== "disconnected")
              .map((p) => p.id),
      conversation,
    };
  }

  session(conversationId: string): CallSession {
    const session = this.sessions.get(conversationId);
    return session ?? unknownConversation(conversationId, "session");
  }

  /** The session of a conversation once it starts here, whenever that is (or was). */
  waitForSession(conversationId: string): Promise<CallSession> {
    const ms = this.#init.pendingSessionTimeoutMs;
    const outcome = this.#outcomes.get(conversationId);
    setTimeout(
      () => this.#finish(conversationId, "timeout", `The call's session did not start within ${ms} ms.`),
      ms,
    );
    return outcome.promise;
  }

  /** Mute follows the conversation the peer connection carries now (line appearance 1 switches it). */
  applyMicrophones(): void {
    for (const media of this.media.values()) {
      const carried = [...media.conversations].map((id) => this.sessions.get(id));
      const active =
        carried.find((s) => s?.conversation && isTalking(s.conversation, this.agent)) ??
        (carried.length === 1 ? carried[0] : undefined);
      if (active) media.setMicEnabled(!active.muted);
    }
  }

  destroy(): void {
    for (const pending of [...this.pending.values()]) this.#cancel(pending, "destroyed");
    for (const media of this.media.values()) {
      this.#trySend({ type: "terminate", sessionId: media.id });
      this.#closeMedia(media, "destroyed");
    }
    for (const id of this.#outcomes.ids()) this.#finish(id, "destroyed", "The softphone was destroyed.");
  }

  // ---- message handlers ---------------------------------------------------------------------------------

  #propose(message: ProposeMessage): void {
    this.#addPending(pendingSession(message, message.sessionId, message.autoAnswer, false));
  }

  #addPending(pending: PendingSession): void {
    const { conversationId } = pending;
    if (this.sessions.has(conversationId)) return;
    const known = this.pending.has(conversationId);
    // Deduplicated by conversation: a second proposal updates the first (a propose also replaces a guess).
    this.pending.set(conversationId, pending);
    if (known) return;
    this.#deadlines.set(
      conversationId,
      setTimeout(() => {
        const current = this.pending.get(conversationId);
        if (current) this.#cancel(current, "timeout");
      }, this.#init.pendingSessionTimeoutMs),
    );
    this.#emitter.emit("pendingSession", pending);
    const auto = pending.autoAnswer && pending.direction === "outbound" && !pending.synthesized;
    if (auto && this.#init.autoAcceptOutbound && this.pending.get(conversationId) === pending) {
      try {
        this.acceptPending(conversationId, true);
      } catch (error) {
        this.#init.report(error);
      }
    }
  }

  #retract({ conversationId, sessionId, reason }: RetractMessage): void {
    const pending = this.pending.get(conversationId);
    if (pending?.id !== sessionId) return;
    if (reason === "answeredElsewhere" || reason === "rejected") {
      this.#unring(conversationId);
      this.#handled(pending, reason === "rejected" ? "rejected" : "accepted", true);
    } else {
      this.#cancel(pending, reason);
    }
  }

  #initiate({ sessionId, conversationId, sdp, reinvite }: InitiateMessage): void {
    const media = this.media.get(sessionId);
    if (reinvite) {
      media
        ?.reinvite(sdp)
        .then((answer) => this.#init.send({ type: "accept", sessionId, sdp: answer }))
        .catch(this.#init.report);
    } else if (media?.state === "proceeding") {
      media.offer(sdp).catch((error: unknown) => {
        this.#init.report(error);
        this.#trySend({ type: "terminate", sessionId });
        this.#closeMedia(media, "mediaFailed");
      });
      this.#start(conversationId, media, false);
    }
  }

  #conversation(conversation: Conversation): void {
    const { id } = conversation;
    const known = this.store.get(id);
    const session = this.sessions.get(id);
    if (!this.store.upsert(conversation)) {
      this.#gone(id, conversation);
    } else if (session) {
      session.update(conversation, this.agent);
    } else if (agentParticipantOf(conversation, this.agent)?.state === "alerting") {
      const ride = this.#rideMedia();
      if (ride && !this.pending.get(id)) this.#addPending(this.#synthesized(conversation, ride));
    } else {
      this.#inCallWithoutSession(conversation, known === undefined);
    }
    this.applyMicrophones();
  }

  /** The agent is in a call this client has no session for: start one if it rides on our connection. */
  #inCallWithoutSession(conversation: Conversation, fresh: boolean): void {
    const { id } = conversation;
    const pending = this.pending.get(id);
    if (pending && !pending.synthesized) return; // a real proposal: initiate or retract decides
    let media = this.media.get(pending?.id ?? this.#rides.get(id) ?? "");
    if (pending) {
      this.#unring(id);
      this.#handled(pending, "accepted", false);
    } else if (!media && fresh && conversation.direction === "outbound") {
      // Placed while our persistent connection was up: the platform connected it at once.
      media = this.#rideMedia();
      if (media) {
        const synthesized = this.#synthesized(conversation, media);
        this.#emitter.emit("pendingSession", synthesized);
        this.#handled(synthesized, "accepted", false);
      }
    }
    this.#rides.delete(id);
    if (media && media.state !== "closed") this.#start(id, media, true);
    else if (![...this.media.values()].some((m) => m.initialConversationId === id)) {
      // Taken on another client of the agent (its tab holds the connection): no session will start here.
      this.#finish(id, "answered_elsewhere", "The call was answered on another client.");
    }
  }

  #synthesized(conversation: Conversation, media: MediaConnection): PendingSession {
    // Outbound calls on a persistent connection are connected by the platform without asking.
    return pendingSession(
      { ...conversation, conversationId: conversation.id, persistentConnectionId: media.id },
      media.id,
      conversation.direction === "outbound",
      true,
    );
  }

  /** The persistent connection a new call of the agent rides on, if this client holds it. */
  #rideMedia(): MediaConnection | undefined {
    const station = this.station;
    const ringing = new Set([...this.pending.values()].map((p) => p.id));
    for (const media of this.media.values()) {
      if (!media.persistent || media.state !== "active") continue;
      if (station?.webRtcCallAppearances === 1) return media;
      if (station?.webRtcPersistentEnabled && media.conversations.size === 0 && !ringing.has(media.id)) {
        return media;
      }
    }
    return undefined;
  }

  #start(conversationId: string, media: MediaConnection, synthesized: boolean): void {
    const conversation = this.store.get(conversationId);
    const session = new CallSession(
      conversationId,
      conversation?.direction ?? media.direction,
      media,
      synthesized,
      this.#init.listenerError,
    );
    if (conversation) {
      session.update(conversation, this.agent);
    }
    media.conversations.add(conversationId);
    this.sessions.set(conversationId, session);
    this.#emitter.emit("sessionStarted", session);
    this.#outcomes.get(conversationId).resolve(session);
    // After the event: an app that called acceptSession in its listener (with its own stream) wins.
    if (this.#autoAccept.delete(conversationId) && session.state === "starting") {
      this.#init.autoAccept(session);
    }
    this.#update();
  }

  #end(session: CallSession, reason: string): void {
    if (!session.end(reason)) return;
    this.sessions.delete(session.conversationId);
    session.media.conversations.delete(session.conversationId);
    this.#emitter.emit("sessionEnded", session);
  }

  /** The agent left a conversation (or it vanished from a snapshot). */
  #gone(conversationId: string, last: Conversation | undefined): void {
    this.store.forget(conversationId);
    if (last) this.#ended.set(conversationId, last);
    const pending = this.pending.get(conversationId);
    const hungUp = last?.participants.some((p) => p.purpose === "customer" && p.state === "disconnected");
    if (pending) this.#cancel(pending, hungUp ? "callerHungUp" : "ended");
    const session = this.sessions.get(conversationId);
    if (session) {
      if (last) session.update(last, this.agent);
      this.#end(session, "callEnded");
    }
    this.#rides.delete(conversationId);
    this.#autoAccept.delete(conversationId);
    this.#finish(conversationId, "call_ended", "The call ended before its session started here.");
  }

  #reconcile(conversations: Conversation[]): void {
    const present = new Set(conversations.map((c) => c.id));
    for (const conversation of conversations) this.#conversation(conversation);
    const known = [
      ...this.store.ids(),
      ...this.sessions.keys(),
      ...[...this.pending.values()].map((p) => p.conversationId),
    ];
    for (const id of known) {
      if (!present.has(id)) this.#gone(id, this.store.get(id) ?? this.sessions.get(id)?.conversation);
    }
    this.#update();
  }

  #closeMedia(media: MediaConnection, reason: string): void {
    const proceeding = media.state === "proceeding";
    media.close();
    this.media.delete(media.id);
    for (const id of media.conversations) {
      const session = this.sessions.get(id);
      if (session) this.#end(session, reason);
    }
    if (proceeding) this.#finish(media.initialConversationId, "call_ended", `The session ended (${reason}).`);
    this.#update();
  }

  #error({ sessionId = "", code, message }: SignalingErrorMessage): void {
    const media = this.media.get(sessionId);
    const lost = code === "UNKNOWN_SESSION";
    if (media && (lost || (code === "PROPOSAL_RETRACTED" && media.state === "proceeding"))) {
      this.#closeMedia(media, lost ? "sessionLost" : "retracted");
    }
    this.#init.report(new SessionError(`Signaling refused a message: ${message}`, { code }));
  }

  #setStation(station: Station): void {
    const concurrent = (s: Station | undefined) => (s?.webRtcCallAppearances ?? 0) > 1;
    const before = this.station;
    this.station = station;
    this.#emitter.emit("station", station);
    if (!before || concurrent(before) !== concurrent(station)) {
      this.#emitter.emit("concurrentSoftphoneSessionsEnabled", concurrent(station));
    }
  }

  // ---- helpers ------------------------------------------------------------------------------------------

  #newMedia(pending: PendingSession): MediaConnection {
    const media: MediaConnection = new MediaConnection({
      id: pending.id,
      conversationId: pending.conversationId,
      direction: pending.direction,
      persistent: pending.persistentConnectionId === pending.id,
      rtc: this.#init.rtc,
      configuration: this.#init.rtcConfiguration,
      send: this.#init.send,
      log: this.#init.log,
      onConnectionState: (state) => {
        for (const id of media.conversations) this.sessions.get(id)?.emit("connectionState", state);
        // A failed idle persistent connection is dropped, so the next call gets a fresh one.
        if (state === "failed" && media.conversations.size === 0) {
          this.#trySend({ type: "terminate", sessionId: media.id });
          this.#closeMedia(media, "mediaFailed");
        }
      },
      onError: this.#init.report,
    });
    return media;
  }

  #pendingOf(conversationId: string): PendingSession {
    const pending = this.pending.get(conversationId);
    return pending ?? unknownConversation(conversationId, "pending session");
  }

  #handled(pending: PendingSession, outcome: "accepted" | "rejected", elsewhere: boolean): void {
    this.#emitter.emit("handledPendingSession", { ...pending, outcome, elsewhere });
    if (outcome === "rejected" || elsewhere) {
      this.#finish(
        pending.conversationId,
        elsewhere ? "answered_elsewhere" : "rejected",
        `The call was ${outcome}${elsewhere ? " on another client" : ""}.`,
      );
    }
  }

  /** Stops a pending session ringing; true if it was. */
  #unring(conversationId: string): boolean {
    clearTimeout(this.#deadlines.get(conversationId));
    this.#deadlines.delete(conversationId);
    return this.pending.delete(conversationId);
  }

  #cancel(pending: PendingSession, reason: CancelReason): void {
    this.#unring(pending.conversationId);
    this.#emitter.emit("cancelPendingSession", { ...pending, reason });
    this.#finish(pending.conversationId, "call_ended", `The call stopped ringing (${reason}).`);
  }

  #finish(conversationId: string, code: string, message: string): void {
    if (!this.sessions.has(conversationId)) {
      this.#outcomes.get(conversationId).reject(new SessionError(message, { code, conversationId }));
    }
  }

  #trySend(message: SoftphoneClientMessage): void {
    try {
      this.#init.send(message);
    } catch {
      // Signaling is down: the platform ends what this connection held on its own.
    }
  }

  #update(): void {
    const update = this.store.update((id) => this.sessions.get(id), this.#ended);
    this.#ended.clear();
    if (update) this.#emitter.emit("conversationUpdate", update);
  }
}
