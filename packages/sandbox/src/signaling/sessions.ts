import type { ConversationDirection } from "@ccaas/types";
import type { MediaSession } from "../media/media-session";
import type { SignalingClient } from "./signaling-client";

/** A WebRTC session a client proceeded with: one peer connection, owned by that client's connection. */
export interface SessionRecord {
  id: string;
  agentId: string;
  client: SignalingClient;
  /**
   * `initiating`: offer sent, waiting for `accept`; `active`: media negotiated; `restarting`: an ICE-restart
   * re-offer (`initiate` with `reinvite`) sent, waiting for its `accept`.
   */
  state: "initiating" | "active" | "restarting";
  /** Trickle werift's candidates to the client: false while an offer that already carries them is not out. */
  trickle: boolean;
  /** The conversation it was proposed with, answered when the client accepts. */
  initialConversationId: string;
  direction: ConversationDirection;
  /** Line appearance 1: every conversation of the agent rides on this session, the others on hold. */
  lineAppearance1: boolean;
  /** Persistent connection: the session outlives its calls and carries the next one without a new offer. */
  keepAlive: boolean;
  /** Conversations the session carries (answered and not ended). */
  conversations: Set<string>;
  media: MediaSession;
  /** Stops forwarding werift's trickled candidates. */
  unsubscribe: () => void;
}

/** The established and initiating sessions, by id and by the conversations they carry. */
export class SessionBook {
  readonly #byId = new Map<string, SessionRecord>();
  readonly #byConversation = new Map<string, SessionRecord>();

  get size(): number {
    return this.#byId.size;
  }

  get conversationCount(): number {
    return this.#byConversation.size;
  }

  add(session: SessionRecord): void {
    this.#byId.set(session.id, session);
  }

  get(sessionId: string): SessionRecord | undefined {
    return this.#byId.get(sessionId);
  }

  carry(session: SessionRecord, conversationId: string): void {
    session.conversations.add(conversationId);
    this.#byConversation.set(conversationId, session);
  }

  drop(conversationId: string): SessionRecord | undefined {
    const session = this.#byConversation.get(conversationId);
    if (!session) return undefined;
    session.conversations.delete(conversationId);
    this.#byConversation.delete(conversationId);
    return session;
  }

  forConversation(conversationId: string): SessionRecord | undefined {
    return this.#byConversation.get(conversationId);
  }

  forClient(client: SignalingClient): SessionRecord[] {
    return [...this.#byId.values()].filter((session) => session.client === client);
  }

  forAgent(agentId: string): SessionRecord[] {
    return [...this.#byId.values()].filter((session) => session.agentId === agentId);
  }

  all(): SessionRecord[] {
    return [...this.#byId.values()];
  }

  remove(session: SessionRecord): void {
    this.#byId.delete(session.id);
    for (const conversationId of session.conversations) {
      if (this.#byConversation.get(conversationId) === session) this.#byConversation.delete(conversationId);
    }
  }
}
