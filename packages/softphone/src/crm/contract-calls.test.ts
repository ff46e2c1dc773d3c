import { afterEach, describe, expect, it } from "vitest";
import { type FakeSignaling, fakeId } from "../testing";
import { flush, type HostHarness, partnerId, startHost, waitFor } from "./fixtures/host-harness";

let harness: HostHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An inbound call from +15555550100 ringing here (conversation event, then propose). */
function ring(signaling: FakeSignaling) {
  const call = signaling.call({ customerAddress: "+15555550100" });
  signaling.conversationEvent(call.conversation);
  const sessionId = signaling.propose(call);
  return { call, sessionId };
}

describe("CRM host: contract calls on the softphone's events", () => {
  it("an inbound call: incomingCall, callAccepted, callNotesSubmitted, callEnded with the seed's fields", async () => {
    harness = await startHost({
      options: { callDetails: () => ({ recordingStatus: "ON", ivrExitPath: "ChangeBooking" }) },
    });
    await harness.host.load();
    const { softphone, signaling } = harness;
    const { call, sessionId } = ring(signaling);
    const conversationId = call.id;

    expect(harness.callsOf("incomingCall")).toEqual([
      { partnerId, conversationId, callerANI: "+15555550100", language: "en_US" },
    ]);
    await softphone.acceptPendingSession({ conversationId });
    expect(harness.callsOf("callAccepted")).toEqual([
      {
        partnerId,
        conversationId,
        callerANI: "+15555550100",
        language: "en_US",
        recordingStatus: "ON",
        ivrExitPath: "ChangeBooking",
      },
    ]);

    signaling.initiate(sessionId, conversationId);
    await softphone.acceptSession({ conversationId });
    signaling.conversationEvent(call.agent({ state: "connected" }));
    await sleep(300);
    harness.host.submitCallNotes({ conversationId, disposition: "code1", notes: "Changed the date." });
    expect(harness.callsOf("callNotesSubmitted")).toEqual([
      { partnerId, conversationId, disposition: "code1", notes: "Changed the date." },
    ]);
    signaling.push({ type: "terminate", sessionId, reason: "callEnded" });

    const [ended] = harness.callsOf("callEnded");
    expect(ended).toMatchObject({
      partnerId,
      conversationId,
      callType: "inbound",
      disposition: "code1",
      notes: "Changed the date.",
    });
    // Seconds since the session became active.
    expect(ended?.duration).toBeGreaterThanOrEqual(0.29);
    expect(ended?.duration).toBeLessThan(2);
    expect(harness.wrapper().calls.map(({ method }) => method)).toEqual([
      "incomingCall",
      "callAccepted",
      "callNotesSubmitted",
      "callEnded",
    ]);
    expect(harness.of("called").map(({ method }) => method)).toHaveLength(4);
    expect(harness.of("error")).toEqual([]);
  });

  it("optional fields appear only when known: no callDetails, no recordingStatus", async () => {
    harness = await startHost();
    await harness.host.load();
    const { call } = ring(harness.signaling);
    await harness.softphone.acceptPendingSession({ conversationId: call.id });
    expect(Object.keys(harness.callsOf("callAccepted")[0] ?? {}).sort()).toEqual([
      "callerANI",
      "conversationId",
      "language",
      "partnerId",
    ]);
  });

  it("callRejected: active when the agent rejects, passive when it stops ringing or is answered elsewhere", async () => {
    harness = await startHost();
    await harness.host.load();
    const { signaling, softphone } = harness;
    const rejected = ring(signaling);
    await softphone.rejectPendingSession({ conversationId: rejected.call.id });
    const elsewhere = ring(signaling);
    signaling.push({
      type: "retract",
      sessionId: elsewhere.sessionId,
      conversationId: elsewhere.call.id,
      reason: "answeredElsewhere",
    });
    const missed = ring(signaling);
    signaling.push({
      type: "retract",
      sessionId: missed.sessionId,
      conversationId: missed.call.id,
      reason: "timeout",
    });
    const hungUp = ring(signaling);
    signaling.conversationEvent(hungUp.call.end());

    expect(harness.callsOf("callRejected")).toEqual([
      { partnerId, conversationId: rejected.call.id, reason: "active" },
      { partnerId, conversationId: elsewhere.call.id, reason: "passive" },
      { partnerId, conversationId: missed.call.id, reason: "passive" },
      { partnerId, conversationId: hungUp.call.id, reason: "passive" },
    ]);
    expect(harness.callsOf("incomingCall")).toHaveLength(4);
    expect(harness.callsOf("callEnded")).toEqual([]);
  });

  it("startCall places the call with dialTo and dialFrom, then outboundCallInitiated; it ends as outbound", async () => {
    harness = await startHost();
    await harness.host.load();
    const { signaling, host } = harness;
    const started = await host.startCall({ dialTo: "+18883973342", dialFrom: "+18449401117" });
    expect(harness.placed).toEqual([{ phoneNumber: "+18883973342", callerId: "+18449401117" }]);
    expect(harness.callsOf("outboundCallInitiated")).toEqual([
      { partnerId, conversationId: started.id, dialledTo: "+18883973342" },
    ]);

    // The platform proposes the call here; the softphone takes it by itself.
    const call = signaling.call({ id: started.id, direction: "outbound", customerAddress: "+18883973342" });
    signaling.conversationEvent(call.conversation);
    const sessionId = signaling.propose(call, {
      autoAnswer: true,
      originatingClientId: harness.softphone.clientId,
    });
    await signaling.next("proceed");
    signaling.initiate(sessionId, started.id);
    await started.session;
    await signaling.next("accept");
    signaling.push({ type: "terminate", sessionId, reason: "callEnded" });
    expect(harness.callsOf("callEnded")).toEqual([
      { partnerId, conversationId: started.id, duration: expect.any(Number), callType: "outbound" },
    ]);
    // An outbound call is not an incoming one.
    expect(harness.callsOf("incomingCall")).toEqual([]);
  });

  it("statusChanged, and partner_config's partnerId is used from then on", async () => {
    harness = await startHost();
    await harness.host.load();
    const other = "d6afeaa7-39be-4935-981f-2670215fd887";
    harness.host.statusChanged("6a1f3c2e-8d4b-4e7a-9c15-2b7d0e9f4a11");
    harness
      .wrapper()
      .callback?.("partner_config", { partnerId: other, businessSegmentId: "b", channelOriginId: "c" });
    const { call } = ring(harness.signaling);
    expect(harness.callsOf("statusChanged")).toEqual([
      { softphoneId: "6a1f3c2e-8d4b-4e7a-9c15-2b7d0e9f4a11" },
    ]);
    expect(harness.callsOf("incomingCall")[0]).toMatchObject({ partnerId: other, conversationId: call.id });
  });

  it("no partnerId: the call is not made and the error says how to provide one", async () => {
    harness = await startHost({ options: { partnerId: undefined as never } });
    await harness.host.load();
    ring(harness.signaling);
    expect(harness.callsOf("incomingCall")).toEqual([]);
    expect(harness.of("error")[0]).toMatchObject({ code: "crm_invalid_call_params", method: "incomingCall" });
    expect(harness.of("error")[0]?.message).toContain("/params/partnerId must be a valid uuid");
  });
});

