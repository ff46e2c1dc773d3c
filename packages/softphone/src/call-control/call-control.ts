/**
 * Call control: accept, end, hold, resume, mute, unmute one conversation. Two implementations ship (the
 * platform API and a voice adapter); an app can bring its own. The softphone picks the participants, the
 * implementation only performs the action; results come back as conversation events either way.
 */
import type { Conversation } from "@ccaas/types";

/** What a call-control action is about. */
export interface CallControlRequest {
  readonly conversationId: string;
  /** The agent's own participant id (the `author.participantId` a voice adapter receives). */
  readonly agentParticipantId: string;
  /** The agent's logon name (the `author.userName` a voice adapter receives). */
  readonly userName: string;
  /** The participants the action applies to: the agent for mute and end, the other parties for hold. */
  readonly participantIds: readonly string[];
  /** The conversation as the softphone last saw it. */
  readonly conversation: Conversation;
}

/**
 * One call-control back end. Each method resolves once the platform or the adapter took the request;
 * the new state arrives through conversation events (`conversationUpdate`, `session.on("held")`, ...).
 */
export interface CallControl {
  /** The agent accepted an inbound call (after the media answer was sent). */
  accept(request: CallControlRequest): Promise<void>;
  /** The agent ends the call. */
  end(request: CallControlRequest): Promise<void>;
  /** Hold (`true`) or resume (`false`) the other parties. */
  setHeld(request: CallControlRequest, held: boolean): Promise<void>;
  /** Mute (`true`) or unmute (`false`) the agent. */
  setMuted(request: CallControlRequest, muted: boolean): Promise<void>;
}

/** The voice adapter URLs of a voice provider (the partner API's `VoiceProvider` fields). */
export interface VoiceAdapterUrls {
  accept_call_url: string;
  end_call_url: string;
  hold_call_url: string;
  resume_call_url: string;
  mute_call_url: string;
  unmute_call_url: string;
  access_token_url: string;
}
