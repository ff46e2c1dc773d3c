/**
 * Starting and ending sessions and their peer connections: a session starts when the platform's offer
 * arrives (or, riding on a persistent connection, when the conversation says the agent is in the call) and
 * ends with its call or with the peer connection that carries it.
 */
import type { PendingSession } from "../types";
import { IceRestartPolicy } from "./ice-restart";
import { MediaConnection } from "./media-connection";
import type { SessionManager } from "./session-manager";
import { CallSession } from "./softphone-session";

/** The call's session starts on this peer connection: `sessionStarted`, and the app's promise resolves. */
export function startSession(
  manager: SessionManager,
  conversationId: string,
  media: MediaConnection,
  synthesized: boolean,
): void {
  const conversation = manager.store.get(conversationId);
  const session = new CallSession(
    conversationId,
    conversation?.direction ?? media.direction,
    media,
    synthesized,
    manager.init.listenerError,
  );
  if (conversation) {
    session.update(conversation, manager.agent);
  }
  media.conversations.add(conversationId);
  manager.sessions.set(conversationId, session);
  manager.emitter.emit("sessionStarted", session);
  manager.outcomes.get(conversationId).resolve(session);
  // After the event: an app that called acceptSession in its listener (with its own stream) wins.
  if (manager.autoAccepted.delete(conversationId) && session.state === "starting") {
    manager.init.autoAccept(session);
  }
  manager.update();
}

export function endSession(manager: SessionManager, session: CallSession, reason: string): void {
  if (!session.end(reason)) return;
  manager.sessions.delete(session.conversationId);
  session.media.conversations.delete(session.conversationId);
  manager.emitter.emit("sessionEnded", session);
}

/** Closes a peer connection and ends every session it carries. */
export function closeMedia(manager: SessionManager, media: MediaConnection, reason: string): void {
  const proceeding = media.state === "proceeding";
  media.close();
  manager.media.delete(media.id);
  for (const id of media.conversations) {
    const session = manager.sessions.get(id);
    if (session) endSession(manager, session, reason);
  }
  if (proceeding) manager.finish(media.initialConversationId, "call_ended", `The session ended (${reason}).`);
  manager.update();
}

/** The peer connection for a pending session this client proceeds with (its offer comes in `initiate`). */
export function newMedia(manager: SessionManager, pending: PendingSession): MediaConnection {
  const { init } = manager;
  const iceRestart = new IceRestartPolicy(() => {
    // Only a session that carries calls is worth restarting; a broken idle one is dropped below.
    if (media.state !== "active" || media.conversations.size === 0) return;
    init.log.debug?.(`session ${media.id}: asking the platform for an ICE restart`);
    manager.trySend({ type: "iceRestart", sessionId: media.id });
  });
  const media: MediaConnection = new MediaConnection({
    id: pending.id,
    conversationId: pending.conversationId,
    direction: pending.direction,
    persistent: pending.persistentConnectionId === pending.id,
    rtc: init.rtc,
    configuration: init.rtcConfiguration,
    send: init.send,
    log: init.log,
    onConnectionState: (state) => {
      for (const id of media.conversations) manager.sessions.get(id)?.emit("connectionState", state);
      // A failed idle persistent connection is dropped, so the next call gets a fresh one.
      if (state === "failed" && media.conversations.size === 0) {
        manager.trySend({ type: "terminate", sessionId: media.id });
        closeMedia(manager, media, "mediaFailed");
      } else {
        iceRestart.connectionState(state);
      }
    },
    onReoffered: () => iceRestart.reoffered(),
    onClosed: () => iceRestart.stop(),
    onError: init.report,
  });
  return media;
}
