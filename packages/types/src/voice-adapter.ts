/** Voice adapter types (specs/voice-adapter.yaml): what a partner's adapter serves and the softphone sends. */
import type { components } from "./generated/voice-adapter";

export type {
  components as VoiceAdapterComponents,
  operations as VoiceAdapterOperations,
  paths as VoiceAdapterPaths,
} from "./generated/voice-adapter";

type Schemas = components["schemas"];

/** The agent acting, as `author` in every call-control request. */
export type AdapterAuthor = Schemas["Author"];
export type AcceptCallRequest = Schemas["AcceptCallRequest"];
export type EndCallRequest = Schemas["EndCallRequest"];
/** The body of hold, resume, mute and unmute. */
export type ParticipantCallRequest = Schemas["ParticipantCallRequest"];
export type TokenRequest = Schemas["TokenRequest"];
/** `{ "status": "Success" }` */
export type AdapterSuccessResponse = Schemas["SuccessResponse"];
export type TokenResponse = Schemas["TokenResponse"];
export type AdapterErrorBody = Schemas["AdapterError"];
