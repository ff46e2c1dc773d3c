import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { mediaEndpointOf } from "../src/media/media-endpoint";
import { signalingCounts } from "../src/signaling/attach-signaling";
import { type Sandbox, startSandbox } from "../src/start-sandbox";
import { agentToken, eventually, TestAgent } from "./signaling-agent";

let sandbox: Sandbox;
const open: TestAgent[] = [];

async function connect(clientId?: string): Promise<TestAgent> {
  const agent = await TestAgent.open(sandbox.urls.signaling, await agentToken(sandbox), clientId);
  open.push(agent);
  return agent;
}

function ring(): string {
  return sandbox.core.engine.routeInbound({ to: "+18883973342", from: "+15555550100" }).id;
}

function stats(conversationId: string) {
  const value = sandbox.core.media?.stats(conversationId);
  if (!value) throw new Error("no media stats");
  return value;
}

function states(conversationId: string): Record<string, string> {
  const conversation = sandbox.core.engine.get(conversationId)!;
  return Object.fromEntries(conversation.participants.map((p) => [p.purpose, p.state]));
}

beforeAll(async () => {
  // Closing a connection ends its calls at once here; parking them for a reconnect is signaling-reconnect's.
  sandbox = await startSandbox({ port: 0, signaling: { proposeTimeoutMs: 1500, reconnectGraceMs: 0 } });
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((agent) => agent.close()));
  await eventually(() => signalingCounts(sandbox.core)?.connections === 0, 3000, "connections to close");
});
afterAll(async () => {
  await sandbox?.stop();
});

