/** `createSoftphone(options)`: what an app configures. Everything but the URL and the token is optional. */
import type { AccessTokenSource, Logger, PartnerClient } from "@ccaas/partner-api";
import type { AgentClient } from "@ccaas/partner-api/agent";
import type { CallControl, VoiceAdapterUrls } from "./call-control/call-control";
import type { SignalingTransport } from "./signaling/signaling-transport";

/** Reconnect policy of the signaling socket: exponential backoff with full jitter. */
export interface ReconnectOptions {
  /** First delay in milliseconds (default 500). */
  initialDelayMs?: number;
  /** Longest delay in milliseconds (default 15 000). */
  maxDelayMs?: number;
  /** Growth factor per attempt (default 2). */
  factor?: number;
  /** Attempts before giving up and emitting `error` (default: never give up). */
  maxAttempts?: number;
}

/** WebRTC from somewhere else than `globalThis` (tests in Node with werift, an Electron bridge, ...). */
export interface SoftphoneRtc {
  RTCPeerConnection?: new (configuration?: RTCConfiguration) => RTCPeerConnection;
  mediaDevices?: Pick<MediaDevices, "getUserMedia">;
}

export interface SoftphoneOptions {
  /** The platform's URL (the sandbox: `http://127.0.0.1:4700`); signaling is at `ws(s)://<host>/signaling`. */
  platformUrl: string;
  /** The agent's JWT, or a function returning a current one (called at every connect and request). */
  accessToken: AccessTokenSource;
  /**
   * This client's id (one per tab or device), sent in `authenticate` and as `x-softphone-client-id` when
   * placing a call, so outbound calls are proposed here with `autoAnswer`. Default: random per instance.
   */
  clientId?: string;
  /** Accept outbound calls this client placed without asking (propose with `autoAnswer`). Default true. */
  autoAcceptOutbound?: boolean;
  /** The microphone stream every call uses unless `acceptSession` gets one. */
  defaultAudioStream?: MediaStream;
  /** The microphone to open when no stream is given (`getUserMedia` `deviceId`). */
  defaultAudioDeviceId?: string;
  /** Where callers are played unless `acceptSession` gets an element. */
  defaultAudioElement?: HTMLAudioElement;
  /** The speaker (`setSinkId`) for callers, where the browser supports it. */
  defaultOutputDeviceId?: string;
  /**
   * Who performs accept, end, hold, resume, mute and unmute: `"platform"` (the partner API's
   * `updateConversationParticipant`, the default), `"voiceAdapter"` (the URLs in `voiceProvider`), or your
   * own implementation (`createVoiceAdapterCallControl` and `createPlatformCallControl` compose).
   */
  callControl?: "platform" | "voiceAdapter" | CallControl;
  /** The voice provider's adapter URLs (the partner API's `VoiceProvider`), for `callControl: "voiceAdapter"`. */
  voiceProvider?: VoiceAdapterUrls;
  /** Sent as `x-resource-template-version` to the partner API (default `"1"`). */
  templateVersion?: string;
  /**
   * The partner API client that places calls and performs platform call control, instead of the light
   * `createAgentClient` (`@ccaas/partner-api/agent`) made from `platformUrl` and `accessToken`: an
   * `AgentClient`, or a full `PartnerClient`.
   */
  partnerClient?: PartnerClient | AgentClient;
  /** Where diagnostics go (`console` works). Silent by default; tokens and SDP never reach it. */
  logger?: Partial<Logger>;
  /** Reconnect policy, or `false` to stay down after a drop. */
  reconnect?: ReconnectOptions | false;
  /** Replaces the WebSocket (tests: `createFakeSignaling().transport`). */
  signalingTransport?: SignalingTransport;
  /** The signaling URL, when it is not `<platformUrl>/signaling`. */
  signalingUrl?: string;
  /** WebRTC constructors and devices; default: the global ones. */
  rtc?: SoftphoneRtc;
  /** Passed to every `RTCPeerConnection` (ICE servers, ...). */
  rtcConfiguration?: RTCConfiguration;
  /**
   * How long a pending session may ring here before the SDK cancels it itself (`cancelPendingSession` with
   * `timeout`), should the platform's retract never come. Default 45 000 ms (the platform retracts at 30 s).
   */
  pendingSessionTimeoutMs?: number;
  /** A fetch for the partner API and the voice adapter (default: `globalThis.fetch` at call time). */
  fetch?: (request: Request) => Promise<Response>;
}
