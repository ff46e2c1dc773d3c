/** The sample against the sandbox: it registers itself and its accept connects the agent. */
import { type Sandbox, startSandbox } from "@ccaas/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../src/config.ts";
import { type StartedAdapter, startAdapter } from "../src/start-adapter.ts";

describe("voice-adapter sample", () => {
  let sandbox: Sandbox;
  let adapter: StartedAdapter;
  const lines: string[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, signaling: { proposeTimeoutMs: 60_000 } });
    const config = readConfig({ PORT: "0", PLATFORM_BASE_URL: sandbox.urls.base, REGISTER: "1" });
    adapter = await startAdapter(config, (line) => lines.push(line));
  });
  afterAll(async () => {
    await adapter?.stop();
    await sandbox?.stop();
  });

  it("reads PORT and the platform URL from the environment", () => {
    const config = readConfig({ PORT: "4900" }, ["--register"]);
    expect(config).toMatchObject({ port: 4900, platformBaseUrl: "http://127.0.0.1:4700", register: true });
    expect(() => readConfig({ PORT: "http" })).toThrow(/PORT/);
  });

  it("registered itself with the sandbox's first number", () => {
    expect(adapter.registration?.voiceProvider).toMatchObject({
      name: "sample-voice-adapter",
      created: true,
    });
    expect(adapter.registration?.voiceProvider.urls.accept_call_url).toBe(
      `${adapter.publicUrl}/calls/accept`,
    );
    expect(adapter.registration?.phoneNumbers).toHaveLength(1);
    expect(lines.join("\n")).toContain("registered voice provider sample-voice-adapter");
  });

  it("accepting a ringing call connects the agent in the sandbox", async () => {
    const token = await sandbox.control.agentToken("testAgent");
    const softphone = new WebSocket(sandbox.urls.signaling);
    await new Promise<void>((resolve) => {
      softphone.addEventListener("open", () =>
        softphone.send(JSON.stringify({ type: "authenticate", token })),
      );
      softphone.addEventListener("message", (message) => {
        if (JSON.parse(String(message.data)).type === "ready") resolve();
      });
    });
    try {
      const number = sandbox.control.info().phoneNumbers[0]?.phone_number ?? "";
      const ringing = sandbox.control.simulateInboundCall({ to: number, from: "+15555550100" });
      const agent = ringing.participants.find((participant) => participant.purpose === "agent");
      const response = await fetch(`${adapter.publicUrl}/calls/accept`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({
          conversationId: ringing.id,
          author: { userName: "testAgent", participantId: agent?.id },
        }),
      });
      expect(response.status).toBe(200);
      const state = sandbox.core.engine
        .get(ringing.id)
        ?.participants.find((participant) => participant.id === agent?.id)?.state;
      expect(state).toBe("connected");
      expect(lines.join("\n")).toContain(`accept: testAgent answers conversation ${ringing.id}`);
    } finally {
      softphone.close();
    }
  });
});
