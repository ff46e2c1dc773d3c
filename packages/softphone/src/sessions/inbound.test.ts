import { afterEach, describe, expect, it } from "vitest";
import { connect, flush, type Harness, waitFor } from "../../test/support/harness";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.softphone.destroy();
  harness = undefined;
});

describe("inbound: notification -> propose -> proceed -> initiate -> accept", () => {
  it("rings, is accepted, starts, answers with the microphone and trickles ICE after the answer", async () => {
    harness = await connect();
    const { softphone, signaling, rtc } = harness;
    const call = signaling.call();
    signaling.conversationEvent(call.conversation);
    const sessionId = signaling.propose(call);

    const [pending] = harness.of("pendingSession");
    expect(pending).toMatchObject({
      id: sessionId,
      conversationId: call.id,
      direction: "inbound",
      address: "+15555550100",
      autoAnswer: false,
      synthesized: false,
    });
    expect(softphone.getPendingSessions()).toHaveLength(1);

    await softphone.acceptPendingSession({ conversationId: call.id });
    expect(await signaling.next("proceed")).toEqual({ type: "proceed", sessionId, conversationId: call.id });
    expect(harness.of("handledPendingSession")[0]).toMatchObject({ outcome: "accepted", elsewhere: false });
    expect(softphone.getPendingSessions()).toEqual([]);

    signaling.initiate(sessionId, call.id);
    const [session] = harness.of("sessionStarted");
    expect(session).toMatchObject({ id: sessionId, conversationId: call.id, state: "starting" });
    signaling.push({
      type: "iceCandidate",
      sessionId,
      candidate: "candidate:9 1 udp 1 127.0.0.1 4000 typ host",
      sdpMid: "0",
      sdpMLineIndex: 0,
    });

    await softphone.acceptSession({ conversationId: call.id });
    const accept = await signaling.next("accept");
    expect(accept.sessionId).toBe(sessionId);
    expect(accept.sdp).toContain("fake-answer");
    expect(session?.state).toBe("active");
    expect(rtc.getUserMediaCalls).toEqual([{ audio: true, video: false }]);
    const peer = rtc.peers[0];
    expect(peer?.sender.track).toBe(rtc.microphones[0]?.getAudioTracks()[0]);
    await waitFor(() => peer?.remoteCandidates.length === 1, "the platform's candidate");

    // The local candidate is sent after the accept, never before it.
    const candidate = await signaling.next("iceCandidate", (m) => m.candidate !== "");
    expect(signaling.sent.indexOf(candidate)).toBeGreaterThan(signaling.sent.indexOf(accept));

    signaling.conversationEvent(call.agent({ state: "connected" }));
    const update = harness.of("conversationUpdate").at(-1);
    expect(update?.activeConversationId).toBe(call.id);
    expect(update?.current[0]).toMatchObject({ conversationId: call.id, state: "connected", session });
  });

  it("rejects: reject is sent, the pending session is handled, no session starts", async () => {
    harness = await connect();
    const { softphone, signaling } = harness;
    const call = signaling.call();
    const sessionId = signaling.propose(call);
    await softphone.rejectPendingSession({ conversationId: call.id });
    expect(await signaling.next("reject")).toEqual({ type: "reject", sessionId, conversationId: call.id });
    expect(harness.of("handledPendingSession")).toEqual([
      expect.objectContaining({ conversationId: call.id, outcome: "rejected", elsewhere: false }),
    ]);
    await expect(softphone.acceptPendingSession({ conversationId: call.id })).rejects.toMatchObject({
      name: "SessionError",
      code: "unknown_conversation",
    });
    expect(harness.of("sessionStarted")).toEqual([]);
  });

  it("another client answers: handledPendingSession elsewhere, and a late accept fails cleanly", async () => {
    harness = await connect();
    const { softphone, signaling } = harness;
    const call = signaling.call();
    const sessionId = signaling.propose(call);
    signaling.push({ type: "retract", sessionId, conversationId: call.id, reason: "answeredElsewhere" });
    expect(harness.of("handledPendingSession")).toEqual([
      expect.objectContaining({ conversationId: call.id, outcome: "accepted", elsewhere: true }),
    ]);
    expect(harness.of("cancelPendingSession")).toEqual([]);
    expect(softphone.getPendingSessions()).toEqual([]);
    // The agent talks on the other client: this one shows the conversation, without a session.
    signaling.conversationEvent(call.agent({ state: "connected" }));
    expect(harness.of("conversationUpdate").at(-1)?.current[0]).toMatchObject({ session: undefined });
    expect(harness.of("sessionStarted")).toEqual([]);
  });

  it("another client rejects: handledPendingSession rejected elsewhere", async () => {
    harness = await connect();
    const call = harness.signaling.call();
    const sessionId = harness.signaling.propose(call);
    harness.signaling.push({ type: "retract", sessionId, conversationId: call.id, reason: "rejected" });
    expect(harness.of("handledPendingSession")[0]).toMatchObject({ outcome: "rejected", elsewhere: true });
  });

  it("nobody answers: the platform's retract cancels it with timeout", async () => {
    harness = await connect();
    const call = harness.signaling.call();
    const sessionId = harness.signaling.propose(call);
    harness.signaling.push({ type: "retract", sessionId, conversationId: call.id, reason: "timeout" });
    expect(harness.of("cancelPendingSession")).toEqual([
      expect.objectContaining({ conversationId: call.id, reason: "timeout" }),
    ]);
  });

  it("the caller hangs up: cancelled once (conversation event first, the retract after it is ignored)", async () => {
    harness = await connect();
    const { signaling } = harness;
    const call = signaling.call();
    signaling.conversationEvent(call.conversation);
    const sessionId = signaling.propose(call);
    signaling.conversationEvent(call.end());
    signaling.push({ type: "retract", sessionId, conversationId: call.id, reason: "callerHungUp" });
    expect(harness.of("cancelPendingSession")).toEqual([
      expect.objectContaining({ conversationId: call.id, reason: "callerHungUp" }),
    ]);
    expect(harness.of("handledPendingSession")).toEqual([]);
    expect(harness.of("conversationUpdate").at(-1)).toMatchObject({
      current: [],
      removed: [expect.objectContaining({ conversationId: call.id })],
    });
  });

  it("never a zombie: without any retract the SDK cancels after pendingSessionTimeoutMs", async () => {
    harness = await connect({ pendingSessionTimeoutMs: 30 });
    const call = harness.signaling.call();
    harness.signaling.propose(call);
    await waitFor(() => harness?.of("cancelPendingSession").length === 1, "the client-side timeout");
    expect(harness.of("cancelPendingSession")[0]).toMatchObject({ reason: "timeout" });
    expect(harness.softphone.getPendingSessions()).toEqual([]);
  });

  it("deduplicates by conversation: a second propose for the same call does not ring again", async () => {
    harness = await connect();
    const { signaling, softphone } = harness;
    const call = signaling.call();
    signaling.propose(call);
    const second = signaling.propose(call);
    expect(harness.of("pendingSession")).toHaveLength(1);
    // The latest proposal is the one answered.
    await softphone.acceptPendingSession({ conversationId: call.id });
    expect((await signaling.next("proceed")).sessionId).toBe(second);
  });

  it("ignores a retract for an older proposal of the same call", async () => {
    harness = await connect();
    const { signaling } = harness;
    const call = signaling.call();
    const first = signaling.propose(call);
    signaling.propose(call);
    signaling.push({ type: "retract", sessionId: first, conversationId: call.id, reason: "timeout" });
    expect(harness.of("cancelPendingSession")).toEqual([]);
    expect(harness.softphone.getPendingSessions()).toHaveLength(1);
  });

  it("ends: the platform's terminate ends the session and closes the peer connection", async () => {
    harness = await connect();
    const { softphone, signaling, rtc } = harness;
    const call = signaling.call();
    signaling.conversationEvent(call.conversation);
    const sessionId = signaling.propose(call);
    await softphone.acceptPendingSession({ conversationId: call.id });
    signaling.initiate(sessionId, call.id);
    const session = softphone.getSession(call.id);
    const terminated: string[] = [];
    session?.on("terminated", ({ reason }) => terminated.push(reason));
    await softphone.acceptSession({ conversationId: call.id });
    signaling.conversationEvent(call.agent({ state: "connected" }));

    await softphone.endSession({ conversationId: call.id });
    expect(harness.updates).toEqual([
      { conversationId: call.id, participantId: call.agentParticipantId, body: { state: "disconnected" } },
    ]);
    signaling.conversationEvent(call.end());
    signaling.push({ type: "terminate", sessionId, reason: "callEnded" });
    expect(harness.of("sessionEnded")).toEqual([session]);
    expect(session?.endReason).toBe("callEnded");
    expect(terminated).toEqual(["callEnded"]);
    expect(rtc.peers[0]?.connectionState).toBe("closed");
    expect(rtc.microphones[0]?.getAudioTracks()[0]?.readyState).toBe("ended");
    expect(softphone.getSessions()).toEqual([]);
    await flush();
  });
});
