/**
 * One named method per partner API operation, named after its `operationId`. The methods are built from a
 * table rather than written out one by one: eighteen near-identical functions would cost the browser bundle
 * more than the rest of the client. The table is checked against the spec's types at compile time (each
 * entry's method and path must lead to that very operation), and `PartnerOperations` types each method.
 */
import { JWKS, PARTNER, PUBLIC } from "./client-headers";
import { BODY, JSON_BODY } from "./operation";
import type {
  PartnerRequestBody as Body,
  CreateOptions,
  PartnerOperationId,
  PlaceCallOptions,
  RequestOptions,
  PartnerResponse as Res,
  RouteOf,
} from "./types";

/** The named operations of a partner client; ids first, then the body, then per-call options. */
export interface PartnerOperations {
  /** Registers a voice provider with your voice adapter's URLs (seed step 1). 409 when the name is taken. */
  createVoiceProvider(
    body: Body<"createVoiceProvider">,
    options?: CreateOptions,
  ): Promise<Res<"createVoiceProvider">>;
  /** Lists the partner's voice providers, oldest first. */
  listVoiceProviders(options?: RequestOptions): Promise<Res<"listVoiceProviders">>;
  /** One voice provider with its adapter URLs. */
  getVoiceProvider(voiceProviderId: string, options?: RequestOptions): Promise<Res<"getVoiceProvider">>;
  /** Changes any subset of a voice provider's fields; fields left out keep their value. */
  updateVoiceProvider(
    voiceProviderId: string,
    body: Body<"updateVoiceProvider">,
    options?: RequestOptions,
  ): Promise<Res<"updateVoiceProvider">>;
  /** Deletes a voice provider (409 while a phone number still uses it). */
  deleteVoiceProvider(voiceProviderId: string, options?: RequestOptions): Promise<void>;
  /** The partner's toll-free numbers and the voice provider each one is associated with. */
  listPhoneNumbers(options?: RequestOptions): Promise<Res<"listPhoneNumbers">>;
  /** One toll-free number and its voice provider association. */
  getPhoneNumber(phoneNumberId: string, options?: RequestOptions): Promise<Res<"getPhoneNumber">>;
  /** Routes a toll-free number's calls to a voice provider (seed step 2); posting again replaces it. */
  associatePhoneNumber(
    phoneNumberId: string,
    body: Body<"associatePhoneNumber">,
    options?: RequestOptions,
  ): Promise<Res<"associatePhoneNumber">>;
  /** Creates a channel; the response carries `webhook_secret`, once: store it. */
  createChannel(body: Body<"createChannel">, options?: CreateOptions): Promise<Res<"createChannel">>;
  /** Lists the partner's channels (without their secrets). */
  listChannels(options?: RequestOptions): Promise<Res<"listChannels">>;
  /** One channel (without its secret). */
  getChannel(channelId: string, options?: RequestOptions): Promise<Res<"getChannel">>;
  /** Deletes a channel; its webhooks stop. */
  deleteChannel(channelId: string, options?: RequestOptions): Promise<void>;
  /** Places an outbound call from the agent's softphone (`startSoftphoneSession`). Agent token. */
  placeCall(body: Body<"placeCall">, options?: PlaceCallOptions): Promise<Res<"placeCall">>;
  /** The agent's active conversations, oldest first. Agent token. */
  listConversationCalls(options?: RequestOptions): Promise<Res<"listConversationCalls">>;
  /** A conversation with all its participants. Agent token. */
  getConversationCall(conversationId: string, options?: RequestOptions): Promise<Res<"getConversationCall">>;
  /**
   * Holds, mutes or hangs up a participant. Resolves to the participant's new state, or `undefined` when the
   * platform applies the change asynchronously (202: it then arrives as a conversation event). Agent token.
   */
  updateConversationParticipant(
    conversationId: string,
    participantId: string,
    body: Body<"updateConversationParticipant">,
    options?: RequestOptions,
  ): Promise<Res<"updateConversationParticipant">>;
  /** The agent's station: Line Appearance and persistent connection. Agent token. */
  getMyStation(options?: RequestOptions): Promise<Res<"getMyStation">>;
  /** Changes a station's Line Appearance (1 or 100) or persistent connection. Agent token. */
  updateStation(
    stationId: string,
    body: Body<"updateStation">,
    options?: RequestOptions,
  ): Promise<Res<"updateStation">>;
  /**
   * Signs an agent in: trades a user name and password for the agent's bearer token (`access_token`), to use as
   * `accessToken`. No credentials needed; the password and the token are redacted from logs and errors.
   */
  loginAgent(body: Body<"loginAgent">, options?: RequestOptions): Promise<Res<"loginAgent">>;
  /** The public keys (JWKS) that verify agent tokens. No credentials needed. */
  getJwks(options?: RequestOptions): Promise<Res<"getJwks">>;
}

const vp = "/partners/{partnerId}/voiceproviders";
const pn = "/partners/{partnerId}/phonenumbers";
const ch = "/partners/{partnerId}/channels";
const calls = "/api/v2/conversations/calls";

/** Every operation: its method, its path template and its flags (see operation.ts). */
export const partnerRoutes: { [Id in PartnerOperationId]: [...RouteOf<Id>, number] } = {
  createVoiceProvider: ["POST", vp, PARTNER | BODY | JSON_BODY],
  listVoiceProviders: ["GET", vp, PARTNER | JSON_BODY],
  getVoiceProvider: ["GET", `${vp}/{voiceProviderId}`, PARTNER | JSON_BODY],
  updateVoiceProvider: ["PATCH", `${vp}/{voiceProviderId}`, PARTNER | BODY | JSON_BODY],
  deleteVoiceProvider: ["DELETE", `${vp}/{voiceProviderId}`, PARTNER],
  listPhoneNumbers: ["GET", pn, PARTNER | JSON_BODY],
  getPhoneNumber: ["GET", `${pn}/{phoneNumberId}`, PARTNER | JSON_BODY],
  associatePhoneNumber: ["POST", `${pn}/{phoneNumberId}`, PARTNER | BODY | JSON_BODY],
  createChannel: ["POST", ch, PARTNER | BODY | JSON_BODY],
  listChannels: ["GET", ch, PARTNER | JSON_BODY],
  getChannel: ["GET", `${ch}/{channelId}`, PARTNER | JSON_BODY],
  deleteChannel: ["DELETE", `${ch}/{channelId}`, PARTNER],
  placeCall: ["POST", calls, BODY | JSON_BODY],
  listConversationCalls: ["GET", calls, JSON_BODY],
  getConversationCall: ["GET", `${calls}/{conversationId}`, JSON_BODY],
  updateConversationParticipant: ["PATCH", `${calls}/{conversationId}/participants/{participantId}`, BODY],
  getMyStation: ["GET", "/api/v2/users/me/station", JSON_BODY],
  updateStation: ["PATCH", "/api/v2/stations/{stationId}", BODY | JSON_BODY],
  loginAgent: ["POST", "/api/v2/agents/login", PUBLIC | BODY | JSON_BODY],
  getJwks: ["GET", "/.well-known/jwks.json", JWKS | JSON_BODY],
};
