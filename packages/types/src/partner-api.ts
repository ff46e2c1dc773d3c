/** Partner API types (specs/partner-api.yaml) under the names people look for. */
import type { components } from "./generated/partner-api";

export type {
  components as PartnerApiComponents,
  operations as PartnerApiOperations,
  paths as PartnerApiPaths,
  webhooks as PartnerApiWebhooks,
} from "./generated/partner-api";

type Schemas = components["schemas"];

/** The body of every Partner API error response. */
export type PartnerApiErrorBody = Schemas["ErrorBody"];
export type CreateVoiceProviderRequest = Schemas["CreateVoiceProviderRequest"];
export type UpdateVoiceProviderRequest = Schemas["UpdateVoiceProviderRequest"];
export type VoiceProvider = Schemas["VoiceProvider"];
export type VoiceProviderCreated = Schemas["VoiceProviderCreated"];
export type PhoneNumber = Schemas["PhoneNumber"];
export type AssociatePhoneNumberRequest = Schemas["AssociatePhoneNumberRequest"];
export type CreateChannelRequest = Schemas["CreateChannelRequest"];
export type Channel = Schemas["Channel"];
export type ChannelCreated = Schemas["ChannelCreated"];
export type WebhookEventType = Schemas["WebhookEventType"];
export type ConversationParticipantJoinedEvent = Schemas["ConversationParticipantJoinedEvent"];
export type ConversationParticipantLeftEvent = Schemas["ConversationParticipantLeftEvent"];
export type ConversationMessageSentEvent = Schemas["ConversationMessageSentEvent"];
export type ConversationClosedEvent = Schemas["ConversationClosedEvent"];
/** Any conversation webhook event; switch on `type`. */
export type ConversationWebhookEvent =
  | ConversationParticipantJoinedEvent
  | ConversationParticipantLeftEvent
  | ConversationMessageSentEvent
  | ConversationClosedEvent;
/** The seed's `IStartSoftphoneSessionParams`: the body of `POST /api/v2/conversations/calls`. */
export type StartSoftphoneSessionParams = Schemas["StartSoftphoneSessionParams"];
/** The seed's `ISdkSoftphoneDestination`. */
export type SdkSoftphoneDestination = Schemas["SdkSoftphoneDestination"];
/** `{ id, selfUri }` of a placed call's conversation. */
export type ConversationRef = Schemas["ConversationRef"];
export type UpdateParticipantRequest = Schemas["UpdateParticipantRequest"];
export type UpdateStationRequest = Schemas["UpdateStationRequest"];
export type AgentLoginRequest = Schemas["AgentLoginRequest"];
/** `loginAgent`'s answer: the agent's bearer token (a JWT) and who it belongs to. */
export type AgentLoginResponse = Schemas["AgentLoginResponse"];
/** `/.well-known/jwks.json`: the public keys that verify agent tokens. */
export type JsonWebKeySet = Schemas["JsonWebKeySet"];
