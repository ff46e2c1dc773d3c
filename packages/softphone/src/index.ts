/**
 * @ccaas/softphone: the WebRTC softphone SDK. Every export is listed by name; test helpers (a fake
 * signaling server, fake WebRTC) are at `@ccaas/softphone/testing`.
 */

export type { CallControl, CallControlRequest, VoiceAdapterUrls } from "./call-control/call-control";
export { createPlatformCallControl } from "./call-control/platform-call-control";
export {
  createVoiceAdapterCallControl,
  type VoiceAdapterCallControlOptions,
} from "./call-control/voice-adapter-call-control";
export { createSoftphone } from "./create-softphone";
export { MediaError } from "./errors/media-error";
export { SessionError } from "./errors/session-error";
export type { SessionEvents, SoftphoneEvents } from "./events";
export type { ReconnectOptions, SoftphoneOptions, SoftphoneRtc } from "./options";
export type { SoftphoneSession } from "./sessions/softphone-session";
export type {
  SignalingConnection,
  SignalingHandlers,
  SignalingTransport,
} from "./signaling/signaling-transport";
export type { Softphone } from "./softphone";
export type {
  AcceptSessionParams,
  CancelledPendingSession,
  CancelReason,
  ConversationState,
  ConversationTarget,
  ConversationUpdate,
  HandledPendingSession,
  PendingSession,
  SendDigitsParams,
  SessionState,
  SessionStats,
  SetAudioMuteParams,
  SetConversationHeldParams,
  SoftphoneStatus,
  StartedSoftphoneSession,
  UpdateDefaultDevicesParams,
} from "./types";
