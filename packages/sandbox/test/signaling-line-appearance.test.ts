import type { Conversation } from "@ccaas/types";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { signalingCounts } from "../src/signaling/attach-signaling";
import { type Sandbox, startSandbox } from "../src/start-sandbox";
import { agentToken, eventually, TestAgent } from "./signaling-agent";

let sandbox: Sandbox;
const open: TestAgent[] = [];

async function connect(userName: string): Promise<TestAgent> {
  const agent = await TestAgent.open(sandbox.urls.signaling, await agentToken(sandbox, userName));
  open.push(agent);
  return agent;
}

function ring(): string {
  return sandbox.core.engine.routeInbound({ to: "+18883973342", from: "+15555550100" }).id;
}

function stats(conversationId: string) {
  return sandbox.core.media!.stats(conversationId)!;
}

const agentIs = (state: string) => (event: { conversation: Conversation }) =>
  event.conversation.participants.some((p) => p.purpose === "agent" && p.state === state);
const customerIs = (state: string) => (event: { conversation: Conversation }) =>
  event.conversation.participants.some((p) => p.purpose === "customer" && p.state === state);

/** Waits until the tone to the agent grows for `grows` and stands still for every conversation in `still`. */
async function toneFlowsOnly(grows: string, still: string[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 150));
  const before = new Map([grows, ...still].map((id) => [id, stats(id).toAgent.packets]));
  const heardBefore = stats(grows).fromAgent.packets;
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(stats(grows).toAgent.packets - (before.get(grows) ?? 0)).toBeGreaterThan(15);
  expect(stats(grows).fromAgent.packets - heardBefore).toBeGreaterThan(15);
  for (const id of still) expect(stats(id).toAgent.packets - (before.get(id) ?? 0)).toBeLessThanOrEqual(1);
}

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    signaling: { proposeTimeoutMs: 2000 },
    agents: [
      { userName: "la1Persistent", password: "p", lineAppearance: 1, persistentConnection: true },
      { userName: "la1", password: "p", lineAppearance: 1, persistentConnection: false },
      { userName: "la100Persistent", password: "p", lineAppearance: 100, persistentConnection: true },
    ],
  });
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((agent) => agent.close()));
  await eventually(() => signalingCounts(sandbox.core)?.sessions === 0, 3000, "sessions to close");
});
afterAll(async () => {
  await sandbox?.stop();
});

