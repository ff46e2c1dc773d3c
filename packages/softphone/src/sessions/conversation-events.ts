/**
 * What the platform's conversation events do to this client's sessions. They are the source of truth: they
 * update sessions, end what the agent left, and, for calls that ride on a persistent connection this client
 * holds (line appearance 1, or a persistent connection between calls), synthesise the pending sessions and
 * sessions that a `propose` / `initiate` would otherwise have started.
 */
import type { Conversation } from "@ccaas/types";
import type { PendingSession } from "../types";
import { agentParticipantOf } from "./conversation-store";
import type { MediaConnection } from "./media-connection";
import { pendingSession } from "./pending-session";
import { endSession, startSession } from "./session-lifecycle";
import type { SessionManager } from "./session-manager";

/** One conversation's new state (`conversationEvent`, or an entry of `ready` / `snapshot`). */
export function followConversation(manager: SessionManager, conversation: Conversation): void {
  const { id } = conversation;
  const known = manager.store.get(id);
  const session = manager.sessions.get(id);
  if (!manager.store.upsert(conversation)) {
    conversationGone(manager, id, conversation);
  } else if (session) {
    session.update(conversation, manager.agent);
  } else if (agentParticipantOf(conversation, manager.agent)?.state === "alerting") {
    const ride = rideMedia(manager);
    if (ride && !manager.pending.get(id)) manager.addPending(synthesized(conversation, ride));
  } else {
    inCallWithoutSession(manager, conversation, known === undefined);
  }
  manager.applyMicrophones();
}

/** Replaces what this client knows with the platform's list (`ready`, `snapshot`). */
export function reconcileConversations(manager: SessionManager, conversations: Conversation[]): void {
  const present = new Set(conversations.map((c) => c.id));
  for (const conversation of conversations) followConversation(manager, conversation);
  const known = [
    ...manager.store.ids(),
    ...manager.sessions.keys(),
    ...[...manager.pending.values()].map((p) => p.conversationId),
  ];
  for (const id of known) {
    if (!present.has(id)) {
      conversationGone(manager, id, manager.store.get(id) ?? manager.sessions.get(id)?.conversation);
    }
  }
  manager.update();
}

/** The agent left a conversation (or it vanished from a snapshot). */
function conversationGone(
  manager: SessionManager,
  conversationId: string,
  last: Conversation | undefined,
): void {
  manager.store.forget(conversationId);
  if (last) manager.ended.set(conversationId, last);
  const pending = manager.pending.get(conversationId);
  const hungUp = last?.participants.some((p) => p.purpose === "customer" && p.state === "disconnected");
  if (pending) manager.pending.cancel(pending, hungUp ? "callerHungUp" : "ended");
  const session = manager.sessions.get(conversationId);
  if (session) {
    if (last) session.update(last, manager.agent);
    endSession(manager, session, "callEnded");
  }
  manager.rides.delete(conversationId);
  manager.autoAccepted.delete(conversationId);
  manager.finish(conversationId, "call_ended", "The call ended before its session started here.");
}

/** The agent is in a call this client has no session for: start one if it rides on our connection. */
function inCallWithoutSession(manager: SessionManager, conversation: Conversation, fresh: boolean): void {
  const { id } = conversation;
  const pending = manager.pending.get(id);
  if (pending && !pending.synthesized) return; // a real proposal: initiate or retract decides
  let media = manager.media.get(pending?.id ?? manager.rides.get(id) ?? "");
  if (pending) {
    manager.pending.unring(id);
    manager.pending.handled(pending, "accepted", false);
  } else if (!media && fresh && conversation.direction === "outbound") {
    // Placed while our persistent connection was up: the platform connected it at once.
    media = rideMedia(manager);
    if (media) {
      const placed = synthesized(conversation, media);
      manager.emitter.emit("pendingSession", placed);
      manager.pending.handled(placed, "accepted", false);
    }
  }
  manager.rides.delete(id);
  if (media && media.state !== "closed") startSession(manager, id, media, true);
  else if (![...manager.media.values()].some((m) => m.initialConversationId === id)) {
    // Taken on another client of the agent (its tab holds the connection): no session will start here.
    manager.finish(id, "answered_elsewhere", "The call was answered on another client.");
  }
}

function synthesized(conversation: Conversation, media: MediaConnection): PendingSession {
  // Outbound calls on a persistent connection are connected by the platform without asking.
  return pendingSession(
    { ...conversation, conversationId: conversation.id, persistentConnectionId: media.id },
    media.id,
    conversation.direction === "outbound",
    true,
  );
}

/** The persistent connection a new call of the agent rides on, if this client holds it. */
function rideMedia(manager: SessionManager): MediaConnection | undefined {
  const station = manager.station;
  const ringing = new Set([...manager.pending.values()].map((p) => p.id));
  for (const media of manager.media.values()) {
    if (!media.persistent || media.state !== "active") continue;
    if (station?.webRtcCallAppearances === 1) return media;
    if (station?.webRtcPersistentEnabled && media.conversations.size === 0 && !ringing.has(media.id)) {
      return media;
    }
  }
  return undefined;
}
