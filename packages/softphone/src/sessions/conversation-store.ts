/**
 * The agent's conversations as the platform reports them (`ready`, `conversationEvent`, `snapshot`), what
 * they say about the agent (in the call, held, muted, talking), and the `conversationUpdate` built from
 * them: the source of truth in both line appearance modes.
 */
import type { Conversation, Participant, SignalingAgent } from "@ccaas/types";
import type { ConversationState, ConversationUpdate } from "../types";
import type { SoftphoneSession } from "./softphone-session";

type Agent = SignalingAgent | undefined;
type SessionOf = (conversationId: string) => SoftphoneSession | undefined;

/** The agent's own participant: the latest one that is this agent (a re-joined agent has two). */
export const agentParticipantOf = (conversation: Conversation, agent: Agent): Participant | undefined =>
  conversation.participants.findLast(
    (p) =>
      p.purpose === "agent" &&
      (!agent || p.userId === agent.id || (!p.userId && p.userName === agent.userName)),
  );

/** The agent is no longer in the call (or never was). */
export const isOver = (conversation: Conversation, agent: Agent): boolean =>
  conversation.endTime !== undefined ||
  (agentParticipantOf(conversation, agent)?.state ?? "disconnected") === "disconnected";

/** Somebody in the call is on hold. */
export const isHeld = (conversation: Conversation): boolean =>
  conversation.participants.some((p) => p.state !== "disconnected" && (p.held || p.state === "held"));

export const isMuted = (conversation: Conversation, agent: Agent): boolean => {
  const participant = agentParticipantOf(conversation, agent);
  return !!participant && (participant.muted || participant.state === "muted");
};

/** The agent is talking on it: connected, nobody held. */
export const isTalking = (conversation: Conversation, agent: Agent): boolean => {
  const state = agentParticipantOf(conversation, agent)?.state;
  return (
    (state === "connected" || state === "muted") && !isHeld(conversation) && !isOver(conversation, agent)
  );
};

export class ConversationStore {
  agent: Agent;
  readonly #conversations = new Map<string, Conversation>();
  #last = new Map<string, ConversationState>();

  get(conversationId: string): Conversation | undefined {
    return this.#conversations.get(conversationId);
  }

  ids(): string[] {
    return [...this.#conversations.keys()];
  }

  /** Stores the latest state; returns false when the agent is out of the call (it is forgotten). */
  upsert(conversation: Conversation): boolean {
    const over = isOver(conversation, this.agent);
    if (over) this.#conversations.delete(conversation.id);
    else this.#conversations.set(conversation.id, conversation);
    return !over;
  }

  forget(conversationId: string): void {
    this.#conversations.delete(conversationId);
  }

  state(conversation: Conversation, session: SoftphoneSession | undefined): ConversationState {
    const agentParticipant = agentParticipantOf(conversation, this.agent);
    return {
      conversationId: conversation.id,
      conversation,
      agentParticipant,
      state: agentParticipant?.state,
      held: isHeld(conversation),
      muted: isMuted(conversation, this.agent),
      session,
    };
  }

  current(sessionOf: SessionOf): ConversationState[] {
    return [...this.#conversations.values()].map((c) => this.state(c, sessionOf(c.id)));
  }

  /** The update since the last one, or undefined when nothing an app sees has changed. */
  update(sessionOf: SessionOf, ended: ReadonlyMap<string, Conversation>): ConversationUpdate | undefined {
    const last = this.#last;
    const current = this.current(sessionOf);
    this.#last = new Map(current.map((state) => [state.conversationId, state]));
    const added = current.filter((state) => !last.has(state.conversationId));
    const removed = [...last.values()]
      .filter((state) => !this.#last.has(state.conversationId))
      .map((state) => this.state(ended.get(state.conversationId) ?? state.conversation, state.session));
    const changed = current.some((state) => {
      const before = last.get(state.conversationId);
      return before?.conversation !== state.conversation || before.session !== state.session;
    });
    if (!changed && removed.length === 0) return undefined;
    // The conversation the agent talks on; the most recently connected one if several.
    let active: ConversationState | undefined;
    let since = "";
    for (const state of current) {
      const connected = state.agentParticipant?.connectedTime ?? state.conversation.startTime;
      if (isTalking(state.conversation, this.agent) && connected >= since) {
        active = state;
        since = connected;
      }
    }
    return { activeConversationId: active?.conversationId, current, added, removed };
  }
}
