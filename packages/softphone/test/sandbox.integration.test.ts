/**
 * The softphone against a real sandbox on loopback: real signaling socket, real partner API, and real media
 * (werift peer connections in Node standing in for the browser, PCMU tones both ways). Browser media is
 * covered by apps/softphone-web's Chromium tests.
 */
import { type Sandbox, startSandbox } from "@ccaas/sandbox";
import type { Conversation } from "@ccaas/types";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "./support/harness";
import { sandboxAgents } from "./support/sandbox-agents";

let sandbox: Sandbox;
const cleanup: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    signaling: { proposeTimeoutMs: 3000 },
    agents: [
      { userName: "la100", password: "p", lineAppearance: 100, persistentConnection: false },
      { userName: "la1", password: "p", lineAppearance: 1, persistentConnection: true },
      { userName: "persistent100", password: "p", lineAppearance: 100, persistentConnection: true },
    ],
  });
});
afterEach(async () => {
  for (const task of cleanup.splice(0).reverse()) await task();
});
afterAll(async () => {
  expect(sandbox.core.violations.entries).toEqual([]);
  await sandbox?.stop();
});

const { agent, ring, answer, media } = sandboxAgents(() => sandbox, cleanup);
const agentIs = (conversation: Conversation | undefined, state: string) =>
  conversation?.participants.some((p) => p.purpose === "agent" && p.state === state) === true;