describe("line appearance 1", () => {
  it("carries every call on one session: a second call rings by conversation event, answering it holds the first", async () => {
    const agent = await connect("la1Persistent");
    const first = ring();
    const proposal = await agent.next("propose");
    expect(proposal.persistentConnectionId).toBe(proposal.sessionId);
    agent.send({ type: "proceed", sessionId: proposal.sessionId });
    const peer = await agent.answer(await agent.next("initiate"));
    await agent.conversation(first, agentIs("connected"));
    await eventually(() => stats(first).fromAgent.packets > 10, 5000, "audio on the first call");

    const second = ring();
    await agent.conversation(second, agentIs("alerting"));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(agent.all("propose")).toHaveLength(1);
    agent.send({ type: "proceed", sessionId: proposal.sessionId });
    await agent.conversation(second, agentIs("connected"));
    await agent.conversation(first, customerIs("held"));
    expect(stats(second).sessionId).toBe(proposal.sessionId);
    await toneFlowsOnly(second, [first]);
    expect(peer.received).toBeGreaterThan(40);

    // Resuming the first call holds the second: still one active conversation.
    const firstCustomer = sandbox.core.engine.customerParticipant(first)!;
    sandbox.core.engine.update(first, firstCustomer.id, { held: false });
    await agent.conversation(second, customerIs("held"));
    await toneFlowsOnly(first, [second]);

    // Placing a call rides on the session too: connected at once, the others held.
    const la1 = sandbox.core.agents.byUserName("la1Persistent")!;
    const third = sandbox.core.engine.placeCall(la1, { phoneNumber: "+15555550999" }).id;
    await agent.conversation(third, (e) => e.conversation.participants.every((p) => p.state === "connected"));
    await agent.conversation(first, customerIs("held"));
    await toneFlowsOnly(third, [first, second]);
    expect(agent.all("propose")).toHaveLength(1);
    expect(agent.all("initiate")).toHaveLength(1);

    // Ending every call keeps the persistent session; the next call reuses it without a new offer.
    for (const id of [first, second, third]) sandbox.core.engine.end(id);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(agent.all("terminate")).toEqual([]);
    expect(signalingCounts(sandbox.core)?.sessions).toBe(1);
    const fourth = ring();
    await agent.conversation(fourth, agentIs("alerting"));
    agent.send({ type: "proceed", sessionId: proposal.sessionId });
    await agent.conversation(fourth, agentIs("connected"));
    await toneFlowsOnly(fourth, [first]);
    expect(agent.all("initiate")).toHaveLength(1);

    // Only terminate ends the persistent session, and with it the calls it carries.
    agent.send({ type: "terminate", sessionId: proposal.sessionId });
    await agent.conversation(fourth, (e) => e.conversation.endTime !== undefined);
    expect(sandbox.core.violations.entries).toEqual([]);
  });

  it("reject on the shared session declines the ringing call only", async () => {
    const agent = await connect("la1Persistent");
    const first = ring();
    const { sessionId } = await agent.takeNextCall();
    await agent.conversation(first, agentIs("connected"));
    const second = ring();
    await agent.conversation(second, agentIs("alerting"));
    agent.send({ type: "reject", sessionId });
    await agent.conversation(second, (e) => e.conversation.endTime !== undefined);
    expect(sandbox.core.engine.get(first)?.endTime).toBeUndefined();
    await eventually(() => stats(first).active, 3000, "the first call's media");
    agent.send({ type: "proceed", sessionId });
    expect((await agent.next("error")).code).toBe("SESSION_STATE");
  });

  it("two calls ring on the shared session: proceed and reject name the one they mean", async () => {
    const agent = await connect("la1Persistent");
    const first = ring();
    const { sessionId } = await agent.takeNextCall();
    await agent.conversation(first, agentIs("connected"));
    const second = ring();
    const third = ring();
    await agent.conversation(second, agentIs("alerting"));
    await agent.conversation(third, agentIs("alerting"));

    agent.send({ type: "proceed", sessionId, conversationId: third });
    await agent.conversation(third, agentIs("connected"));
    await agent.conversation(first, customerIs("held"));
    expect(sandbox.core.engine.agentParticipant(second)?.state).toBe("alerting");

    // A call that is not ringing there is refused; the one still ringing is untouched.
    agent.send({ type: "proceed", sessionId, conversationId: first });
    expect((await agent.next("error")).code).toBe("SESSION_STATE");
    agent.send({ type: "reject", sessionId, conversationId: second });
    await agent.conversation(second, (e) => e.conversation.endTime !== undefined);
    expect(sandbox.core.engine.get(third)?.endTime).toBeUndefined();
    await toneFlowsOnly(third, [first]);
    expect(sandbox.core.violations.entries).toEqual([]);
  });

  it("a call ringing on the shared session times out like a proposal", async () => {
    const agent = await connect("la1Persistent");
    ring();
    await agent.takeNextCall();
    const second = ring();
    await agent.conversation(second, agentIs("alerting"));
    await agent.conversation(second, (e) => e.conversation.endTime !== undefined, 4000);
  });

  it("without a persistent connection the session ends with its last call", async () => {
    const agent = await connect("la1");
    const first = ring();
    const { sessionId } = await agent.takeNextCall();
    await agent.conversation(first, agentIs("connected"));
    const second = ring();
    await agent.conversation(second, agentIs("alerting"));
    agent.send({ type: "proceed", sessionId });
    await agent.conversation(second, agentIs("connected"));
    sandbox.core.engine.end(first);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(agent.all("terminate")).toEqual([]);
    sandbox.core.engine.end(second);
    expect(await agent.next("terminate")).toMatchObject({ sessionId, reason: "callEnded" });
  });
});

describe("persistent connection with line appearance 100", () => {
  it("keeps the session after the call and reuses it while idle; a concurrent call gets its own session", async () => {
    const agent = await connect("la100Persistent");
    const first = ring();
    const proposal = await agent.next("propose");
    expect(proposal.persistentConnectionId).toBe(proposal.sessionId);
    agent.send({ type: "proceed", sessionId: proposal.sessionId });
    const peer = await agent.answer(await agent.next("initiate"));
    await agent.conversation(first, agentIs("connected"));
    sandbox.core.engine.end(first);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(agent.all("terminate")).toEqual([]);

    const second = ring();
    await agent.conversation(second, agentIs("alerting"));
    agent.send({ type: "proceed", sessionId: proposal.sessionId });
    await agent.conversation(second, agentIs("connected"));
    const heard = peer.received;
    await eventually(
      () => stats(second).fromAgent.packets > 10 && peer.received > heard + 10,
      3000,
      "audio on the reused session",
    );
    expect(agent.all("initiate")).toHaveLength(1);

    // The persistent session is busy: the next call is proposed as a session of its own.
    const third = ring();
    const fresh = await agent.next("propose", (p) => p.conversationId === third);
    expect(fresh.sessionId).not.toBe(proposal.sessionId);
    expect(fresh.persistentConnectionId).toBeUndefined();
  });
});
