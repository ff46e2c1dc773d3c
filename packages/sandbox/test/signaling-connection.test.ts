import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signalingCounts } from "../src/signaling/attach-signaling";
import { type Sandbox, startSandbox } from "../src/start-sandbox";
import { agentToken, eventually, TestAgent } from "./signaling-agent";

let sandbox: Sandbox;

beforeAll(async () => {
  // Short enough for the "in time" test, long enough for a loaded CI machine to authenticate within it.
  sandbox = await startSandbox({ port: 0, signaling: { authTimeoutMs: 1500 } });
});
afterAll(async () => {
  await sandbox?.stop();
});

describe("signaling connection", () => {
  it("answers a valid authenticate with ready and counts the agent online while connected", async () => {
    const agent = sandbox.core.agents.byUserName("testAgent")!;
    const client = await TestAgent.open(sandbox.urls.signaling, await agentToken(sandbox), "tab-1");
    const ready = client.all("ready")[0]!;
    expect(ready.agent).toEqual({ id: agent.id, userName: "testAgent" });
    expect(ready.station).toMatchObject({
      userId: agent.id,
      webRtcCallAppearances: 100,
      webRtcPersistentEnabled: false,
    });
    expect(ready.conversations).toEqual([]);
    expect(agent.connections).toBe(1);
    await client.close();
    await eventually(() => agent.connections === 0, 2000, "the agent to go offline");
  });

  it("refuses a forged token with UNAUTHENTICATED and closes the socket", async () => {
    const client = await TestAgent.open(sandbox.urls.signaling);
    const token = await agentToken(sandbox);
    client.send({ type: "authenticate", token: `${token.slice(0, -4)}AAAA` });
    const error = await client.next("error");
    expect(error.code).toBe("UNAUTHENTICATED");
    expect(error.message).not.toContain(token.slice(0, 20));
    await eventually(() => client.closeCode, 2000, "the close");
    expect(client.closeCode).toBe(1008);
  });

  it("closes a connection that does not authenticate in time", async () => {
    const client = await TestAgent.open(sandbox.urls.signaling);
    const error = await client.next("error", () => true, 5000);
    expect(error.code).toBe("UNAUTHENTICATED");
    await eventually(() => client.closeCode, 2000, "the close");
  });

  it("refuses any other message before authenticate", async () => {
    const client = await TestAgent.open(sandbox.urls.signaling);
    client.send({ type: "sync" });
    expect((await client.next("error")).code).toBe("UNAUTHENTICATED");
    await eventually(() => client.closeCode, 2000, "the close");
  });

  it("answers invalid messages with INVALID_MESSAGE and keeps the connection", async () => {
    const client = await TestAgent.open(sandbox.urls.signaling, await agentToken(sandbox));
    const bad: unknown[] = [
      "{not json",
      "[1,2]",
      { type: "dance" },
      { sessionId: "x" },
      { type: "proceed" },
      { type: "proceed", sessionId: "s", extra: true },
      { type: "sendDigits", sessionId: "s", digits: "12;" },
      { type: "accept", sessionId: "s", sdp: 42 },
      { type: "authenticate", token: "again" },
    ];
    for (const message of bad) {
      client.send(typeof message === "string" ? message : JSON.stringify(message));
      const error = await client.next("error");
      expect(error.code).toBe("INVALID_MESSAGE");
      expect(error.message.length).toBeGreaterThan(10);
    }
    client.socket.send(Buffer.from([1, 2, 3]), { binary: true });
    expect((await client.next("error")).code).toBe("INVALID_MESSAGE");
    const missing = client.messages.length;
    client.send({ type: "proceed", sessionId: "never-proposed" });
    expect(await client.next("error")).toMatchObject({
      code: "UNKNOWN_SESSION",
      sessionId: "never-proposed",
    });
    client.send({ type: "accept", sessionId: "never-proposed", sdp: "v=0" });
    expect((await client.next("error")).code).toBe("UNKNOWN_SESSION");
    expect(client.messages.length).toBeGreaterThan(missing);
    client.send({ type: "sync" });
    const snapshot = await client.next("snapshot");
    expect(snapshot.station.webRtcCallAppearances).toBe(100);
    expect(client.closeCode).toBeUndefined();
    await client.close();
    expect(sandbox.core.violations.entries).toEqual([]);
  });

  it("tells connected softphones when their station changes", async () => {
    const agent = sandbox.core.agents.byUserName("testAgent")!;
    const client = await TestAgent.open(sandbox.urls.signaling, await agentToken(sandbox));
    sandbox.core.agents.updateStation(agent.id, { webRtcPersistentEnabled: true });
    expect((await client.next("stationEvent")).station.webRtcPersistentEnabled).toBe(true);
    sandbox.core.agents.updateStation(agent.id, { webRtcPersistentEnabled: false });
    await client.next("stationEvent");
    await client.close();
  });

  it("leaks nothing after 50 connections open and close", async () => {
    const token = await agentToken(sandbox);
    const clients = await Promise.all(
      Array.from({ length: 50 }, () => TestAgent.open(sandbox.urls.signaling, token)),
    );
    expect(signalingCounts(sandbox.core)).toMatchObject({ connections: 50, agentsOnline: 1 });
    expect(sandbox.core.agents.byUserName("testAgent")!.connections).toBe(50);
    await Promise.all(clients.map((client) => client.close()));
    await eventually(
      () => signalingCounts(sandbox.core)?.connections === 0,
      3000,
      "the connections to close",
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
    expect(sandbox.core.agents.byUserName("testAgent")!.connections).toBe(0);
  });
});
