import type { ConversationChange } from "../conversations/conversation-engine";
import type { SandboxCore } from "../create-sandbox";
import type { StationChange } from "../state/agents";
import type { CallFlow } from "./call-flow";
import type { SignalingClient } from "./signaling-client";

/** What the feed needs from the hub. */
export interface AgentEventFeedContext {
  core: SandboxCore;
  flow: CallFlow;
  /** The authenticated connections of an agent. */
  clientsOf(agentId: string): SignalingClient[];
  /** Runs a reaction; one that throws is reported as a sandbox bug, not lost in a microtask. */
  guard(task: () => void): void;
}

/**
 * What an agent's connections hear of the platform, and how the call flow follows it: `stationEvent` as each
 * station changes, `conversationEvent` coalesced per microtask (one per conversation, with its latest state),
 * and the CallFlow's reactions to conversation changes. Apart from the hub, which is about connections.
 */
export class AgentEventFeed {
  readonly #context: AgentEventFeedContext;
  /** Conversation events are coalesced per microtask: one event per conversation with its latest state. */
  readonly #pendingEvents = new Map<string, string>();
  readonly #onChange = (change: ConversationChange) => this.#follow(change);
  readonly #onStation = (change: StationChange) => {
    for (const client of this.#context.clientsOf(change.agentId))
      client.send({ type: "stationEvent", station: change.station });
  };

  /** Starts following the engine and the agent directory. */
  constructor(context: AgentEventFeedContext) {
    this.#context = context;
    context.core.engine.on("change", this.#onChange);
    context.core.agents.on("stationChanged", this.#onStation);
  }

  /** Conversation events waiting for the end of the current microtask. */
  get queuedEvents(): number {
    return this.#pendingEvents.size;
  }

  /** Stops following; events already queued are still flushed. */
  close(): void {
    this.#context.core.engine.off("change", this.#onChange);
    this.#context.core.agents.off("stationChanged", this.#onStation);
  }

  /**
   * Engine changes. Reactions that change conversations again run in a microtask, after every listener has
   * seen the current change, so webhooks and media never see events out of order.
   */
  #follow(change: ConversationChange): void {
    const { flow, guard } = this.#context;
    const conversationId = change.conversation.id;
    if (this.#pendingEvents.size === 0) queueMicrotask(() => this.#flushEvents());
    this.#pendingEvents.set(conversationId, change.agentId);
    switch (change.kind) {
      case "created":
        queueMicrotask(() => guard(() => flow.offer(conversationId, change.originatingClientId)));
        return;
      case "participantUpdated":
        queueMicrotask(() => guard(() => flow.participantUpdated(conversationId)));
        return;
      case "participantLeft":
        queueMicrotask(() => guard(() => flow.participantLeft(conversationId, change.participant.purpose)));
        return;
      case "closed":
        queueMicrotask(() => guard(() => flow.closed(conversationId)));
        return;
      default:
        return;
    }
  }

  #flushEvents(): void {
    const pending = [...this.#pendingEvents];
    this.#pendingEvents.clear();
    for (const [conversationId, agentId] of pending) {
      const conversation = this.#context.core.engine.get(conversationId);
      if (!conversation) continue;
      for (const client of this.#context.clientsOf(agentId))
        client.send({ type: "conversationEvent", conversation });
    }
  }
}
