/**
 * What each signaling message from the platform does, following the seed's flows (propose -> proceed ->
 * initiate -> accept). Conversation events are `conversation-events.ts`'s; the state lives in the manager.
 */
import type { InitiateMessage, SignalingErrorMessage, SoftphoneServerMessage } from "@ccaas/types";
import { SessionError } from "../errors/session-error";
import { followConversation, reconcileConversations } from "./conversation-events";
import { pendingSession } from "./pending-session";
import { closeMedia, startSession } from "./session-lifecycle";
import type { SessionManager } from "./session-manager";

/** Applies one server message to the manager's sessions. */
export function dispatchSignaling(manager: SessionManager, message: SoftphoneServerMessage): void {
  switch (message.type) {
    case "propose":
      manager.addPending(pendingSession(message, message.sessionId, message.autoAnswer, false));
      break;
    case "retract":
      manager.pending.retract(message);
      break;
    case "initiate":
      initiate(manager, message);
      break;
    case "iceCandidate":
      manager.media.get(message.sessionId)?.addRemoteCandidate(message);
      break;
    case "terminate": {
      const media = manager.media.get(message.sessionId);
      if (media) closeMedia(manager, media, message.reason ?? "terminated");
      break;
    }
    case "conversationEvent":
      followConversation(manager, message.conversation);
      manager.update();
      break;
    case "snapshot":
      manager.setStation(message.station);
      reconcileConversations(manager, message.conversations);
      break;
    case "stationEvent":
      manager.setStation(message.station);
      break;
    case "error":
      signalingError(manager, message);
  }
}

/** The platform's offer: a new session's, or a re-offer (`reinvite`) on an established one. */
function initiate(
  manager: SessionManager,
  { sessionId, conversationId, sdp, reinvite }: InitiateMessage,
): void {
  const media = manager.media.get(sessionId);
  if (reinvite) {
    media
      ?.reinvite(sdp)
      .then((answer) => {
        manager.send({ type: "accept", sessionId, sdp: answer });
        // A re-offer on an answered session sends the candidates it held here (a first answer's accept does).
        if (media.state === "active") media.answered();
      })
      .catch(manager.report);
  } else if (media?.state === "proceeding") {
    media.offer(sdp).catch((error: unknown) => {
      manager.report(error);
      manager.trySend({ type: "terminate", sessionId });
      closeMedia(manager, media, "mediaFailed");
    });
    startSession(manager, conversationId, media, false);
  }
}

function signalingError(
  manager: SessionManager,
  { sessionId = "", code, message }: SignalingErrorMessage,
): void {
  const media = manager.media.get(sessionId);
  const lost = code === "UNKNOWN_SESSION";
  if (media && (lost || (code === "PROPOSAL_RETRACTED" && media.state === "proceeding"))) {
    closeMedia(manager, media, lost ? "sessionLost" : "retracted");
  }
  manager.report(new SessionError(`Signaling refused a message: ${message}`, { code }));
}
