/** The sample service: started on port 0 and driven through the kit's client, then as `pnpm dev` starts it. */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import {
  CommandFailureError,
  createInteractionProcessorClient,
  type InteractionProcessorClient,
} from "@ccaas/adapter-kit/interaction-processor";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../src/config.ts";
import { type StartedService, startService } from "../src/start-service.ts";

describe("interaction-processor sample", () => {
  let service: StartedService;
  let client: InteractionProcessorClient;
  const lines: string[] = [];

  beforeAll(async () => {
    service = await startService(readConfig({ PORT: "0", DEBUG: "1" }), (line) => lines.push(line));
    client = createInteractionProcessorClient({ instances: [service.url], requestTimeoutMs: 5_000 });
  });
  afterAll(async () => {
    client?.close();
    await service?.stop();
  });

  it("reads PORT (default 4900) and the instance-domain from the environment", () => {
    expect(readConfig({})).toMatchObject({ port: 4900, host: "127.0.0.1", instanceDomain: "local" });
    expect(readConfig({ PORT: "0", INSTANCE_DOMAIN: "eu-1" })).toMatchObject({
      port: 0,
      instanceDomain: "eu-1",
    });
    expect(() => readConfig({ PORT: "ws" })).toThrow(/PORT/);
  });

  it("prepares a session for agent 1001 through the client", async () => {
    const result = await client.prepareSession({
      model: "default",
      agent: { id: "1001", password: "demo-1001" },
    });
    expect(result).toEqual({
      status: "prepared",
      sessionId: "cti-session-1",
      instance: service.url,
      overridden: false,
    });
    expect(service.cti.sessions()).toMatchObject([{ agentId: "1001", station: "S-101", model: "default" }]);
  });

  it("asks before replacing 1001's session, and replaces it only when the user agrees", async () => {
    const agent = { id: "1001", password: "demo-1001" };
    const prompts: string[] = [];
    const declined = await client.prepareSession(
      { model: "default", agent },
      {
        onConfirm: (message) => {
          prompts.push(message);
          return false;
        },
      },
    );
    expect(declined).toMatchObject({ status: "declined" });
    expect(service.cti.sessions()[0]?.id).toBe("cti-session-1");
    const replaced = await client.prepareSession(
      { model: "inbound", agent },
      { onConfirm: async () => true },
    );
    expect(prompts).toEqual(["Agent 1001 already has a session on station S-101. Replace it?"]);
    expect(replaced).toMatchObject({ status: "prepared", sessionId: "cti-session-2", overridden: true });
    expect(service.cti.sessions()).toMatchObject([
      { id: "cti-session-2", station: "S-101", model: "inbound" },
    ]);
  });

  it("refuses a wrong password with INVALID_CREDENTIALS, and never logs it", async () => {
    const error = await client
      .prepareSession({ model: "default", agent: { id: "1002", password: "not-the-password" } })
      .catch((caught: unknown) => caught);
    expect(CommandFailureError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: "INVALID_CREDENTIALS", command: "prepareSession" });
    expect(lines.join("\n")).toContain("prepareSession");
    expect(lines.join("\n")).not.toMatch(/not-the-password|demo-100\d/);
  });

  it("answers getCapabilities", async () => {
    expect(await client.getCapabilities()).toEqual({
      voice: true,
      chat: false,
      maxSessions: 10,
      activeSessions: 1,
      callModels: ["default", "inbound", "outbound", "blended"],
    });
  });

  it("`node --run dev` prints a ready line with its ws URL, as `pnpm dev` expects", async () => {
    // Its own process group: `node --run` does not pass signals on to the shell and node below it.
    const child = spawn(process.execPath, ["--run", "dev"], {
      cwd: new URL("..", import.meta.url),
      env: { ...process.env, PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no ready line within 10 s")), 10_000);
        createInterface({ input: child.stdout }).on("line", (line) => {
          if (!/\bready\b/.test(line)) return;
          clearTimeout(timer);
          resolve(/ws:\/\/[^\s)]+/.exec(line)?.[0] ?? "");
        });
        child.once("exit", (code) => reject(new Error(`dev exited with ${code}`)));
      });
      expect(url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
      const devClient = createInteractionProcessorClient({ instances: [url], requestTimeoutMs: 5_000 });
      try {
        expect(await devClient.getCapabilities()).toMatchObject({ voice: true });
      } finally {
        devClient.close();
      }
    } finally {
      process.kill(-(child.pid as number), "SIGTERM");
      await exited;
    }
  });
});
