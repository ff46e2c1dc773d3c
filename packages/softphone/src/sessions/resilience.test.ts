import { afterEach, describe, expect, it, vi } from "vitest";
import { connect, eventNames, flush, type Harness, waitFor } from "../../test/support/harness";
import { createSoftphone } from "../create-softphone";
import type { FakeCall } from "../testing/fake-conversations";
import { createFakeSignaling } from "../testing/fake-signaling";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.softphone.destroy();
  harness = undefined;
});

async function talking(h: Harness, call: FakeCall): Promise<string> {
  h.signaling.conversationEvent(call.conversation);
  const sessionId = h.signaling.propose(call);
  await h.softphone.acceptPendingSession({ conversationId: call.id });
  h.signaling.initiate(sessionId, call.id);
  await h.softphone.acceptSession({ conversationId: call.id });
  h.signaling.conversationEvent(call.agent({ state: "connected" }));
  return sessionId;
}

describe("signaling drops", () => {
  it("reconnects with backoff, re-authenticates with a fresh token, syncs and reconciles from the snapshot", async () => {
    let issued = 0;
    harness = await connect({ accessToken: async () => `agent-token-${++issued}` });
    const { softphone, signaling, rtc } = harness;
    const kept = signaling.call();
    const gone = signaling.call();
    await talking(harness, kept);
    await talking(harness, gone);

    signaling.refuse(2);
    signaling.drop();
    expect(softphone.status).toBe("reconnecting");
    expect(harness.of("disconnected")).toEqual([{ code: 1006, reason: "", willReconnect: true }]);
    // While down the second call ended on the platform; the client hears it only through the snapshot.
    signaling.conversations = signaling.conversations.filter((c) => c.id !== gone.id);

    await waitFor(() => harness?.of("connected").length === 2, "reconnected");
    expect(harness.of("connected")[1]).toEqual({ reconnected: true });
    expect(harness.of("reconnecting").map((r) => r.attempt)).toEqual([1, 2, 3]);
    expect(signaling.tokens).toEqual(["agent-token-1", "agent-token-2"]);
    expect(signaling.connections).toHaveLength(4);
    expect(await signaling.next("sync")).toEqual({ type: "sync" });
    await waitFor(() => harness?.of("sessionEnded").length === 1, "the vanished call to end");

    expect(harness.of("sessionEnded")[0]?.conversationId).toBe(gone.id);
    expect(softphone.getSession(kept.id)?.state).toBe("active");
    expect(rtc.peers[0]?.connectionState).not.toBe("closed"); // the kept call's media never stopped
    const update = harness.of("conversationUpdate").at(-1);
    expect(update?.current.map((c) => c.conversationId)).toEqual([kept.id]);
    expect(update?.activeConversationId).toBe(kept.id);
  });

  it("keeps the peer connection through the drop and sends the ICE candidates found meanwhile", async () => {
    harness = await connect();
    const { signaling, rtc } = harness;
    const call = signaling.call();
    const sessionId = await talking(harness, call);
    await signaling.next("iceCandidate", (m) => m.candidate !== "");
    signaling.drop();
    rtc.peers[0]?.onicecandidate?.({
      candidate: { candidate: "candidate:late", sdpMid: "0", sdpMLineIndex: 0 },
    });
    await waitFor(() => harness?.of("connected").length === 2, "reconnected");
    const late = await signaling.next("iceCandidate", (m) => m.candidate === "candidate:late");
    expect(late.sessionId).toBe(sessionId);
    expect(rtc.peers[0]?.connectionState).not.toBe("closed");
  });

  it("gives up after maxAttempts and says so with an error event", async () => {
    harness = await connect({ reconnect: { initialDelayMs: 1, maxDelayMs: 2, maxAttempts: 2 } });
    harness.signaling.refuse(5);
    harness.signaling.drop();
    await waitFor(() => harness?.of("error").length === 1, "giving up");
    expect(harness.of("error")[0]).toMatchObject({ name: "SessionError", code: "not_connected" });
    expect(harness.softphone.status).toBe("idle");
  });

  it("reconnect: false stays down", async () => {
    harness = await connect({ reconnect: false });
    harness.signaling.drop(1001, "going away");
    expect(harness.of("disconnected")).toEqual([{ code: 1001, reason: "going away", willReconnect: false }]);
    await flush();
    expect(harness.signaling.connections).toHaveLength(1);
  });

  it("initialize rejects when the token is refused, and does not retry behind the app's back", async () => {
    const signaling = createFakeSignaling({ autoReady: false });
    const softphone = createSoftphone({
      platformUrl: "https://platform.test",
      accessToken: "expired-token-1",
      signalingTransport: signaling.transport,
    });
    const initializing = softphone.initialize();
    await signaling.next("authenticate");
    signaling.push({ type: "error", code: "UNAUTHENTICATED", message: "The token is expired." });
    signaling.drop(1008, "unauthenticated");
    await expect(initializing).rejects.toMatchObject({ name: "SessionError", code: "unauthenticated" });
    expect(signaling.connections).toEqual(["wss://platform.test/signaling"]);
    expect(softphone.status).toBe("idle");
  });
});

