import type { Conversation } from "@ccaas/types";
import type { ConversationEngine } from "../conversations/conversation-engine";
import type { SandboxCore } from "../create-sandbox";
import type { SignalingClient } from "./signaling-client";

/** What the call side of signaling needs from the hub. */
export interface CallFlowContext {
  core: SandboxCore;
  /** The authenticated connections of an agent. */
  clientsOf(agentId: string): SignalingClient[];
  proposeTimeoutMs: number;
  /** How long a closed connection's active sessions wait for the same clientId to reconnect; 0: not at all. */
  reconnectGraceMs: number;
  unexpected(error: unknown): void;
}

/** Connected on both sides and nobody held: the conversation the agent is talking on. */
export function isTalking(conversation: Conversation | undefined): boolean {
  if (!conversation || conversation.endTime !== undefined) return false;
  return conversation.participants.every((p) => p.state === "connected" || p.state === "muted");
}

/** The agent leaves the call (which ends it): a ringing call declined, a session gone. */
export function hangUpAgent(engine: ConversationEngine, conversationId: string): void {
  const agent = engine.agentParticipant(conversationId);
  if (agent && agent.state !== "disconnected")
    engine.update(conversationId, agent.id, { state: "disconnected" });
}

/** Line appearance 1: the call that is not the active one is put on hold (its customer). */
export function holdCustomer(engine: ConversationEngine, conversationId: string): void {
  const customer = engine.customerParticipant(conversationId);
  if (!customer || customer.held || customer.state === "alerting" || customer.state === "disconnected")
    return;
  engine.update(conversationId, customer.id, { held: true });
}
