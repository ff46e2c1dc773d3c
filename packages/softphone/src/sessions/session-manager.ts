/**
 * The softphone's sessions: the state every module of this folder works on (pending sessions, peer
 * connections, sessions, conversations), the app's actions on it, and starting and ending sessions. What each
 * signaling message does is `signaling-dispatch.ts`'s; what conversation events do (line appearance 1
 * synthesis) is `conversation-events.ts`'s. The README's "How it works" has the tables.
 */

import type {
  Conversation,
  SafeLogger,
  SignalingAgent,
  SoftphoneClientMessage,
  SoftphoneServerMessage,
  Station,
  TypedEmitter,
} from "@ccaas/types";
import type { CallControl, CallControlRequest } from "../call-control/call-control";
import { SessionError } from "../errors/session-error";
import type { SoftphoneEvents } from "../events";
import type { SoftphoneRtc } from "../options";
import type { PendingSession } from "../types";
import { reconcileConversations } from "./conversation-events";
import { agentParticipantOf, ConversationStore, isTalking } from "./conversation-store";
import type { MediaConnection } from "./media-connection";
import { Outcomes } from "./outcomes";
import { unknownConversation } from "./pending-session";
import { PendingSessions } from "./pending-sessions";
import { closeMedia, newMedia } from "./session-lifecycle";
import { dispatchSignaling } from "./signaling-dispatch";
import type { CallSession } from "./softphone-session";

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

/** Internal to the SDK: its fields are shared with the other modules of `sessions/`, never with the app. */
export class SessionManager {
  agent: SignalingAgent | undefined;
  station: Station | undefined;
  readonly store = new ConversationStore();
  readonly pending: PendingSessions;
  readonly media = new Map<string, MediaConnection>();
  readonly sessions = new Map<string, CallSession>();
  readonly emitter: TypedEmitter<SoftphoneEvents>;
  readonly report: (error: unknown) => void;
  /** Conversations whose session this client accepts by itself (outbound, autoAnswer). */
  readonly autoAccepted = new Set<string>();
  /** Calls this client proceeded with on a persistent connection: conversationId -> sessionId. */
  readonly rides = new Map<string, string>();
  /** Last states of the conversations that ended in the current change, for `removed`. */
  readonly ended = new Map<string, Conversation>();
  readonly init: SessionManagerInit;
  /** How each recent call ended up here, for `startSoftphoneSession`. */
  readonly outcomes = new Outcomes<CallSession>();

  constructor(init: SessionManagerInit) {
    this.init = init;
    this.emitter = init.emitter;
    this.report = init.report;
    this.pending = new PendingSessions({
      emitter: init.emitter,
      timeoutMs: init.pendingSessionTimeoutMs,
      finish: (conversationId, code, message) => this.finish(conversationId, code, message),
    });
  }

  // ---- signaling ----------------------------------------------------------------------------------------

  ready(agent: SignalingAgent, station: Station, conversations: Conversation[], reconnected: boolean): void {
    this.agent = agent;
    this.store.agent = agent;
    this.setStation(station);
    reconcileConversations(this, conversations);
    // Idle connections cannot be trusted after a drop (the platform may have ended them with the socket):
    // the next call gets a fresh one.
    for (const media of this.media.values()) {
      if (reconnected && media.conversations.size === 0 && media.state !== "proceeding") {
        closeMedia(this, media, "reconnected");
      }
    }
  }

  handle(message: SoftphoneServerMessage): void {
    dispatchSignaling(this, message);
  }

  // ---- app actions --------------------------------------------------------------------------------------

  acceptPending(conversationId: string, auto = false): void {
    const pending = this.pending.of(conversationId);
    // An outbound call on a persistent connection is connected by the platform: nothing to proceed with.
    if (!pending.synthesized || pending.direction === "inbound") {
      // Named: under line appearance 1 several calls can ring on the one persistent session.
      this.send({ type: "proceed", sessionId: pending.id, conversationId });
    }
    this.pending.unring(conversationId);
    if (pending.synthesized) this.rides.set(conversationId, pending.id);
    else this.media.set(pending.id, newMedia(this, pending));
    if (auto) this.autoAccepted.add(conversationId);
    this.pending.handled(pending, "accepted", false);
  }

  async rejectPending(conversationId: string): Promise<void> {
    const pending = this.pending.of(conversationId);
    const request = this.request(conversationId, "agent");
    if (!pending.synthesized || pending.direction === "inbound") {
      this.send({ type: "reject", sessionId: pending.id, conversationId });
    } else if (request) {
      await this.init.callControl().end(request);
    }
    if (this.pending.unring(conversationId)) this.pending.handled(pending, "rejected", false);
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
    const ms = this.init.pendingSessionTimeoutMs;
    const outcome = this.outcomes.get(conversationId);
    setTimeout(
      () => this.finish(conversationId, "timeout", `The call's session did not start within ${ms} ms.`),
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
    this.pending.cancelAll("destroyed");
    for (const media of this.media.values()) {
      this.trySend({ type: "terminate", sessionId: media.id });
      closeMedia(this, media, "destroyed");
    }
    for (const id of this.outcomes.ids()) this.finish(id, "destroyed", "The softphone was destroyed.");
  }

  // ---- shared with the other modules of sessions/ ---------------------------------------------------------

  /** A call rings here (a proposal, or a call riding on our persistent connection). */
  addPending(pending: PendingSession): void {
    const { conversationId } = pending;
    if (this.sessions.has(conversationId) || !this.pending.ring(pending)) return;
    this.emitter.emit("pendingSession", pending);
    const auto = pending.autoAnswer && pending.direction === "outbound" && !pending.synthesized;
    if (auto && this.init.autoAcceptOutbound && this.pending.get(conversationId) === pending) {
      try {
        this.acceptPending(conversationId, true);
      } catch (error) {
        this.report(error);
      }
    }
  }

  setStation(station: Station): void {
    const concurrent = (s: Station | undefined) => (s?.webRtcCallAppearances ?? 0) > 1;
    const before = this.station;
    this.station = station;
    this.emitter.emit("station", station);
    if (!before || concurrent(before) !== concurrent(station)) {
      this.emitter.emit("concurrentSoftphoneSessionsEnabled", concurrent(station));
    }
  }

  /** No session started here for the call: `startSoftphoneSession`'s promise says why. */
  finish(conversationId: string, code: string, message: string): void {
    if (!this.sessions.has(conversationId)) {
      this.outcomes.get(conversationId).reject(new SessionError(message, { code, conversationId }));
    }
  }

  send(message: SoftphoneClientMessage): void {
    this.init.send(message);
  }

  trySend(message: SoftphoneClientMessage): void {
    try {
      this.init.send(message);
    } catch {
      // Signaling is down: the platform ends what this connection held on its own.
    }
  }

  update(): void {
    const update = this.store.update((id) => this.sessions.get(id), this.ended);
    this.ended.clear();
    if (update) this.emitter.emit("conversationUpdate", update);
  }
}
