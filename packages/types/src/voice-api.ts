/** Voice API types (specs/voice-api.yaml), with the seed's Portuguese-era field names kept as they are sent. */
import type { components } from "./generated/voice-api";

export type {
  components as VoiceApiComponents,
  operations as VoiceApiOperations,
  paths as VoiceApiPaths,
} from "./generated/voice-api";

type Schemas = components["schemas"];

export type VoiceLoginRequest = Schemas["LoginRequest"];
export type VoiceLoginResult = Schemas["LoginResult"];
export type CallServerRequest = Schemas["CallServerRequest"];
/** The web-phone (WebRTC/SIP) settings, exactly as Call/Server sends them. */
export type CallServerInfo = Schemas["CallServerInfo"];
export type CallCreateRequest = Schemas["CallCreateRequest"];
export type CreatedCall = Schemas["CreatedCall"];
export type CallStatusRequest = Schemas["CallStatusRequest"];
/** Either form Call/Status answers with; normalise before use. */
export type RawCallStatus = Schemas["CallStatus"];
/** Call/Status as the seed's text describes it: `status`, `isdn_code`, `isdn_reason`. */
export type CallStatusIsdnForm = Schemas["CallStatusIsdnForm"];
/** Call/Status as the seed's example shows it: `voice_status`, `voice_code_result`, `voice_text_result`. */
export type CallStatusVoiceForm = Schemas["CallStatusVoiceForm"];
export type VoiceApiErrorBody = Schemas["VoiceApiError"];
/** Setup -> Dialing -> Answered -> Finished. */
export type VoiceCallState = CallStatusIsdnForm["status"];
export type CallType = CallCreateRequest["call_type"];
/** "0" do not record, "1" record from answer, "2" record from ringing. */
export type CallRecorder = CallCreateRequest["call_recorder"];
