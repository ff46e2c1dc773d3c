/**
 * A signaling drop mid-call: the closed connection's active sessions are parked for `reconnectGraceMs` (media keeps
 * flowing) and a connection with the same agent and clientId takes them back; after the grace period they end.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { mediaEndpointOf } from "../src/media/media-endpoint";
import { signalingCounts } from "../src/signaling/attach-signaling";
import { type Sandbox, startSandbox } from "../src/start-sandbox";
import { agentToken, eventually, TestAgent, type TestPeer } from "./signaling-agent";

const GRACE_MS = 2500;
let sandbox: Sandbox;
const open: TestAgent[] = [];

async function connect(clientId?: string, userName = "testAgent", target = sandbox): Promise<TestAgent> {
  const agent = await TestAgent.open(target.urls.signaling, await agentToken(target, userName), clientId);
  open.push(agent);
  return agent;
}

function ring(target = sandbox): string {
  return target.core.engine.routeInbound({ to: "+18883973342", from: "+15555550100" }).id;
}

function stats(conversationId: string, target = sandbox) {
  const value = target.core.media?.stats(conversationId);
  if (!value) throw new Error("no media stats");
  return value;
}

const counts = (target = sandbox) => signalingCounts(target.core);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Closes the socket only: the werift peer (the browser's peer connection) lives on. */
async function dropSocket(agent: TestAgent): Promise<void> {
  await new Promise<void>((resolve) => {
    agent.socket.once("close", () => resolve());
    agent.socket.close();
  });
}

/** Both directions grow by more than `packets` from now. */
async function mediaGrows(
  conversationId: string,
  peer: TestPeer,
  what: string,
  packets = 15,
  target = sandbox,
) {
  const before = stats(conversationId, target);
  const heard = peer.received;
  await eventually(
    () =>
      stats(conversationId, target).fromAgent.packets > before.fromAgent.packets + packets &&
      stats(conversationId, target).toAgent.packets > before.toAgent.packets + packets &&
      peer.received > heard + packets,
    3000,
    what,
  );
}

async function talkingCall(agent: TestAgent, target = sandbox) {
  const conversationId = ring(target);
  const call = await agent.takeNextCall();
  expect(call.conversationId).toBe(conversationId);
  await agent.conversation(conversationId, (e) =>
    e.conversation.participants.every((p) => p.state === "connected"),
  );
  await mediaGrows(conversationId, call.peer, "audio both ways", 15, target);
  return call;
}

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    signaling: { proposeTimeoutMs: 3000, reconnectGraceMs: GRACE_MS },
  });
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((agent) => agent.close()));
  await eventually(
    () => counts()?.connections === 0 && counts()?.sessions === 0 && counts()?.parkedConnections === 0,
    GRACE_MS + 3000,
    "connections, sessions and parked connections to go",
  );
});
afterAll(async () => {
  await sandbox?.stop();
});

