/**
 * What a partner writes: one handler per adapter operation, each receiving the validated request body (typed
 * from specs/voice-adapter.yaml) and a context. The kit answers `{ "status": "Success" }` when a call-control
 * handler resolves, and publishes the operation's participant events.
 */
import type {
  AcceptCallRequest,
  EndCallRequest,
  EventParticipant,
  Logger,
  ParticipantCallRequest,
  TokenRequest,
  TokenResponse,
} from "@ccaas/types";
import type { AgentIdentity } from "../auth/token-verifier";

type Awaitable<T> = T | Promise<T>;

export interface HandlerContext {
  /** The id of this request, also in error bodies and the `x-request-id` header. */
  requestId: string;
  /** The agent the bearer token belongs to (already checked against `author.userName` / `agentLogonName`). */
  agent: AgentIdentity;
  /** Aborted when the handler runs past `handlerTimeoutMs`: pass it to your telephony calls. */
  signal: AbortSignal;
  /** The adapter's logger (redacting, silent unless one was given). */
  logger: Partial<Logger>;
}

/** What `end` may return: who its telephony removed, when more than the kit can infer (a conference). */
export interface EndCallResult {
  /**
   * Every participant whose call ended; one `PARTICIPANTCALLCOMPLETED` is published for each. By default: the
   * agent and `participantId` when `removeAllParticipants` is true, else `participantId`.
   */
  removedParticipants?: EventParticipant[];
}

export interface TokenContext extends HandlerContext {
  /**
   * Issues the adapter's own token for this agent (what the default `/token` returns), optionally with extra
   * claims for your voice provider client. The call-control routes accept it back.
   */
  issueToken(extraClaims?: Record<string, unknown>): Promise<TokenResponse>;
}

export interface VoiceAdapterHandlers {
  /** The agent accepted the inbound call: connect the agent's leg. Publishes `PARTICIPANTCALLINITIATED`. */
  accept(request: AcceptCallRequest, context: HandlerContext): Awaitable<void>;
  /** End the call for `participantId` or, with `removeAllParticipants`, everyone. Publishes `PARTICIPANTCALLCOMPLETED`. */
  // biome-ignore lint/suspicious/noConfusingVoidType: a handler that returns nothing (`async () => {}`) must fit; `undefined` would refuse it.
  end(request: EndCallRequest, context: HandlerContext): Awaitable<void | EndCallResult>;
  /** Put `participantId` on hold. Publishes `PARTICIPANTCALLHELD`. */
  hold(request: ParticipantCallRequest, context: HandlerContext): Awaitable<void>;
  /** Take `participantId` off hold. Publishes `PARTICIPANTCALLRESUMED`. */
  resume(request: ParticipantCallRequest, context: HandlerContext): Awaitable<void>;
  /** Mute `participantId`. Publishes `PARTICIPANTCALLMUTED`. */
  mute(request: ParticipantCallRequest, context: HandlerContext): Awaitable<void>;
  /** Unmute `participantId`. Publishes `PARTICIPANTCALLUNMUTED`. */
  unmute(request: ParticipantCallRequest, context: HandlerContext): Awaitable<void>;
  /**
   * The token for the voice provider client. Optional: by default the adapter issues its own short-lived JWT
   * bound to `agentLogonName` (`context.issueToken()`); return your telephony's token instead if its client
   * needs one (the call-control routes then need `callControlTokens: "platform"` or the adapter's token).
   */
  token?(request: TokenRequest, context: TokenContext): Awaitable<TokenResponse>;
}
