import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { signalingCounts } from "../src/signaling/attach-signaling";
import { type Sandbox, startSandbox } from "../src/start-sandbox";
import { agentToken, eventually, TestAgent } from "./signaling-agent";

let sandbox: Sandbox;
const open: TestAgent[] = [];

async function connect(): Promise<TestAgent> {
  const agent = await TestAgent.open(sandbox.urls.signaling, await agentToken(sandbox));
  open.push(agent);
  return agent;
}

const ring = () => sandbox.core.engine.routeInbound({ to: "+18883973342", from: "+15555550100" }).id;
const stats = (conversationId: string) => sandbox.control.mediaStats(conversationId);
const ufrag = (sdp: string) => /a=ice-ufrag:(\S+)/.exec(sdp)?.[1];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Packets each way over `ms`: the sandbox's count from the agent, and the browser peer's count from the sandbox. */
async function flow(conversationId: string, peer: { received: number }, ms = 500) {
  const fromAgent = stats(conversationId).fromAgent.packets;
  const toAgent = peer.received;
  await pause(ms);
  return { fromAgent: stats(conversationId).fromAgent.packets - fromAgent, toAgent: peer.received - toAgent };
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((agent) => agent.close()));
  await eventually(() => signalingCounts(sandbox.core)?.sessions === 0, 3000, "sessions to close");
});
afterAll(async () => {
  expect(sandbox.core.violations.entries).toEqual([]);
  await sandbox?.stop();
});

describe("ICE restart", () => {
  // Media coming back after the restart is apps/softphone-web's e2e/ice-restart.test.ts, with Chromium: werift as
  // the answering side keeps its ports and its ICE restart does not reconnect (werift 0.25), so here the test
  // peer proves the break and the signaling of the restart.
  it("a broken media path stops audio both ways; iceRestart re-offers on the same session with new credentials", async () => {
    const agent = await connect();
    const conversationId = ring();
    const { sessionId, peer } = await agent.takeNextCall();
    const first = agent.all("initiate")[0]!;
    await eventually(() => stats(conversationId).fromAgent.packets > 10 && peer.received > 10, 5000, "audio");

    sandbox.control.breakCallMedia(conversationId);
    await pause(200); // packets already on their way
    expect(await flow(conversationId, peer)).toEqual({ fromAgent: 0, toAgent: 0 });

    agent.send({ type: "iceRestart", sessionId });
    const reoffer = await agent.next("initiate", (m) => m.reinvite === true);
    expect(reoffer).toMatchObject({ sessionId, conversationId });
    expect(ufrag(reoffer.sdp)).toBeDefined();
    expect(ufrag(reoffer.sdp)).not.toBe(ufrag(first.sdp));
    // A second request while the first is under way is refused.
    agent.send({ type: "iceRestart", sessionId });
    expect(await agent.next("error")).toMatchObject({ code: "SESSION_STATE", sessionId });

    await peer.pc.setRemoteDescription({ type: "offer", sdp: reoffer.sdp });
    await peer.pc.setLocalDescription(await peer.pc.createAnswer());
    agent.send({ type: "accept", sessionId, sdp: peer.pc.localDescription?.sdp });
    // The answer is taken (no error) and the session can restart again; the call was never ended.
    await pause(200);
    agent.send({ type: "iceRestart", sessionId });
    expect(await agent.next("initiate", (m) => m.reinvite === true)).toMatchObject({ sessionId });
    expect(agent.all("error")).toHaveLength(1);
    expect(sandbox.core.engine.get(conversationId)?.endTime).toBeUndefined();
    expect(agent.all("terminate")).toEqual([]);
  });

  it("refuses iceRestart before the answer, and a break without a peer connection", async () => {
    const agent = await connect();
    const conversationId = ring();
    expect(() => sandbox.control.breakCallMedia(conversationId)).toThrow(/No peer connection/);
    const propose = await agent.next("propose");
    agent.send({ type: "proceed", sessionId: propose.sessionId });
    await agent.next("initiate");
    agent.send({ type: "iceRestart", sessionId: propose.sessionId });
    expect(await agent.next("error")).toMatchObject({ code: "SESSION_STATE", sessionId: propose.sessionId });
  });
});
