/**
 * Identifiers, named for what they identify. They are plain strings on the wire (mostly UUIDs); the names
 * document intent in signatures without making callers cast.
 */

/** A CCaaS partner (`{partnerId}` in Partner API paths). */
export type PartnerId = string;
/** A voice provider resource created under a partner. */
export type VoiceProviderId = string;
/** A toll-free number owned by a partner. */
export type PhoneNumberId = string;
/** A channel resource created under a partner. */
export type ChannelId = string;
/** A conversation: one call, with its participants. */
export type ConversationId = string;
/** A participant of a conversation (customer or agent). */
export type ParticipantId = string;
/** A WebRTC softphone session; with line appearance 1 one session carries several conversations. */
export type SessionId = string;
/** An agent (platform user). */
export type AgentId = string;
/** A Voice API call (`_id` from Call/Create). */
export type VoiceCallId = string;
