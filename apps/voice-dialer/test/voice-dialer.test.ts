/**
 * Runs the CLI as a user would (a child process) against the sandbox, started on 127.0.0.1 (an ephemeral
 * port) with its own Voice API login and a short call schedule. Where a test must know which requests the CLI
 * made, it goes through a recording proxy in front of the sandbox.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type Sandbox, startSandbox } from "@ccaas/sandbox";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RecordingProxy, startRecordingProxy } from "./support/recording-proxy";

/** Not the sandbox's demo values: the CLI can only know them from the sandbox's /control/info. */
const voiceApi = { login: "dialer-demo", password: "demo-Pa55word", codCampaign: "7" };
/** What a JWT looks like: the web phone's SIP password is one (an agent token), and a secret. */
const jwt = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;

let sandbox: Sandbox;
let proxy: RecordingProxy;
let base = "";
let port = "";
let agentId = "";
let callerId = "";

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    voiceApi: { ...voiceApi, statusScheduleMs: { setup: 200, dialing: 200, answered: 200 } },
  });
  proxy = await startRecordingProxy(sandbox.urls.base);
  base = sandbox.urls.base;
  port = new URL(base).port;
  const info = sandbox.control.info();
  agentId = info.agents[0]?.id ?? "";
  callerId = info.phoneNumbers[0]?.phone_number.replace(/^\+/, "") ?? "";
});
afterAll(async () => {
  await proxy?.close();
  await sandbox?.stop();
});
beforeEach(() => {
  sandbox.control.setWebPhoneOnline(agentId, true);
  proxy.requests.length = 0;
});
afterEach(() => {
  expect(sandbox.core.violations.entries).toEqual([]);
});

function run(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      ["--experimental-strip-types", join(import.meta.dirname, "../src/main.ts"), ...args],
      // Killed if it hangs, so a test never outlives its time limit.
      { env: { PATH: process.env.PATH ?? "", ...env }, timeout: 15_000 },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("voice-dialer", () => {
  it("reads the sandbox's credentials, shows the web phone, follows the call, summarises; exit 0", async () => {
    const result = await run(["--to", "5511980121511", "--base-url", `${base}/Voice`, "--interval-ms", "10"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Voice API ${base}/Voice (login dialer-demo, campaign 7)`);
    expect(result.stdout).toContain(
      `Web phone: ws://127.0.0.1:${port}/signaling as sip:testAgent@127.0.0.1 (signaling 127.0.0.1:${port}, media 127.0.0.1)`,
    );
    expect(result.stdout).toContain(
      `Calling 5511980121511 (external, caller ID ${callerId}, recording none)`,
    );
    expect(result.stdout).toMatch(
      /Setup [\d.]+ s -> Dialing [\d.]+ s -> Answered [\d.]+ s -> Finished [\d.]+ s/,
    );
    expect(result.stdout).toMatch(
      /Summary: call [0-9a-f]{24} to 5511980121511 Finished after [\d.]+ s \(ISDN 16 Normal call clearing\)/,
    );
    expect(result.stdout).not.toContain(voiceApi.password);
    expect(result.stdout).not.toMatch(jwt);
  });

  it("reads /control/info first, and not at all when the environment gives every credential, flags winning", async () => {
    const discovered = await run(["--to", "1001", "--base-url", `${proxy.url}/Voice`, "--interval-ms", "1"]);
    expect(discovered.code).toBe(0);
    expect(proxy.requests[0]).toBe("GET /control/info");
    proxy.requests.length = 0;

    const result = await run(
      [
        "--to",
        "1001",
        "--type",
        "internal",
        "--record",
        "afterAnswer",
        "--interval-ms",
        "1",
        "--cod-campaign",
        "7",
      ],
      {
        VOICE_API_BASE_URL: `${proxy.url}/Voice`,
        VOICE_API_LOGIN: voiceApi.login,
        VOICE_API_PASSWORD: voiceApi.password,
        VOICE_API_COD_CAMPAIGN: "not-registered",
      },
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Voice API ${proxy.url}/Voice (login dialer-demo, campaign 7)`);
    expect(result.stdout).toContain(`Calling 1001 (internal, caller ID ${callerId}, recording afterAnswer)`);
    expect(proxy.requests).not.toContain("GET /control/info");
    expect(proxy.requests[0]).toBe("POST /Voice/Login");
  });

  it("exit 0 with the cause in the summary when the call fails", async () => {
    const result = await run(["--to", "5500000000017", "--base-url", `${base}/Voice`, "--interval-ms", "10"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Setup [\d.]+ s -> Dialing [\d.]+ s -> Finished [\d.]+ s/);
    expect(result.stdout).toMatch(/Finished after [\d.]+ s \(ISDN 17 User busy\)/);
  });

  it("exit 3 with what to do when no web phone is online", async () => {
    sandbox.control.setWebPhoneOnline(agentId, false);
    const result = await run(["--to", "5511980121511", "--base-url", `${base}/Voice`]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/bring the web phone online first/);
    expect(result.stderr).toMatch(/In the sandbox: open the softphone app/);
  });

  it("exit 1 on wrong credentials, without echoing the password", async () => {
    const result = await run([
      "--to",
      "5511980121511",
      "--base-url",
      `${base}/Voice`,
      "--login",
      voiceApi.login,
      "--password",
      "wrong-Pa55word",
      "--cod-campaign",
      voiceApi.codCampaign,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/401 .*Login or password is invalid/);
    expect(result.stderr).not.toContain("wrong-Pa55word");
  });

  it("exit 2 on a bad number, before any request", async () => {
    const result = await run([
      "--to",
      "+55 11 9801",
      "--base-url",
      `${proxy.url}/Voice`,
      "--login",
      "a",
      "--password",
      "b",
      "--cod-campaign",
      "0",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /--to must be digits only, country code first, e.g. 5511980121511 \(got "\+55 11 9801"\)/,
    );
    expect(proxy.requests).toEqual([]);
  });

  it("exit 2 with the usage on a missing --to or an unknown flag", async () => {
    const missing = await run([]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--to is required/);
    expect(missing.stderr).toMatch(/Usage: voice-dialer/);
    const unknown = await run(["--to", "1", "--colour"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--colour/);
  });

  it("exit 4 with a clear message when nothing answers", async () => {
    // A port that was free a moment ago: nothing listens there.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await run(["--to", "5511980121511", "--base-url", `http://127.0.0.1:${port}/Voice`]);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain(
      `No sandbox answers at http://127.0.0.1:${port}/control/info (ECONNREFUSED). Start it with \`pnpm dev\``,
    );
    const direct = await run([
      "--to",
      "1",
      "--base-url",
      `http://127.0.0.1:${port}/Voice`,
      "--login",
      "a",
      "--password",
      "b",
      "--cod-campaign",
      "0",
    ]);
    expect(direct.code).toBe(2);
    const reached = await run([
      "--to",
      "12",
      "--base-url",
      `http://127.0.0.1:${port}/Voice`,
      "--login",
      "a",
      "--password",
      "b",
      "--cod-campaign",
      "0",
    ]);
    expect(reached.code).toBe(4);
    expect(reached.stderr).toMatch(
      /Could not reach the Voice API at http:\/\/127\.0\.0\.1:\d+ for POST \/Voice\/Login \(fetch failed: ECONNREFUSED\)/,
    );
  });

  it("--help prints the usage, exit 0", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: voice-dialer --to <digits>/);
  });
});