describe("a signaling drop mid-call", () => {
  it("parks the call: media keeps flowing, and a reconnect with the same clientId takes the session back", async () => {
    const first = await connect("tab-1");
    const { sessionId, conversationId, peer } = await talkingCall(first);

    await dropSocket(first);
    await eventually(() => counts()?.parkedConnections === 1, 2000, "the session to be parked");
    expect(counts()).toMatchObject({ connections: 0, agentsOnline: 0, sessions: 1, carriedConversations: 1 });
    // The agent looks offline (no socket to propose to) while its call goes on.
    expect(sandbox.core.agents.byUserName("testAgent")?.connections).toBe(0);
    expect(sandbox.core.engine.get(conversationId)?.endTime).toBeUndefined();
    await mediaGrows(conversationId, peer, "audio both ways while signaling is down");
    expect(stats(conversationId).active).toBe(true);

    const second = await connect("tab-1");
    const ready = second.all("ready")[0];
    expect(ready?.conversations.map((c) => c.id)).toEqual([conversationId]);
    expect(counts()).toMatchObject({ connections: 1, parkedConnections: 0, sessions: 1 });
    second.send({ type: "sync" });
    expect((await second.next("snapshot")).conversations.map((c) => c.id)).toEqual([conversationId]);
    await mediaGrows(conversationId, peer, "audio both ways after the reconnect");

    // The session is the new connection's: its messages work there, and the grace period no longer applies.
    second.send({ type: "sendDigits", sessionId, digits: "5" });
    await eventually(() => stats(conversationId).digits === "5", 2000, "digits on the new connection");
    await sleep(GRACE_MS + 200);
    expect(sandbox.core.engine.get(conversationId)?.endTime).toBeUndefined();
    await mediaGrows(conversationId, peer, "audio both ways after the grace period");

    second.send({ type: "terminate", sessionId });
    await second.conversation(conversationId, (e) => e.conversation.endTime !== undefined);
    await eventually(() => mediaEndpointOf(sandbox.core)?.counts.sessions === 0, 2000, "the peer connection");
    expect(second.all("error")).toEqual([]);
    await first.close();
    expect(sandbox.core.violations.entries).toEqual([]);
  });

  it("ends the call when nobody comes back within the grace period; a late reconnect finds it ended", async () => {
    const first = await connect("tab-1");
    const { sessionId, conversationId } = await talkingCall(first);
    await dropSocket(first);
    await sleep(GRACE_MS / 2);
    expect(sandbox.core.engine.get(conversationId)?.endTime).toBeUndefined();
    await eventually(
      () => sandbox.core.engine.get(conversationId)?.endTime !== undefined,
      GRACE_MS + 1000,
      "the call to end",
    );
    const states = sandbox.core.engine.get(conversationId)?.participants.map((p) => p.state);
    expect(states).toEqual(["disconnected", "disconnected"]);
    await eventually(() => mediaEndpointOf(sandbox.core)?.counts.sessions === 0, 2000, "the peer connection");
    expect(counts()).toMatchObject({ sessions: 0, carriedConversations: 0, parkedConnections: 0 });

    const late = await connect("tab-1");
    expect(late.all("ready")[0]?.conversations).toEqual([]);
    late.send({ type: "terminate", sessionId });
    expect((await late.next("error")).code).toBe("UNKNOWN_SESSION");
  });

  it("a different clientId, or none, does not take the parked session over", async () => {
    const first = await connect("tab-1");
    const { sessionId, conversationId } = await talkingCall(first);
    await dropSocket(first);
    await eventually(() => counts()?.parkedConnections === 1, 2000, "the session to be parked");

    const other = await connect("tab-2");
    const anonymous = await connect();
    // The call is still the agent's, so it is listed; its session is not theirs.
    expect(other.all("ready")[0]?.conversations.map((c) => c.id)).toEqual([conversationId]);
    for (const agent of [other, anonymous]) {
      agent.send({ type: "terminate", sessionId });
      expect((await agent.next("error")).code).toBe("UNKNOWN_SESSION");
    }
    expect(counts()?.parkedConnections).toBe(1);
    expect(sandbox.core.engine.get(conversationId)?.endTime).toBeUndefined();
    await eventually(
      () => sandbox.core.engine.get(conversationId)?.endTime !== undefined,
      GRACE_MS + 1000,
      "the call to end with the grace period",
    );
  });

  it("a connection without a clientId ends its calls at once, as nothing could take them back", async () => {
    const first = await connect();
    const { conversationId } = await talkingCall(first);
    await dropSocket(first);
    await eventually(() => sandbox.core.engine.get(conversationId)?.endTime, 1000, "the call to end");
    expect(counts()?.parkedConnections).toBe(0);
  });

  it("the customer hanging up while parked ends the session and the parking", async () => {
    const first = await connect("tab-1");
    const { conversationId } = await talkingCall(first);
    await dropSocket(first);
    await eventually(() => counts()?.parkedConnections === 1, 2000, "the session to be parked");
    sandbox.core.engine.end(conversationId);
    await eventually(() => counts()?.parkedConnections === 0 && counts()?.sessions === 0, 2000, "unparked");
    const back = await connect("tab-1");
    expect(back.all("ready")[0]?.conversations).toEqual([]);
  });

  it("a new connection with the same clientId that is up before the old one closes takes over at once", async () => {
    const first = await connect("tab-1");
    const { sessionId, conversationId, peer } = await talkingCall(first);
    const second = await connect("tab-1");
    await dropSocket(first);
    await sleep(100);
    expect(counts()).toMatchObject({ parkedConnections: 0, sessions: 1 });
    await mediaGrows(conversationId, peer, "audio both ways");
    second.send({ type: "terminate", sessionId });
    await second.conversation(conversationId, (e) => e.conversation.endTime !== undefined);
  });

  it("line appearance 1: after the reconnect the next call rides on the taken-back session (proceed)", async () => {
    const first = await connect("la-tab", "laAgent");
    const call1 = ring();
    const propose = await first.next("propose");
    expect(propose.persistentConnectionId).toBe(propose.sessionId);
    first.send({ type: "proceed", sessionId: propose.sessionId });
    const peer = await first.answer(await first.next("initiate"));
    await mediaGrows(call1, peer, "audio on the first call");

    await dropSocket(first);
    await eventually(() => counts()?.parkedConnections === 1, 2000, "the session to be parked");
    await mediaGrows(call1, peer, "audio while signaling is down");
    const second = await connect("la-tab", "laAgent");

    const call2 = ring();
    await second.conversation(call2, (e) =>
      e.conversation.participants.some((p) => p.purpose === "agent" && p.state === "alerting"),
    );
    expect(second.all("propose")).toEqual([]);
    second.send({ type: "proceed", sessionId: propose.sessionId });
    await second.conversation(call2, (e) =>
      e.conversation.participants.every((p) => p.state === "connected" && !p.held),
    );
    await second.conversation(call1, (e) => e.conversation.participants.some((p) => p.held));
    await mediaGrows(call2, peer, "audio on the second call, on the same peer connection");

    second.send({ type: "terminate", sessionId: propose.sessionId });
    await eventually(
      () => [call1, call2].every((id) => sandbox.core.engine.get(id)?.endTime !== undefined),
      2000,
      "both calls to end",
    );
    expect(second.all("error")).toEqual([]);
    await first.close();
  });
});

