/**
 * The event maps: names follow the seed (webrtc-softphone-sdk.txt) where users know them. Each emitter is
 * typed by its map, so a misspelled name or a wrong payload does not compile.
 */
import type { CcaasError, Conversation, Station } from "@ccaas/types";
import type { SoftphoneSession } from "./sessions/softphone-session";
import type {
  CancelledPendingSession,
  ConversationUpdate,
  HandledPendingSession,
  PendingSession,
  SessionState,
} from "./types";

/** Events of the softphone (`softphone.on(name, listener)`). */
export type SoftphoneEvents = {
  /** A call is offered to this client (propose, or synthesised from conversation events). */
  pendingSession: PendingSession;
  /** A pending session stopped ringing unanswered (caller hung up, timeout, call ended). */
  cancelPendingSession: CancelledPendingSession;
  /** A pending session was accepted or rejected, here or on another client of the agent. */
  handledPendingSession: HandledPendingSession;
  /** A call's session started on this client; call `acceptSession` unless it is already `active`. */
  sessionStarted: SoftphoneSession;
  /** A call's session ended on this client (`session.endReason` says why). */
  sessionEnded: SoftphoneSession;
  /** The agent's conversations changed: the source of truth in both line appearance modes. */
  conversationUpdate: ConversationUpdate;
  /** The agent's station (line appearance, persistent connection), at connect and on every change. */
  station: Station;
  /** Line appearance > 1 (one peer connection per call), at connect and when it changes. */
  concurrentSoftphoneSessionsEnabled: boolean;
  /** Signaling is up and authenticated (`reconnected` after a drop: state was re-synced). */
  connected: { readonly reconnected: boolean };
  /** Signaling dropped. Calls in progress keep their media; the SDK reconnects unless told not to. */
  disconnected: { readonly code: number; readonly reason: string; readonly willReconnect: boolean };
  /** The next reconnect attempt is scheduled. */
  reconnecting: { readonly attempt: number; readonly delayMs: number };
  /** Something failed outside a call the app awaits, or an app listener threw. Never thrown. */
  error: CcaasError;
};

/** Events of one call's session (`session.on(name, listener)`). */
export type SessionEvents = {
  state: SessionState;
  /** The peer connection's state (`RTCPeerConnection.connectionState`). */
  connectionState: RTCPeerConnectionState;
  /** The call was held or resumed (from the platform's conversation events). */
  held: boolean;
  /** The agent was muted or unmuted. */
  muted: boolean;
  /** The conversation changed (any field). */
  conversation: Conversation;
  /** The session ended; `reason` is the platform's (`hangup`, `callEnded`, `mediaFailed`, ...) or the SDK's. */
  terminated: { readonly reason: string };
};
