import { afterEach, describe, expect, it } from "vitest";
import { connect, flush, type Harness } from "../../test/support/harness";
import type { FakeCall } from "../testing/fake-conversations";
import { ICE_RESTART_GRACE_MS } from "./ice-restart";

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
  await flush();
  return sessionId;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("ICE restart: the SDK asks the platform (the offerer) for one", () => {
  it("on failed: iceRestart at once, once; the re-offer is answered and its candidates follow the accept", async () => {
    harness = await connect();
    const { signaling, rtc } = harness;
    const call = signaling.call();
    const sessionId = await talking(harness, call);
    const peer = rtc.peers[0]!;

    peer.setConnectionState("failed");
    peer.setConnectionState("failed");
    expect(signaling.sentOf("iceRestart")).toEqual([{ type: "iceRestart", sessionId }]);

    const sentBefore = signaling.sent.length;
    signaling.push({ type: "initiate", sessionId, conversationId: call.id, sdp: "v=0\r\n", reinvite: true });
    const accept = await signaling.next("accept", (m) => m.sdp.includes("fake-answer:2"));
    await flush();
    const after = signaling.sent.slice(sentBefore).map((m) => m.type);
    expect(after.indexOf("iceCandidate")).toBeGreaterThan(after.indexOf("accept"));
    expect(accept.sessionId).toBe(sessionId);

    // Back, then broken again: a new breakage gets a new request.
    peer.setConnectionState("connected");
    peer.setConnectionState("failed");
    expect(signaling.sentOf("iceRestart")).toHaveLength(2);
    expect(harness.of("sessionEnded")).toEqual([]);
  });

  it("on disconnected: asks only once the grace has passed, and not at all if the connection comes back", async () => {
    harness = await connect();
    const { signaling, rtc } = harness;
    const call = signaling.call();
    await talking(harness, call);
    const peer = rtc.peers[0]!;

    peer.setConnectionState("disconnected");
    await sleep(ICE_RESTART_GRACE_MS / 2);
    peer.setConnectionState("connected");
    await sleep(ICE_RESTART_GRACE_MS / 2 + 200);
    expect(signaling.sentOf("iceRestart")).toEqual([]);

    peer.setConnectionState("disconnected");
    await sleep(ICE_RESTART_GRACE_MS / 2);
    expect(signaling.sentOf("iceRestart")).toEqual([]);
    await sleep(ICE_RESTART_GRACE_MS / 2 + 200);
    expect(signaling.sentOf("iceRestart")).toHaveLength(1);
  });

  it("an ended call's connection is never restarted", async () => {
    harness = await connect();
    const { signaling, rtc } = harness;
    const call = signaling.call();
    await talking(harness, call);
    const peer = rtc.peers[0]!;
    peer.setConnectionState("disconnected");
    signaling.conversationEvent(call.end());
    await sleep(ICE_RESTART_GRACE_MS + 200);
    expect(signaling.sentOf("iceRestart")).toEqual([]);
  });
});
