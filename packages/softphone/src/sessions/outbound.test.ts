import { afterEach, describe, expect, it, vi } from "vitest";
import { connect, flush, type Harness, waitFor } from "../../test/support/harness";
import { fakeId } from "../testing/fake-conversations";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.softphone.destroy();
  harness = undefined;
});

/** The platform's side of an outbound call placed by this client: propose with autoAnswer, then initiate. */
async function proposeAndInitiate(h: Harness, conversationId: string): Promise<string> {
  const call = h.signaling.call({
    id: conversationId,
    direction: "outbound",
    customerAddress: "15555555555",
  });
  h.signaling.conversationEvent(call.conversation);
  const sessionId = h.signaling.propose(call, {
    autoAnswer: true,
    originatingClientId: h.softphone.clientId,
  });
  await h.signaling.next("proceed", (m) => m.sessionId === sessionId);
  h.signaling.initiate(sessionId, conversationId);
  return sessionId;
}

describe("outbound: REST -> propose -> proceed -> initiate -> accept", () => {
  it("places the call with every seed field and this client's id; REST answer before the propose", async () => {
    harness = await connect({ clientId: "tab-1" });
    const { softphone, signaling } = harness;
    expect((await signaling.next("authenticate")).clientId).toBe("tab-1");
    const params = {
      phoneNumber: "15555555555",
      callerId: "+18005550199",
      callerIdName: "Acme Support",
      callFromQueueId: fakeId(),
      callQueueId: fakeId(),
      callUserId: fakeId(),
      priority: 5,
      languageId: fakeId(),
      routingSkillsIds: [fakeId()],
      conversationIds: [fakeId()],
      participants: [{ address: "+15555550123", name: "Pat", userId: fakeId(), queueId: fakeId() }],
      uuiData: "ticket=42",
    };
    const placing = softphone.startSoftphoneSession(params);
    await waitFor(() => harness?.placed.length === 1, "placeCall");
    const request = harness.placed[0]!;
    expect(request.body).toEqual(params);
    expect(request.headers["x-softphone-client-id"]).toBe("tab-1");
    expect(request.headers["Idempotency-Key"]).toMatch(/\S{8,}/);

    const conversationId = fakeId();
    request.answer(conversationId);
    const started = await placing;
    expect(started).toMatchObject({
      id: conversationId,
      selfUri: `/api/v2/conversations/calls/${conversationId}`,
    });

    const sessionId = await proposeAndInitiate(harness, conversationId);
    const session = await started.session;
    expect(session).toMatchObject({ id: sessionId, conversationId, direction: "outbound" });
    // Auto-accepted: the SDK answered the offer itself with the default microphone.
    expect((await signaling.next("accept")).sessionId).toBe(sessionId);
    await waitFor(() => session.state === "active", "active");
    expect(harness.of("pendingSession")[0]).toMatchObject({ autoAnswer: true, direction: "outbound" });
    expect(harness.of("handledPendingSession")[0]).toMatchObject({ outcome: "accepted", elsewhere: false });
  });

  it("propose (and even the session) before the REST answer: the session promise still resolves", async () => {
    harness = await connect();
    const placing = harness.softphone.startSoftphoneSession({ phoneNumber: "15555555555" });
    await waitFor(() => harness?.placed.length === 1, "placeCall");
    const conversationId = fakeId();
    const sessionId = await proposeAndInitiate(harness, conversationId);
    await harness.signaling.next("accept");
    expect(harness.of("sessionStarted")).toHaveLength(1);

    harness.placed[0]!.answer(conversationId);
    const started = await placing;
    expect(started.id).toBe(conversationId);
    expect((await started.session).id).toBe(sessionId);
  });

  it("autoAcceptOutbound: false leaves the auto-answer proposal to the app", async () => {
    harness = await connect({ autoAcceptOutbound: false });
    const call = harness.signaling.call({ direction: "outbound" });
    harness.signaling.propose(call, { autoAnswer: true });
    await flush();
    expect(harness.of("pendingSession")[0]).toMatchObject({ autoAnswer: true });
    expect(harness.signaling.sentOf("proceed")).toEqual([]);
  });

  it("an app that accepts in its sessionStarted listener chooses the stream, not the auto-accept", async () => {
    harness = await connect();
    const { softphone, rtc } = harness;
    const own = (await rtc.rtc.mediaDevices?.getUserMedia({ audio: true })) as MediaStream;
    softphone.on("sessionStarted", ({ conversationId }) => {
      void softphone.acceptSession({ conversationId, mediaStream: own });
    });
    const conversationId = fakeId();
    await proposeAndInitiate(harness, conversationId);
    await harness.signaling.next("accept");
    expect(rtc.peers[0]?.sender.track).toBe(own.getAudioTracks()[0]);
    expect(rtc.getUserMediaCalls).toHaveLength(1); // only the test's own
    expect(harness.signaling.sentOf("accept")).toHaveLength(1);
  });

  it("a call that ends before it starts rejects the session promise, and ignoring it is safe", async () => {
    const unhandled = vi.fn();
    process.on("unhandledRejection", unhandled);
    try {
      harness = await connect();
      const { softphone, signaling } = harness;
      const placing = softphone.startSoftphoneSession({ phoneNumber: "15555555555" });
      await waitFor(() => harness?.placed.length === 1, "placeCall");
      const call = signaling.call({ direction: "outbound" });
      harness.placed[0]!.answer(call.id);
      const started = await placing;
      const sessionId = signaling.propose(call, { autoAnswer: true });
      await signaling.next("proceed");
      signaling.push({ type: "terminate", sessionId, reason: "callEnded" });
      await expect(started.session).rejects.toMatchObject({ name: "SessionError", code: "call_ended" });

      // Ignored by the app: no unhandled rejection.
      const ignored = softphone.startSoftphoneSession({ phoneNumber: "15555555555" });
      await waitFor(() => harness?.placed.length === 2, "second placeCall");
      const second = signaling.call({ direction: "outbound" });
      harness.placed[1]!.answer(second.id);
      await ignored;
      signaling.conversationEvent(second.end());
      await flush(10);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off("unhandledRejection", unhandled);
    }
  });

  it("refuses to place a call while signaling is down (it would ring nowhere)", async () => {
    harness = await connect({ reconnect: false });
    harness.signaling.drop();
    await expect(
      harness.softphone.startSoftphoneSession({ phoneNumber: "15555555555" }),
    ).rejects.toMatchObject({
      name: "SessionError",
      code: "not_connected",
    });
    expect(harness.placed).toEqual([]);
  });

  it("a failed placeCall rejects startSoftphoneSession with the API's error", async () => {
    harness = await connect();
    const placing = harness.softphone.startSoftphoneSession({ phoneNumber: "15555555555" });
    await waitFor(() => harness?.placed.length === 1, "placeCall");
    const error = new Error("http_400");
    harness.placed[0]!.fail(error);
    await expect(placing).rejects.toBe(error);
  });
});
