/**
 * @ccaas/voice-api: the typed Voice API client (Login, Call/Server, Call/Create, Call/Status) with the token
 * lifecycle built in. Every export is listed by name.
 */

export type { RetryOptions } from "@ccaas/partner-api/internal";
export type { Logger } from "@ccaas/types";
export type { WebPhoneSettings } from "./call-server";
export type { VoiceCallStatus } from "./call-status";
export type { CreateCallInput, Recording } from "./create-call";
export {
  type CallOptions,
  createVoiceClient,
  type VoiceClient,
  type VoiceClientOptions,
  type WatchCallOptions,
} from "./create-voice-client";
export { describeIsdnCause } from "./isdn-causes";
export { NoEndpointRegisteredError } from "./no-endpoint-registered-error";
