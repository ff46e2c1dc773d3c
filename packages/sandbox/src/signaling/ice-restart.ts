import type { SessionRecord } from "./sessions";

/**
 * ICE restart, platform side. The platform makes every offer, so a client whose peer connection failed asks
 * for one (`iceRestart`): werift re-offers with new ICE credentials (`initiate` with `reinvite: true`, same
 * sessionId), the client answers with `accept`, and the calls the session carries go on without being ended.
 */
export async function reofferWithIceRestart(
  session: SessionRecord,
  unexpected: (error: unknown) => void,
): Promise<void> {
  session.state = "restarting";
  // Candidates of the new generation go in the offer itself; trickling them before it would reach the
  // browser while it still holds the old credentials.
  session.trickle = false;
  let sdp: string;
  try {
    sdp = await session.media.createOffer({ iceRestart: true });
  } catch (error) {
    unexpected(error);
    session.state = "active";
    session.trickle = true;
    return;
  }
  if (session.media.closed) return;
  const conversationId =
    session.media.activeLeg()?.conversationId ??
    [...session.conversations][0] ??
    session.initialConversationId;
  session.client.send({ type: "initiate", sessionId: session.id, conversationId, sdp, reinvite: true });
  session.trickle = true;
}

/** The client's answer to the re-offer; an answer that cannot be applied leaves the session restarting. */
export async function applyRestartAnswer(session: SessionRecord, sdp: string): Promise<void> {
  try {
    await session.media.applyAnswer(sdp);
  } catch {
    session.client.error(
      "INVALID_MESSAGE",
      "The SDP answer to the ICE-restart offer could not be applied: answer the offer from initiate unchanged.",
      session.id,
    );
    return;
  }
  session.state = "active";
}
