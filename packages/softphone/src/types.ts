/**
 * The data the softphone hands to apps: pending sessions, conversation states, stats. Wire shapes
 * (`Conversation`, `Station`, `Participant`, ...) come from `@ccaas/types`, generated from specs/.
 */
import type {
  Conversation,
  ConversationDirection,
  Participant,
  ParticipantState,
  RetractReason,
} from "@ccaas/types";
import type { SoftphoneSession } from "./sessions/softphone-session";

/**
 * A call offered to this client before any media exists (the seed's `pendingSession`). Answer it with
 * `acceptPendingSession({ conversationId })` or decline it with `rejectPendingSession`. Every pending session
 * ends with exactly one `handledPendingSession` or `cancelPendingSession`: never a zombie.
 */
export interface PendingSession {
  /** The signaling session id (the seed's `id`): the peer connection the call will use. */
  readonly id: string;
  /** The conversation (the seed's `conversationId`); pending sessions are deduplicated by it. */
  readonly conversationId: string;
  readonly direction: ConversationDirection;
  /** The other party: the caller for an inbound call, the dialled number for an outbound one. */
  readonly address: string;
  readonly fromAddress: string;
  readonly toAddress: string;
  /**
   * True when this client should take the call without asking the agent: an outbound call placed by this
   * client. With `autoAcceptOutbound` (the default) the SDK accepts it itself.
   */
  readonly autoAnswer: boolean;
  /** The `clientId` the outbound call was placed with, when the platform knows it. */
  readonly originatingClientId: string | undefined;
  /** Set when the session is (or becomes) the station's persistent connection. */
  readonly persistentConnectionId: string | undefined;
  /**
   * True when the call rides on a persistent connection this client already holds (line appearance 1, or a
   * persistent connection between calls): there was no `propose` on the wire, the SDK built this from the
   * conversation's events.
   */
  readonly synthesized: boolean;
}

/** Why a pending session was cancelled (`cancelPendingSession`). */
export type CancelReason =
  /** The customer hung up before anyone answered. */
  | Extract<RetractReason, "callerHungUp" | "timeout">
  /** The conversation ended or disappeared (for example in a snapshot after a reconnect). */
  | "ended"
  /** `destroy()` was called. */
  | "destroyed";

/** `cancelPendingSession`: the call stopped ringing without anyone answering it. */
export interface CancelledPendingSession extends PendingSession {
  readonly reason: CancelReason;
}

/** `handledPendingSession`: a client of the agent answered or declined the call. */
export interface HandledPendingSession extends PendingSession {
  readonly outcome: "accepted" | "rejected";
  /** True when another client (tab or device) of the agent handled it. */
  readonly elsewhere: boolean;
}

/**
 * One of the agent's conversations as the softphone sees it: the source of truth in both line appearance
 * modes (a session's peer connection may carry several conversations; this does not).
 */
export interface ConversationState {
  readonly conversationId: string;
  /** The latest conversation from the platform. */
  readonly conversation: Conversation;
  /** The agent's own participant (the one this softphone's user is). */
  readonly agentParticipant: Participant | undefined;
  /** The agent participant's state (`alerting`, `connected`, `held`, `muted`, `disconnected`). */
  readonly state: ParticipantState | undefined;
  /** True when the call is on hold (the agent or the other party held). */
  readonly held: boolean;
  /** True when the agent is muted. */
  readonly muted: boolean;
  /** The session carrying this conversation's media on this client, when this client has it. */
  readonly session: SoftphoneSession | undefined;
}

/** `conversationUpdate`: the agent's conversations after a change. */
export interface ConversationUpdate {
  /** The conversation the agent is talking on (connected, nobody held), if any. */
  readonly activeConversationId: string | undefined;
  /** Every conversation the agent is in (not disconnected). */
  readonly current: readonly ConversationState[];
  /** Conversations that appeared with this change. */
  readonly added: readonly ConversationState[];
  /** Conversations the agent left with this change (their last state). */
  readonly removed: readonly ConversationState[];
}

/**
 * A session's life: `starting` (the offer is in, `acceptSession` not called yet), `accepting` (answering),
 * `active` (media negotiated, or the call rides on a live persistent connection), `ended`.
 */
export type SessionState = "starting" | "accepting" | "active" | "ended";

/** The SDK's connection to the platform's signaling. */
export type SoftphoneStatus = "idle" | "connecting" | "connected" | "reconnecting" | "destroyed";

/** `getStats()`: a summary of the session's audio, read from `RTCPeerConnection.getStats()`. */
export interface SessionStats {
  readonly packetsSent: number;
  readonly packetsReceived: number;
  readonly bytesSent: number;
  readonly bytesReceived: number;
  /** Inbound packets lost (cumulative). */
  readonly packetsLost: number;
  /** packetsLost / (packetsReceived + packetsLost), 0 when nothing arrived. */
  readonly lossRatio: number;
  /** Inbound jitter in milliseconds. */
  readonly jitterMs: number | undefined;
  /** Round trip time in milliseconds (RTCP, else the ICE candidate pair). */
  readonly roundTripTimeMs: number | undefined;
  /** Level of the audio heard, 0..1. */
  readonly audioLevel: number | undefined;
  /** Level of the microphone sent, 0..1. */
  readonly localAudioLevel: number | undefined;
  readonly timestamp: number;
}

/** Selects one conversation's session: `conversationId` is reliable in both line appearance modes. */
export interface ConversationTarget {
  conversationId: string;
}

export interface AcceptSessionParams extends ConversationTarget {
  /** The microphone stream for this call; default: `defaultAudioStream`, else a new one (`getUserMedia`). */
  mediaStream?: MediaStream;
  /** Where the caller is played; default: `defaultAudioElement`, else an `Audio` the SDK creates. */
  audioElement?: HTMLAudioElement;
}

export interface SetAudioMuteParams extends ConversationTarget {
  mute: boolean;
}

export interface SetConversationHeldParams extends ConversationTarget {
  held: boolean;
}

export interface SendDigitsParams extends ConversationTarget {
  /** DTMF digits: 0-9, *, #, A-D; at most 64. */
  digits: string;
}

export interface UpdateDefaultDevicesParams {
  /** The microphone to use from now on; `null` goes back to the system default. */
  audioDeviceId?: string | null;
  /** The speaker to use from now on (`setSinkId`); `null` goes back to the system default. */
  outputDeviceId?: string | null;
  /** Switch the calls in progress too (default true): the new microphone is swapped in with `replaceTrack`. */
  updateActiveSessions?: boolean;
}

/** What `startSoftphoneSession` resolves to: the platform's answer, plus the call's session. */
export interface StartedSoftphoneSession {
  /** The conversation id. */
  readonly id: string;
  readonly selfUri: string;
  /**
   * This call's session on this client, whichever arrives first: the REST answer or the pending session.
   * Resolves at `sessionStarted`; rejects with a SessionError if the call ends, is answered elsewhere or
   * declined first, or does not start within `pendingSessionTimeoutMs`. Ignoring it is safe.
   */
  readonly session: Promise<SoftphoneSession>;
}
