import { afterEach, describe, expect, it } from "vitest";
import { connect, type Harness } from "../../test/support/harness";
import type { FakeCall } from "../testing/fake-conversations";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.softphone.destroy();
  harness = undefined;
});

/** The first call of a station with a persistent connection: a real propose/initiate; returns the session id. */
async function firstCall(h: Harness, call: FakeCall): Promise<string> {
  h.signaling.conversationEvent(call.conversation);
  const sessionId = h.signaling.propose(call, { persistent: true });
  await h.softphone.acceptPendingSession({ conversationId: call.id });
  h.signaling.initiate(sessionId, call.id);
  await h.softphone.acceptSession({ conversationId: call.id });
  h.signaling.conversationEvent(call.agent({ state: "connected" }));
  return sessionId;
}

describe("line appearance 1: one persistent connection carries every call", () => {
  it("synthesises the second call's events from conversation events; answering holds the first", async () => {
    harness = await connect({}, { station: { webRtcCallAppearances: 1, webRtcPersistentEnabled: true } });
    const { softphone, signaling, rtc } = harness;
    expect(softphone.isConcurrentSoftphoneSessionsEnabled()).toBe(false);
    expect(harness.of("concurrentSoftphoneSessionsEnabled")).toEqual([false]);
    const first = signaling.call();
    const sessionId = await firstCall(harness, first);
    const firstSession = softphone.getSession(first.id);
    const held: boolean[] = [];
    firstSession?.on("held", (value) => held.push(value));

    const second = signaling.call({ customerAddress: "+15555550222" });
    signaling.conversationEvent(second.conversation); // agent alerting, no propose
    const pending = harness.of("pendingSession")[1];
    expect(pending).toMatchObject({
      id: sessionId,
      conversationId: second.id,
      synthesized: true,
      address: "+15555550222",
    });

    await softphone.acceptPendingSession({ conversationId: second.id });
    expect((await signaling.next("proceed", (m) => m.sessionId === sessionId)).sessionId).toBe(sessionId);
    // The platform holds the first call and connects the second, on the same session.
    signaling.conversationEvent(first.customer({ held: true }));
    signaling.conversationEvent(second.agent({ state: "connected" }));

    const secondSession = harness.of("sessionStarted")[1];
    expect(secondSession).toMatchObject({
      id: sessionId,
      conversationId: second.id,
      synthesized: true,
      state: "active",
    });
    expect(firstSession?.conversationId).toBe(first.id); // never rewritten
    expect(held).toEqual([true]);
    expect(rtc.peers).toHaveLength(1);
    expect(signaling.sentOf("accept")).toHaveLength(1);
    const update = harness.of("conversationUpdate").at(-1);
    expect(update?.activeConversationId).toBe(second.id);
    expect(update?.current.map((c) => [c.conversationId, c.held, c.session?.conversationId])).toEqual([
      [first.id, true, first.id],
      [second.id, false, second.id],
    ]);

    // The second call ends: its session ends, the connection stays for the first.
    signaling.conversationEvent(second.end());
    expect(harness.of("sessionEnded").map((s) => s.conversationId)).toEqual([second.id]);
    expect(rtc.peers[0]?.connectionState).not.toBe("closed");
    expect(
      harness
        .of("conversationUpdate")
        .at(-1)
        ?.removed.map((c) => c.conversationId),
    ).toEqual([second.id]);
  });

  it("an outbound call placed while the connection is up is connected at once, with synthesised events", async () => {
    harness = await connect({}, { station: { webRtcCallAppearances: 1, webRtcPersistentEnabled: false } });
    const { softphone, signaling } = harness;
    const first = signaling.call();
    const sessionId = await firstCall(harness, first);
    const placing = softphone.startSoftphoneSession({ phoneNumber: "15555555555" });
    const outbound = signaling.call({ direction: "outbound" });
    signaling.conversationEvent(outbound.agent({ state: "connected" }));
    harness.placed[0]?.answer(outbound.id);
    const session = await (await placing).session;
    expect(session).toMatchObject({ id: sessionId, conversationId: outbound.id, synthesized: true });
    expect(harness.of("pendingSession").at(-1)).toMatchObject({
      conversationId: outbound.id,
      autoAnswer: true,
      synthesized: true,
    });
    expect(harness.of("handledPendingSession").at(-1)).toMatchObject({
      conversationId: outbound.id,
      outcome: "accepted",
    });
    expect(signaling.sentOf("proceed")).toHaveLength(1); // only the first call's
  });

  it("an outbound call that another tab's connection carries rejects this tab's session promise", async () => {
    harness = await connect({}, { station: { webRtcCallAppearances: 1, webRtcPersistentEnabled: true } });
    const { softphone, signaling } = harness;
    const placing = softphone.startSoftphoneSession({ phoneNumber: "15555555555" });
    const outbound = signaling.call({ direction: "outbound" });
    await new Promise((resolve) => setTimeout(resolve, 0));
    harness.placed[0]?.answer(outbound.id);
    const { session } = await placing;
    signaling.conversationEvent(outbound.agent({ state: "connected" }));
    await expect(session).rejects.toMatchObject({ code: "answered_elsewhere" });
    expect(harness.of("conversationUpdate").at(-1)?.current[0]).toMatchObject({
      conversationId: outbound.id,
      session: undefined,
    });
  });

  it("mute follows the conversation the connection carries now", async () => {
    harness = await connect({}, { station: { webRtcCallAppearances: 1, webRtcPersistentEnabled: true } });
    const { softphone, signaling, rtc } = harness;
    const first = signaling.call();
    await firstCall(harness, first);
    await softphone.setAudioMute({ conversationId: first.id, mute: true });
    const track = rtc.microphones[0]?.getAudioTracks()[0];
    expect(track?.enabled).toBe(false);
    const second = signaling.call();
    signaling.conversationEvent(second.conversation);
    await softphone.acceptPendingSession({ conversationId: second.id });
    signaling.conversationEvent(first.customer({ held: true }));
    signaling.conversationEvent(second.agent({ state: "connected" }));
    expect(track?.enabled).toBe(true); // the second call is not muted
  });

  it("a synthesised pending session is declined with reject on the shared session", async () => {
    harness = await connect({}, { station: { webRtcCallAppearances: 1, webRtcPersistentEnabled: true } });
    const { softphone, signaling } = harness;
    const sessionId = await firstCall(harness, signaling.call());
    const second = signaling.call();
    signaling.conversationEvent(second.conversation);
    await softphone.rejectPendingSession({ conversationId: second.id });
    expect((await signaling.next("reject")).sessionId).toBe(sessionId);
  });
});