describe("inbound call (line appearance 100)", () => {
  it("runs notification -> propose -> proceed -> initiate -> accept, then audio flows both ways", async () => {
    const agent = await connect();
    const conversationId = ring();
    const alerting = await agent.conversation(conversationId, (e) =>
      e.conversation.participants.some((p) => p.purpose === "agent" && p.state === "alerting"),
    );
    expect(alerting.direction).toBe("inbound");
    const propose = await agent.next("propose");
    expect(propose).toMatchObject({
      conversationId,
      direction: "inbound",
      fromAddress: "+15555550100",
      toAddress: "+18883973342",
      autoAnswer: false,
    });
    expect(propose.persistentConnectionId).toBeUndefined();
    // The notification came first, as in the seed's inbound flow.
    expect(agent.messages.findIndex((m) => m.type === "conversationEvent")).toBeLessThan(
      agent.messages.findIndex((m) => m.type === "propose"),
    );

    agent.send({ type: "proceed", sessionId: propose.sessionId });
    const initiate = await agent.next("initiate");
    expect(initiate).toMatchObject({ sessionId: propose.sessionId, conversationId });
    expect(initiate.sdp).toContain("PCMU/8000");
    const peer = await agent.answer(initiate);
    await agent.conversation(conversationId, (e) =>
      e.conversation.participants.every((p) => p.state === "connected"),
    );

    await eventually(
      () => stats(conversationId).fromAgent.packets > 25 && peer.received > 25,
      5000,
      "audio both ways",
    );
    const flowing = stats(conversationId);
    expect(flowing.active).toBe(true);
    expect(flowing.sessionId).toBe(propose.sessionId);
    expect(flowing.toAgent.packets).toBeGreaterThan(25);
    expect(flowing.toAgent.bytes).toBe(flowing.toAgent.packets * 160);
    expect(flowing.fromAgent.audioLevel).toBeGreaterThan(0.1);
    expect(flowing.fromAgent.audiblePackets).toBeGreaterThan(20);
    expect(peer.audible).toBeGreaterThan(20);

    // The agent mutes the microphone (silence keeps flowing): packets continue, the level drops.
    peer.sending = "silence";
    await eventually(() => stats(conversationId).fromAgent.audioLevel < 0.01, 3000, "the level to drop");
    peer.sending = "tone";

    agent.send({ type: "sendDigits", sessionId: propose.sessionId, digits: "12#" });
    await eventually(() => stats(conversationId).digits === "12#", 2000, "digits");

    sandbox.core.engine.end(conversationId);
    const terminate = await agent.next("terminate");
    expect(terminate).toMatchObject({ sessionId: propose.sessionId, reason: "callEnded" });
    await eventually(
      () => mediaEndpointOf(sandbox.core)?.counts.sessions === 0,
      2000,
      "the peer connection to close",
    );
    expect(stats(conversationId).active).toBe(false);
  });

  it("holding the call stops audio both ways; resuming restarts it", async () => {
    const agent = await connect();
    const conversationId = ring();
    const { peer } = await agent.takeNextCall();
    await eventually(() => stats(conversationId).fromAgent.packets > 10 && peer.received > 10, 5000, "audio");
    const customer = sandbox.core.engine.customerParticipant(conversationId)!;
    sandbox.core.engine.update(conversationId, customer.id, { held: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const held = stats(conversationId);
    const heardBefore = peer.received;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const later = stats(conversationId);
    expect(later.toAgent.packets - held.toAgent.packets).toBeLessThanOrEqual(1);
    expect(later.fromAgent.packets - held.fromAgent.packets).toBeLessThanOrEqual(1);
    expect(later.fromAgent.audioLevel).toBe(0);
    expect(peer.received - heardBefore).toBeLessThanOrEqual(1);

    sandbox.core.engine.update(conversationId, customer.id, { held: false });
    await eventually(
      () => stats(conversationId).toAgent.packets > later.toAgent.packets + 10,
      3000,
      "the tone to resume",
    );
    await eventually(() => peer.received > heardBefore + 10, 3000, "the agent to hear it");

    const agentParticipant = sandbox.core.engine.agentParticipant(conversationId)!;
    sandbox.core.engine.update(conversationId, agentParticipant.id, { muted: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const muted = stats(conversationId).fromAgent.packets;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(stats(conversationId).fromAgent.packets - muted).toBeLessThanOrEqual(1);
  });

  it("retracts the proposal on the agent's other connections when one proceeds", async () => {
    const first = await connect("tab-1");
    const second = await connect("tab-2");
    const conversationId = ring();
    const [p1, p2] = await Promise.all([first.next("propose"), second.next("propose")]);
    expect(p1.sessionId).toBe(p2.sessionId);
    second.send({ type: "proceed", sessionId: p2.sessionId });
    expect(await first.next("retract")).toMatchObject({
      sessionId: p1.sessionId,
      conversationId,
      reason: "answeredElsewhere",
    });
    await second.next("initiate");
    first.send({ type: "proceed", sessionId: p1.sessionId });
    expect((await first.next("error")).code).toBe("PROPOSAL_RETRACTED");
    expect(second.all("retract")).toEqual([]);
  });

  it("a connection that opens while a call rings gets the proposal too", async () => {
    const first = await connect();
    ring();
    const proposal = await first.next("propose");
    const late = await connect();
    expect((await late.next("propose")).sessionId).toBe(proposal.sessionId);
  });

  it("reject ends the call and retracts it elsewhere", async () => {
    const first = await connect();
    const second = await connect();
    const conversationId = ring();
    const proposal = await first.next("propose");
    await second.next("propose");
    first.send({ type: "reject", sessionId: proposal.sessionId });
    expect((await second.next("retract")).reason).toBe("rejected");
    await eventually(() => sandbox.core.engine.get(conversationId)?.endTime, 2000, "the call to end");
  });

  it("retracts with timeout when nobody answers, and ends the call", async () => {
    const agent = await connect();
    const conversationId = ring();
    const proposal = await agent.next("propose");
    const retract = await agent.next("retract", () => true, 4000);
    expect(retract).toMatchObject({ sessionId: proposal.sessionId, reason: "timeout" });
    expect(sandbox.core.engine.get(conversationId)?.endTime).toBeDefined();
    agent.send({ type: "proceed", sessionId: proposal.sessionId });
    expect((await agent.next("error")).code).toBe("PROPOSAL_RETRACTED");
  });

  it("retracts with callerHungUp when the customer leaves while it rings", async () => {
    const agent = await connect();
    const conversationId = ring();
    await agent.next("propose");
    const customer = sandbox.core.engine.customerParticipant(conversationId)!;
    sandbox.core.engine.update(conversationId, customer.id, { state: "disconnected" });
    expect((await agent.next("retract")).reason).toBe("callerHungUp");
    expect(signalingCounts(sandbox.core)?.proposals).toBe(0);
  });

  it("a client terminate ends the call", async () => {
    const agent = await connect();
    const conversationId = ring();
    const { sessionId } = await agent.takeNextCall();
    await agent.conversation(conversationId, (e) =>
      e.conversation.participants.every((p) => p.state === "connected"),
    );
    agent.send({ type: "terminate", sessionId, reason: "hangup" });
    await agent.conversation(conversationId, (e) => e.conversation.endTime !== undefined);
    expect(states(conversationId)).toEqual({ customer: "disconnected", agent: "disconnected" });
    expect(agent.all("terminate")).toEqual([]);
  });

  it("sync answers a snapshot of the station and the calls in progress", async () => {
    const agent = await connect();
    const conversationId = ring();
    await agent.next("propose");
    agent.send({ type: "sync" });
    const snapshot = await agent.next("snapshot");
    expect(snapshot.conversations.map((c) => c.id)).toEqual([conversationId]);
    expect(snapshot.station.userId).toBe(sandbox.core.agents.byUserName("testAgent")!.id);
  });
});

describe("outbound call", () => {
  it("proposes with autoAnswer on the client that placed it and connects both sides on accept", async () => {
    const placing = await connect("tab-A");
    const other = await connect("tab-B");
    const agent = sandbox.core.agents.byUserName("testAgent")!;
    const conversation = sandbox.core.engine.placeCall(
      agent,
      { phoneNumber: "+15555550123" },
      { clientId: "tab-A" },
    );
    const mine = await placing.next("propose");
    const theirs = await other.next("propose");
    expect(mine).toMatchObject({
      conversationId: conversation.id,
      direction: "outbound",
      autoAnswer: true,
      originatingClientId: "tab-A",
      toAddress: "+15555550123",
    });
    expect(theirs.autoAnswer).toBe(false);
    placing.send({ type: "proceed", sessionId: mine.sessionId });
    expect((await other.next("retract")).reason).toBe("answeredElsewhere");
    await placing.answer(await placing.next("initiate"));
    await placing.conversation(conversation.id, (e) =>
      e.conversation.participants.every((p) => p.state === "connected"),
    );
    await eventually(
      () => stats(conversation.id).fromAgent.packets > 10 && stats(conversation.id).toAgent.packets > 10,
      5000,
      "audio",
    );
  });

  it("auto-answers on no client when the caller did not say which placed it", async () => {
    const client = await connect();
    const agent = sandbox.core.agents.byUserName("testAgent")!;
    sandbox.core.engine.placeCall(agent, { phoneNumber: "+15555550123" });
    expect((await client.next("propose")).autoAnswer).toBe(false);
  });
});

describe("closing a connection mid-call", () => {
  it("ends the calls of its sessions and releases everything", async () => {
    const agent = await connect();
    const conversationId = ring();
    await agent.takeNextCall();
    await agent.conversation(conversationId, (e) =>
      e.conversation.participants.every((p) => p.state === "connected"),
    );
    await agent.close();
    await eventually(() => sandbox.core.engine.get(conversationId)?.endTime, 3000, "the call to end");
    expect(states(conversationId)).toEqual({ customer: "disconnected", agent: "disconnected" });
    await eventually(
      () => mediaEndpointOf(sandbox.core)?.counts.sessions === 0,
      3000,
      "the peer connection to close",
    );
  });

  it("keeps a ringing call for the agent's other connection, ends it with the last one", async () => {
    const first = await connect();
    const second = await connect();
    const conversationId = ring();
    await first.next("propose");
    await second.next("propose");
    await first.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sandbox.core.engine.get(conversationId)?.endTime).toBeUndefined();
    await second.close();
    await eventually(() => sandbox.core.engine.get(conversationId)?.endTime, 3000, "the call to end");
  });

  it("leaks nothing after 50 connections close mid-call or while ringing", async () => {
    const clients = await Promise.all(Array.from({ length: 50 }, () => connect()));
    const conversations: string[] = [];
    for (let index = 0; index < 10; index += 1) conversations.push(ring());
    // Five calls answered (on five different connections), five left ringing.
    for (const [index, client] of clients.slice(0, 5).entries()) {
      const proposal = await client.next("propose", (p) => p.conversationId === conversations[index]);
      client.send({ type: "proceed", sessionId: proposal.sessionId });
      await client.answer(await client.next("initiate"));
    }
    await eventually(
      () => conversations.slice(0, 5).every((id) => stats(id).active),
      5000,
      "five calls with media",
    );
    await Promise.all(open.splice(0).map((client) => client.close()));
    await eventually(() => signalingCounts(sandbox.core)?.connections === 0, 3000, "connections to close");
    await eventually(
      () => conversations.every((id) => sandbox.core.engine.get(id)?.endTime !== undefined),
      3000,
      "every call to end",
    );
    await eventually(
      () => mediaEndpointOf(sandbox.core)?.counts.sessions === 0,
      3000,
      "peer connections to close",
    );
    expect(signalingCounts(sandbox.core)).toEqual({
      connections: 0,
      agentsOnline: 0,
      proposals: 0,
      sessions: 0,
      carriedConversations: 0,
      queuedEvents: 0,
      parkedConnections: 0,
    });
    expect(mediaEndpointOf(sandbox.core)?.counts).toEqual({ sessions: 0, liveLegs: 0, ticking: false });
    expect(sandbox.core.agents.byUserName("testAgent")!.connections).toBe(0);
    expect(sandbox.core.violations.entries).toEqual([]);
  });
});