describe("CRM host: a misbehaving wrapper never breaks the softphone", () => {
  it.each([
    ["throws", "throw", "CRM is down (incomingCall)"],
    ["rejects", "reject", "CRM said no (incomingCall)"],
  ])("a wrapper that %s: an error event per call, and the call goes on", async (_, mode, message) => {
    harness = await startHost({ mode });
    await harness.host.load();
    const { call } = ring(harness.signaling);
    await harness.softphone.acceptPendingSession({ conversationId: call.id });
    await flush();
    expect(harness.callsOf("callAccepted")).toHaveLength(1);
    expect(harness.of("error").map((error) => [error.code, (error as { method?: string }).method])).toEqual([
      ["crm_wrapper_call_failed", "incomingCall"],
      ["crm_wrapper_call_failed", "callAccepted"],
    ]);
    expect(harness.of("error")[0]?.message).toContain(message);
    expect(harness.softphone.getConversations()).toHaveLength(1);
    expect(harness.softphone.status).toBe("connected");
  });

  it("a wrapper that hangs: later calls are not held up; each is reported after callTimeoutMs", async () => {
    harness = await startHost({ mode: "hang", options: { callTimeoutMs: 80 } });
    await harness.host.load();
    const { call, sessionId } = ring(harness.signaling);
    await harness.softphone.acceptPendingSession({ conversationId: call.id });
    expect(await harness.signaling.next("proceed")).toMatchObject({ type: "proceed", sessionId });
    // Both calls went out before either timed out.
    expect(harness.wrapper().calls.map(({ method }) => method)).toEqual(["incomingCall", "callAccepted"]);
    expect(harness.of("error")).toEqual([]);
    await waitFor(() => harness?.of("error").length === 2, "both timeouts");
    expect(harness.of("error")[0]).toMatchObject({
      code: "crm_wrapper_call_timeout",
      method: "incomingCall",
    });
    expect(harness.of("error")[0]?.message).toContain("did not settle within 80 ms");
  });

  it("a wrapper that answers in time (a promise) raises nothing", async () => {
    harness = await startHost({ mode: "async", options: { callTimeoutMs: 50 } });
    await harness.host.load();
    ring(harness.signaling);
    await sleep(100);
    expect(harness.callsOf("incomingCall")).toHaveLength(1);
    expect(harness.of("error")).toEqual([]);
  });

  it("useSoftphone(undefined): events of the old softphone are ignored and startCall says why it cannot", async () => {
    harness = await startHost();
    await harness.host.load();
    harness.host.useSoftphone(undefined);
    harness.signaling.propose(harness.signaling.call({ id: fakeId() }));
    await expect(harness.host.startCall({ dialTo: "+18883973342" })).rejects.toMatchObject({
      code: "not_connected",
    });
    expect(harness.wrapper().calls).toEqual([]);
  });
});