describe("against the sandbox", () => {
  it("inbound: accept, audio both ways, DTMF, mute, microphone switch, hang up", async () => {
    const a = await agent("la100");
    const conversationId = ring();
    const session = await answer(a, conversationId);
    expect(session.state).toBe("active");
    await waitFor(
      () => agentIs(a.softphone.getSession(conversationId)?.conversation, "connected"),
      "agent connected",
    );
    await waitFor(
      () => media(conversationId).fromAgent.audiblePackets > 20,
      "the agent's tone at the platform",
      5000,
    );
    await waitFor(() => (a.rtc.received[0] ?? 0) > 20, "the customer's tone at the agent", 5000);
    const stats = await a.softphone.getStats({ conversationId });
    expect(stats.packetsSent + stats.packetsReceived).toBeGreaterThan(0);

    await a.softphone.sendDigits({ conversationId, digits: "42#" });
    await waitFor(() => media(conversationId).digits === "42#", "digits at the platform");

    await a.softphone.setAudioMute({ conversationId, mute: true });
    await waitFor(
      () => session.conversation?.participants.some((p) => p.purpose === "agent" && p.muted),
      "muted",
    );
    const audible = media(conversationId).fromAgent.audiblePackets;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(media(conversationId).fromAgent.audiblePackets - audible).toBeLessThanOrEqual(2);
    await a.softphone.setAudioMute({ conversationId, mute: false });
    await waitFor(() => session.muted === false, "unmuted");

    // Microphone switch mid-call: replaceTrack, no renegotiation, audio keeps flowing both ways.
    await a.softphone.updateDefaultDevices({ audioDeviceId: "usb-headset" });
    const switched = a.rtc.microphones.at(-1);
    expect(switched?.deviceId).toBe("usb-headset");
    expect(a.rtc.microphones[0]?.track.stopped).toBe(true);
    const before = media(conversationId).fromAgent.audiblePackets;
    const heard = a.rtc.received[0] ?? 0;
    await waitFor(
      () => media(conversationId).fromAgent.audiblePackets > before + 20,
      "the new microphone at the platform",
      5000,
    );
    expect(a.rtc.received[0] ?? 0).toBeGreaterThan(heard);
    expect(a.rtc.peers).toHaveLength(1);

    await a.softphone.endSession({ conversationId });
    await waitFor(() => a.seen.sessionEnded?.length === 1, "sessionEnded");
    expect(a.seen.conversationUpdate?.at(-1)?.current).toEqual([]);
  });

  it("reject ends the call; a second client sees it handled elsewhere", async () => {
    const a = await agent("la100");
    const b = await agent("la100");
    const conversationId = ring();
    await waitFor(() => b.seen.pendingSession?.length === 1, "pending on b");
    await waitFor(() => a.seen.pendingSession?.length === 1, "pending on a");
    await a.softphone.rejectPendingSession({ conversationId });
    await waitFor(() => b.seen.handledPendingSession?.length === 1, "handled on b");
    expect(b.seen.handledPendingSession?.[0]).toMatchObject({ outcome: "rejected", elsewhere: true });
    expect(b.softphone.getPendingSessions()).toEqual([]);
    expect(sandbox.core.engine.get(conversationId)?.endTime).toBeDefined();
  });

  it("answered on one client: the other's pending session is handled, never a zombie", async () => {
    const a = await agent("la100");
    const b = await agent("la100");
    const conversationId = ring();
    await waitFor(() => b.seen.pendingSession?.length === 1, "pending on b");
    await answer(a, conversationId);
    await waitFor(() => b.seen.handledPendingSession?.length === 1, "handled on b");
    expect(b.seen.handledPendingSession?.[0]).toMatchObject({ outcome: "accepted", elsewhere: true });
    expect(b.seen.sessionStarted).toBeUndefined();
  });

  it("the caller hangs up while ringing: cancelPendingSession callerHungUp", async () => {
    const a = await agent("la100");
    const conversationId = ring();
    await waitFor(() => a.seen.pendingSession?.length === 1, "pending");
    sandbox.control.hangUpCustomer(conversationId);
    await waitFor(() => a.seen.cancelPendingSession?.length === 1, "cancelled");
    expect(a.seen.cancelPendingSession?.[0]).toMatchObject({ reason: "callerHungUp" });
  });

  it("nobody answers: retracted with timeout", async () => {
    const a = await agent("la100");
    ring();
    await waitFor(() => a.seen.cancelPendingSession?.length === 1, "timeout", 6000);
    expect(a.seen.cancelPendingSession?.[0]).toMatchObject({ reason: "timeout" });
  });

  it("outbound through the partner API: proposed with autoAnswer to this client only, auto-accepted", async () => {
    const a = await agent("la100");
    const other = await agent("la100");
    const placed = await a.softphone.startSoftphoneSession({ phoneNumber: "15555555555" });
    expect(placed.selfUri).toContain(placed.id);
    const session = await placed.session;
    expect(session).toMatchObject({ conversationId: placed.id, direction: "outbound" });
    await waitFor(() => session.state === "active", "auto-accepted");
    await waitFor(() => media(placed.id).fromAgent.audiblePackets > 10, "audio at the platform", 5000);
    expect(a.seen.pendingSession?.[0]).toMatchObject({
      autoAnswer: true,
      originatingClientId: a.softphone.clientId,
    });
    await waitFor(() => other.seen.handledPendingSession?.length === 1, "handled on the other client");
    expect(other.seen.pendingSession?.[0]?.autoAnswer).toBe(false);
  });

  it("line appearance 1: one connection, the second call synthesised, the first held, audio only on the active one", async () => {
    const a = await agent("la1");
    expect(a.softphone.isConcurrentSoftphoneSessionsEnabled()).toBe(false);
    const first = ring("+15555550101");
    const firstSession = await answer(a, first);
    await waitFor(() => media(first).fromAgent.packets > 10, "audio on the first call", 5000);

    const second = ring("+15555550102");
    const pending = await waitFor(
      () => a.seen.pendingSession?.find((p) => p.conversationId === second),
      "synthesised",
    );
    expect(pending).toMatchObject({ synthesized: true, id: firstSession.id });
    await a.softphone.acceptPendingSession({ conversationId: second });
    const secondSession = await waitFor(() => a.softphone.getSession(second), "second session");
    expect(secondSession).toMatchObject({ id: firstSession.id, synthesized: true });
    await waitFor(() => firstSession.held, "first call held");
    await waitFor(
      () => a.seen.conversationUpdate?.at(-1)?.activeConversationId === second,
      "active is second",
    );
    expect(a.rtc.peers).toHaveLength(1);

    const toFirst = media(first).toAgent.packets;
    const toSecond = media(second).toAgent.packets;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(media(first).toAgent.packets - toFirst).toBeLessThanOrEqual(1);
    expect(media(second).toAgent.packets - toSecond).toBeGreaterThan(10);

    // Resume the first through the platform API: the platform holds the second.
    await a.softphone.setConversationHeld({ conversationId: first, held: false });
    await waitFor(() => !firstSession.held && secondSession.held, "first resumed, second held");
    await waitFor(() => a.seen.conversationUpdate?.at(-1)?.activeConversationId === first, "active is first");
  });

  it("persistent connection: the next call rides on the same session (no new propose, initiate or ICE)", async () => {
    const a = await agent("persistent100");
    const first = ring();
    const firstSession = await answer(a, first);
    await a.softphone.endSession({ conversationId: first });
    await waitFor(() => a.seen.sessionEnded?.length === 1, "first ended");
    const next = ring();
    const pending = await waitFor(
      () => a.seen.pendingSession?.find((p) => p.conversationId === next),
      "next rings",
    );
    expect(pending).toMatchObject({ id: firstSession.id, synthesized: true });
    await a.softphone.acceptPendingSession({ conversationId: next });
    const nextSession = await waitFor(() => a.softphone.getSession(next), "next session");
    expect(nextSession.id).toBe(firstSession.id);
    expect(a.rtc.peers).toHaveLength(1);
    await waitFor(() => media(next).fromAgent.packets > 10, "audio on the reused connection", 5000);
  });

  it("a signaling drop mid-call: the call survives, the SDK reconnects with its clientId and re-syncs", async () => {
    const a = await agent("la100");
    const conversationId = ring();
    const session = await answer(a, conversationId);
    await waitFor(() => media(conversationId).fromAgent.packets > 10, "audio", 5000);
    a.dropSignaling();
    const during = media(conversationId).fromAgent.packets;
    await waitFor(() => a.seen.connected?.length === 2, "reconnected", 5000);
    expect(a.seen.connected?.[1]).toEqual({ reconnected: true });
    // The sandbox parks a dropped connection's calls (signaling.reconnectGraceMs) and hands them back to the
    // same clientId: the peer connection never depended on the socket.
    await waitFor(
      () => media(conversationId).fromAgent.packets > during + 20,
      "audio through the drop",
      5000,
    );
    expect(session.state).toBe("active");
    expect(a.seen.sessionEnded).toBeUndefined();
    expect(a.seen.conversationUpdate?.at(-1)?.current.map((c) => c.conversationId)).toEqual([conversationId]);
    // And the session is this connection's again: call control and DTMF work on it.
    await a.softphone.sendDigits({ conversationId, digits: "7" });
    await waitFor(() => media(conversationId).digits === "7", "digits after the reconnect");
    await a.softphone.endSession({ conversationId });
    await waitFor(() => a.seen.sessionEnded?.length === 1, "ended");
  });
});
