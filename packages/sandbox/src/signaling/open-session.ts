import { mediaEndpointOf } from "../media/media-endpoint";
import { type CallFlowContext, hangUpAgent } from "./call-actions";
import type { Proposal } from "./proposals";
import type { SessionBook, SessionRecord } from "./sessions";
import type { SignalingClient } from "./signaling-client";

/** How SessionControl ends a session (see its `end`). */
export type EndSession = (session: SessionRecord, options: { hangUp: boolean; reason?: string }) => void;

/**
 * A client proceeded with a fresh proposal: open the platform side of the session (its record and its peer
 * connection on the media endpoint) and send `initiate` with the sandbox's offer. Apart from SessionControl
 * because it is the one place a session record is built.
 */
export async function openSession(
  context: CallFlowContext,
  sessions: SessionBook,
  end: EndSession,
  client: SignalingClient,
  proposal: Proposal,
): Promise<void> {
  const { sessionId, conversationId } = proposal;
  const endpoint = mediaEndpointOf(context.core);
  const agent = context.core.agents.byId(proposal.agentId);
  if (!endpoint || !agent) {
    client.error(
      "SESSION_STATE",
      "The sandbox's media endpoint is not running (in-process sandbox): start it with startSandbox().",
      sessionId,
    );
    hangUpAgent(context.core.engine, conversationId);
    return;
  }
  const media = endpoint.openSession(sessionId, () => {
    // Media lost: the session ends with its calls, whoever holds it by then.
    const current = sessions.get(sessionId);
    if (current) end(current, { hangUp: true, reason: "mediaFailed" });
  });
  const session: SessionRecord = {
    id: sessionId,
    agentId: agent.id,
    client,
    state: "initiating",
    initialConversationId: conversationId,
    direction: proposal.direction,
    lineAppearance1: agent.station.webRtcCallAppearances === 1,
    keepAlive: agent.station.webRtcPersistentEnabled,
    conversations: new Set(),
    media,
    trickle: false,
    // Candidates found before the offer is sent are already in its SDP; later ones trickle.
    // To the session's current owner: a reconnecting client takes a parked session over.
    unsubscribe: media.onLocalCandidate((candidate) => {
      if (session.trickle) session.client.send({ type: "iceCandidate", sessionId, ...candidate });
    }),
  };
  sessions.add(session);
  let sdp: string;
  try {
    sdp = await media.createOffer();
  } catch (error) {
    context.unexpected(error);
    end(session, { hangUp: true, reason: "mediaFailed" });
    return;
  }
  if (sessions.get(sessionId) !== session) return;
  client.send({ type: "initiate", sessionId, conversationId, sdp });
  session.trickle = true;
}
