/** The softphone's public surface (`createSoftphone` returns one). Names follow the seed's SDK. */
import type { SignalingAgent, StartSoftphoneSessionParams, Station, TypedEvents } from "@ccaas/types";
import type { SoftphoneEvents } from "./events";
import type { SoftphoneSession } from "./sessions/softphone-session";
import type {
  AcceptSessionParams,
  ConversationState,
  ConversationTarget,
  PendingSession,
  SendDigitsParams,
  SessionStats,
  SetAudioMuteParams,
  SetConversationHeldParams,
  SoftphoneStatus,
  StartedSoftphoneSession,
  UpdateDefaultDevicesParams,
} from "./types";

export interface Softphone extends TypedEvents<SoftphoneEvents> {
  /** This client's id (sent in `authenticate` and with every call it places). */
  readonly clientId: string;
  readonly status: SoftphoneStatus;
  /** The signed-in agent, once connected. */
  readonly agent: SignalingAgent | undefined;
  /** The agent's station, once connected. */
  readonly station: Station | undefined;

  /** Connects and authenticates signaling; resolves at the platform's `ready`. Rejects on a bad token. */
  initialize(): Promise<void>;
  /**
   * Ends this client's sessions (their calls end too), cancels its pending sessions, closes signaling and
   * stops every microphone the SDK opened. The instance cannot be used again.
   */
  destroy(): Promise<void>;

  /**
   * Places an outbound call through the platform API and resolves to `{ id, selfUri, session }`. The
   * call's pending session arrives before or after the REST answer; with `autoAcceptOutbound` it is accepted
   * here and `session` resolves when it starts.
   */
  startSoftphoneSession(params: StartSoftphoneSessionParams): Promise<StartedSoftphoneSession>;
  /** Takes the pending call on this client (`proceed`); `sessionStarted` follows. */
  acceptPendingSession(params: ConversationTarget): Promise<void>;
  /** Declines the pending call (`reject`): the call ends for the agent. */
  rejectPendingSession(params: ConversationTarget): Promise<void>;
  /** Answers the session's offer with the microphone (`accept`); a no-op for an `active` session. */
  acceptSession(params: AcceptSessionParams): Promise<void>;
  /** Hangs the agent up through call control; the session ends when the platform says so. */
  endSession(params: ConversationTarget): Promise<void>;
  /** Mutes the microphone (`track.enabled = false`) and the agent's participant through call control. */
  setAudioMute(params: SetAudioMuteParams): Promise<void>;
  /** Holds or resumes the call through call control (the platform stops the call's media on hold). */
  setConversationHeld(params: SetConversationHeldParams): Promise<void>;
  /** Sends DTMF digits on the call. */
  sendDigits(params: SendDigitsParams): Promise<void>;
  /** Changes the default microphone and speaker; calls in progress switch with `replaceTrack`. */
  updateDefaultDevices(params: UpdateDefaultDevicesParams): Promise<void>;
  /** Plays the given calls (default: all) on another speaker with `setSinkId`, where the browser has it. */
  updateOutputDevice(deviceId: string, conversationIds?: readonly string[]): Promise<void>;
  /** The station keeps its WebRTC session between calls (`webRtcPersistentEnabled`). */
  isPersistentConnectionEnabled(): boolean;
  /** Line appearance > 1: one peer connection per call. */
  isConcurrentSoftphoneSessionsEnabled(): boolean;
  /** The audio statistics of a call's session, summarised. */
  getStats(params: ConversationTarget): Promise<SessionStats>;

  /** A call's session on this client. */
  getSession(conversationId: string): SoftphoneSession | undefined;
  /** Every session on this client that has not ended. */
  getSessions(): SoftphoneSession[];
  /** Every call ringing on this client. */
  getPendingSessions(): PendingSession[];
  /** The agent's conversations, as in the last `conversationUpdate`. */
  getConversations(): ConversationState[];
}