describe("stopping the sandbox with a parked session", () => {
  it("clears the grace timer: nothing is hung up later, and no peer connection is left", async () => {
    const local = await startSandbox({ port: 0, signaling: { reconnectGraceMs: 300 } });
    const agent = await connect("tab-1", "testAgent", local);
    const { conversationId } = await talkingCall(agent, local);
    const endpoint = mediaEndpointOf(local.core);
    const setTimer = vi.spyOn(globalThis, "setTimeout");
    const clearTimer = vi.spyOn(globalThis, "clearTimeout");
    try {
      await dropSocket(agent);
      await eventually(() => counts(local)?.parkedConnections === 1, 2000, "the session to be parked");
      const graceTimers = setTimer.mock.calls
        .map((call, index) => ({ delay: call[1], timer: setTimer.mock.results[index]?.value }))
        .filter((entry) => entry.delay === 300);
      expect(graceTimers).toHaveLength(1);
      await local.stop();
      expect(clearTimer.mock.calls.some(([timer]) => timer === graceTimers[0]?.timer)).toBe(true);
    } finally {
      setTimer.mockRestore();
      clearTimer.mockRestore();
    }
    // No peer connection or media clock left (the call itself, and so its stats leg, is left as it was).
    expect(endpoint?.counts).toMatchObject({ sessions: 0, ticking: false });
    await sleep(600);
    // Stopping leaves conversations as they are: the cleared timer never hung this one up.
    expect(local.core.engine.get(conversationId)?.endTime).toBeUndefined();
    expect(local.core.violations.entries).toEqual([]);
    open.splice(open.indexOf(agent), 1);
    await agent.close();
  });
});
