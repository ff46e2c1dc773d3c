/**
 * The client against a real sandbox on 127.0.0.1 (an ephemeral port), over real HTTP: the seed's flow, login
 * -> web-phone settings -> call -> status until it ends, in both status forms, and token expiry.
 */
import { type Sandbox, startSandbox } from "@ccaas/sandbox";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createVoiceClient, NoEndpointRegisteredError, type VoiceClientOptions } from "../src/index";

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    // Long enough that a 10 ms poll sees every status even on a loaded machine.
    voiceApi: { statusScheduleMs: { setup: 600, dialing: 600, answered: 600 } },
  });
});

afterAll(async () => {
  await sandbox?.stop();
});

function client(target: Sandbox, options: Partial<VoiceClientOptions> = {}) {
  const { voiceApi } = target.control.info();
  return createVoiceClient({ ...voiceApi, timeoutMs: 5_000, ...options });
}

function webPhoneAgentId(target: Sandbox): string {
  const [agent] = target.control.info().agents;
  if (!agent) throw new Error("the sandbox has no agent");
  return agent.id;
}

describe("Voice API client against a running sandbox", () => {
  it("gets web-phone settings that point at the sandbox's signaling", async () => {
    expect(new URL(sandbox.urls.voiceApi).hostname).toBe("127.0.0.1");
    const settings = await client(sandbox).getCallServer();
    expect(settings).toMatchObject({
      webSocketUrl: sandbox.urls.signaling,
      webSocketPort: Number(new URL(sandbox.urls.base).port),
      agentId: webPhoneAgentId(sandbox),
    });
  });

  it("NO_ENDPOINT_REGISTERED until the web phone is online, then follows the call to Finished", async () => {
    const voice = client(sandbox);
    await expect(voice.createCall({ destination: "5511980121511" })).rejects.toSatisfy((error) =>
      NoEndpointRegisteredError.isInstance(error),
    );
    sandbox.control.setWebPhoneOnline(webPhoneAgentId(sandbox), true);
    try {
      const { id } = await voice.createCall({ destination: "5511980121511", recording: "afterAnswer" });
      const seen = [];
      for await (const status of voice.watchCall(id, { intervalMs: 10 })) seen.push(status);
      expect(seen.map((status) => status.status)).toEqual(["Setup", "Dialing", "Answered", "Finished"]);
      expect(seen.at(-1)).toMatchObject({ id, isdnCode: 16, isdnReason: "Normal call clearing" });
    } finally {
      sandbox.control.setWebPhoneOnline(webPhoneAgentId(sandbox), false);
    }
  });

  it("reads the legacy voice_* form the same way, with a failing destination's cause", async () => {
    const { legacyCodCampaign } = sandbox.control.info().voiceApi;
    const voice = client(sandbox, { codCampaign: legacyCodCampaign });
    sandbox.control.setWebPhoneOnline(webPhoneAgentId(sandbox), true);
    try {
      const { id } = await voice.createCall({ destination: "5500000000021" });
      const seen = [];
      for await (const status of voice.watchCall(id, { intervalMs: 10 })) seen.push(status);
      expect(seen.map((status) => status.status)).toEqual(["Setup", "Dialing", "Finished"]);
      expect(seen.at(-1)).toMatchObject({
        isdnCode: 21,
        isdnReason: "Call rejected",
        raw: { _id: id, voice_status: "Finished", voice_code_result: "21" },
      });
    } finally {
      sandbox.control.setWebPhoneOnline(webPhoneAgentId(sandbox), false);
    }
  });

  it("logs in again when the sandbox expires its short-lived token", async () => {
    const short = await startSandbox({ port: 0, voiceApi: { tokenLifetimeMs: 60_000 } });
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      // The client's clock stands still, so only the sandbox's TOKEN_EXPIRED can make it log in again.
      const lines: string[] = [];
      const voice = client(short, { clock: () => 0, logger: { info: (line) => lines.push(line) } });
      const first = await voice.getCallServer();
      vi.advanceTimersByTime(60_000);
      await expect(voice.getCallServer()).resolves.toMatchObject({ agentId: first.agentId });
      expect(lines).toEqual(["Voice API: the token was rejected (TOKEN_EXPIRED); logging in again"]);
      expect(short.core.violations.entries).toEqual([]);
    } finally {
      vi.useRealTimers();
      await short.stop();
    }
  });

  it("the sandbox never broke its spec", () => {
    expect(sandbox.core.violations.entries).toEqual([]);
  });
});