describe("persistent connection (line appearance 100)", () => {
  it("the connection outlives the call and the next call reuses it: no new initiate, no new peer connection", async () => {
    harness = await connect({}, { station: { webRtcCallAppearances: 100, webRtcPersistentEnabled: true } });
    const { softphone, signaling, rtc } = harness;
    expect(softphone.isPersistentConnectionEnabled()).toBe(true);
    const first = signaling.call();
    const sessionId = await firstCall(harness, first);
    signaling.conversationEvent(first.end());
    expect(harness.of("sessionEnded").map((s) => s.conversationId)).toEqual([first.id]);
    expect(rtc.peers[0]?.connectionState).not.toBe("closed");

    const next = signaling.call();
    signaling.conversationEvent(next.conversation);
    expect(harness.of("pendingSession").at(-1)).toMatchObject({
      id: sessionId,
      conversationId: next.id,
      synthesized: true,
    });
    await softphone.acceptPendingSession({ conversationId: next.id });
    await signaling.next("proceed", (m) => m.sessionId === sessionId);
    signaling.conversationEvent(next.agent({ state: "connected" }));
    expect(harness.of("sessionStarted").at(-1)).toMatchObject({
      id: sessionId,
      conversationId: next.id,
      state: "active",
    });
    expect(rtc.peers).toHaveLength(1);
    expect(signaling.sentOf("accept")).toHaveLength(1);
  });

  it("a call arriving while the persistent connection is busy gets a session of its own", async () => {
    harness = await connect({}, { station: { webRtcCallAppearances: 100, webRtcPersistentEnabled: true } });
    const { signaling } = harness;
    await firstCall(harness, signaling.call());
    const second = signaling.call();
    signaling.conversationEvent(second.conversation);
    expect(harness.of("pendingSession")).toHaveLength(1); // no guess: a propose will come
    signaling.propose(second);
    expect(harness.of("pendingSession").at(-1)).toMatchObject({
      conversationId: second.id,
      synthesized: false,
    });
  });
});

describe("line appearance 100 without persistent connection", () => {
  it("gives each call its own peer connection and standard events", async () => {
    harness = await connect();
    const { softphone, signaling, rtc } = harness;
    expect(softphone.isConcurrentSoftphoneSessionsEnabled()).toBe(true);
    expect(softphone.isPersistentConnectionEnabled()).toBe(false);
    for (const call of [signaling.call(), signaling.call()]) {
      signaling.conversationEvent(call.conversation);
      const sessionId = signaling.propose(call);
      await softphone.acceptPendingSession({ conversationId: call.id });
      signaling.initiate(sessionId, call.id);
      await softphone.acceptSession({ conversationId: call.id });
      signaling.conversationEvent(call.agent({ state: "connected" }));
    }
    expect(rtc.peers).toHaveLength(2);
    expect(new Set(softphone.getSessions().map((s) => s.id)).size).toBe(2);
    expect(harness.of("conversationUpdate").at(-1)?.current).toHaveLength(2);
  });

  it("follows a station change: station and concurrentSoftphoneSessionsEnabled events", async () => {
    harness = await connect();
    harness.signaling.setStation({ webRtcCallAppearances: 1, webRtcPersistentEnabled: true });
    expect(harness.of("station").at(-1)).toMatchObject({ webRtcCallAppearances: 1 });
    expect(harness.of("concurrentSoftphoneSessionsEnabled")).toEqual([true, false]);
    expect(harness.softphone.isPersistentConnectionEnabled()).toBe(true);
    expect(harness.softphone.station?.webRtcCallAppearances).toBe(1);
  });
});