describe("peer connection trouble", () => {
  it("restarts ICE on failure and answers the platform's re-offer on the same session", async () => {
    harness = await connect();
    const { softphone, signaling, rtc } = harness;
    const call = signaling.call();
    const sessionId = await talking(harness, call);
    const states: string[] = [];
    softphone.getSession(call.id)?.on("connectionState", (state) => states.push(state));
    const peer = rtc.peers[0]!;
    peer.setConnectionState("failed");
    expect(peer.restartIceCalls).toBe(1);
    expect(states).toEqual(["failed"]);
    signaling.push({
      type: "initiate",
      sessionId,
      conversationId: call.id,
      sdp: "v=0\r\na=ice-restart\r\n",
      reinvite: true,
    });
    const accept = await signaling.next("accept", (m) => m.sdp.includes("fake-answer:2"));
    expect(accept.sessionId).toBe(sessionId);
    peer.setConnectionState("connected");
    expect(states).toEqual(["failed", "connected"]);
    expect(softphone.getSession(call.id)?.state).toBe("active");
  });

  it("a session the platform no longer knows (UNKNOWN_SESSION) ends here too", async () => {
    harness = await connect();
    const { signaling, rtc } = harness;
    const call = signaling.call();
    const sessionId = await talking(harness, call);
    signaling.push({ type: "error", code: "UNKNOWN_SESSION", message: "No session.", sessionId });
    expect(harness.of("sessionEnded")[0]?.endReason).toBe("sessionLost");
    expect(harness.of("error")[0]).toMatchObject({ code: "UNKNOWN_SESSION" });
    expect(rtc.peers[0]?.connectionState).toBe("closed");
  });

  it("a failed idle persistent connection is closed, so the next call gets a fresh one", async () => {
    harness = await connect({}, { station: { webRtcCallAppearances: 100, webRtcPersistentEnabled: true } });
    const { signaling, rtc } = harness;
    const call = signaling.call();
    const sessionId = await talking(harness, call);
    signaling.conversationEvent(call.end());
    rtc.peers[0]?.setConnectionState("failed");
    expect((await signaling.next("terminate")).sessionId).toBe(sessionId);
    const next = signaling.call();
    signaling.conversationEvent(next.conversation);
    expect(harness.of("pendingSession")).toHaveLength(1); // no synthesised guess on a dead connection
  });
});

describe("nothing throws into the app", () => {
  it("a throwing listener becomes an error event; the other listeners still run", async () => {
    harness = await connect();
    const { softphone, signaling } = harness;
    softphone.on("pendingSession", () => {
      throw new Error("app bug");
    });
    const after = vi.fn();
    softphone.on("pendingSession", after);
    signaling.propose(signaling.call());
    expect(after).toHaveBeenCalledOnce();
    expect(harness.of("error")[0]).toMatchObject({ name: "SessionError", code: "listener_error" });
    expect(harness.of("error")[0]?.cause).toMatchObject({ message: "app bug" });
  });

  it("a throwing error listener goes to the logger, not into a loop", async () => {
    const logged: string[] = [];
    harness = await connect({ logger: { error: (line) => logged.push(line) } });
    harness.softphone.on("error", () => {
      throw new Error("error listener bug");
    });
    harness.softphone.on("station", () => {
      throw new Error("station listener bug");
    });
    harness.signaling.setStation({ webRtcPersistentEnabled: true });
    expect(logged.some((line) => line.includes("error listener bug"))).toBe(true);
  });

  it("session listeners are guarded too, and on() returns an unsubscribe", async () => {
    harness = await connect();
    const { softphone, signaling } = harness;
    const call = signaling.call();
    await talking(harness, call);
    const session = softphone.getSession(call.id)!;
    const seen: boolean[] = [];
    const off = session.on("held", (held) => seen.push(held));
    session.on("held", () => {
      throw new Error("session listener bug");
    });
    signaling.conversationEvent(call.customer({ held: true }));
    off();
    signaling.conversationEvent(call.customer({ held: false }));
    expect(seen).toEqual([true]);
    expect(harness.of("error").map((e) => e.code)).toEqual(["listener_error", "listener_error"]);
  });

  it("without an error listener, errors go to the logger; with no logger the SDK stays silent", async () => {
    const logged: string[] = [];
    const signaling = createFakeSignaling();
    const softphone = createSoftphone({
      platformUrl: "http://platform.test",
      accessToken: "agent-token-secret",
      signalingTransport: signaling.transport,
      logger: {
        error: (line) => logged.push(line),
        warn: (line) => logged.push(line),
        info: (line) => logged.push(line),
        debug: (line) => logged.push(line),
      },
    });
    await softphone.initialize();
    signaling.push({
      type: "error",
      code: "INVALID_MESSAGE",
      message: "bad token agent-token-secret echoed",
    });
    expect(logged.some((line) => line.includes("INVALID_MESSAGE") || line.includes("bad token"))).toBe(true);
    expect(logged.join("\n")).not.toContain("agent-token-secret");
    await softphone.destroy();
  });
});

describe("destroy", () => {
  it("ends sessions (terminate), cancels pending sessions, stops the microphones it opened, closes signaling", async () => {
    harness = await connect();
    const { softphone, signaling, rtc } = harness;
    const call = signaling.call();
    const sessionId = await talking(harness, call);
    const ringing = signaling.call();
    signaling.propose(ringing);
    await softphone.destroy();
    expect(signaling.sentOf("terminate")).toEqual([{ type: "terminate", sessionId }]);
    expect(harness.of("cancelPendingSession")[0]).toMatchObject({
      conversationId: ringing.id,
      reason: "destroyed",
    });
    expect(harness.of("sessionEnded")[0]?.endReason).toBe("destroyed");
    expect(rtc.microphones[0]?.getAudioTracks()[0]?.readyState).toBe("ended");
    expect(signaling.open).toBe(false);
    expect(softphone.status).toBe("destroyed");
    await expect(softphone.acceptPendingSession({ conversationId: ringing.id })).rejects.toMatchObject({
      name: "SessionError",
    });
    expect(eventNames).toContain("sessionEnded");
  });
});
