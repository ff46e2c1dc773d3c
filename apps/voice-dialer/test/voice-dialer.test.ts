/**
 * Runs the CLI as a user would (a child process) against a small Voice API on 127.0.0.1, which also serves
 * the sandbox's /control/info. TODO: run it against `@ccaas/sandbox` started in-process once it lands.
 */
import { spawn } from "node:child_process";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

const password = "demo-Pa55word";
const sipPassword = "sip-Pa55word";
const state = { webPhoneOnline: true, polls: 0, requests: [] as string[] };

async function body(request: IncomingMessage): Promise<Record<string, string>> {
  let text = "";
  for await (const chunk of request) text += chunk;
  return text ? JSON.parse(text) : {};
}

const server = createServer(async (request, response) => {
  const send = (status: number, value: unknown) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(value));
  };
  state.requests.push(`${request.method} ${request.url}`);
  const input = await body(request);
  switch (request.url) {
    case "/control/info":
      return send(200, {
        voiceApi: {
          baseUrl: "ignored",
          login: "flex",
          password,
          codCampaign: "0",
          legacyCodCampaign: "legacy",
        },
      });
    case "/Voice/Login":
      return input.password === password
        ? send(200, [{ token: "token-123", expires_in: 21600 }])
        : send(401, [{ error: "INVALID_CREDENTIALS", message: "Login or password is invalid." }]);
    case "/Voice/Call/Server":
      return send(200, [
        {
          rtcSignalingServer: "rtc1.inov8.cloud",
          rtcMediaServer: "rtc1.inov8.cloud",
          rtcSignalingPort: "5060",
          rtcWsServer: "wss://rtc1.inov8.cloud:8089/ws",
          rtcURIAddr: "sip:agent@rtc1.inov8.cloud",
          rtcUAUsername: "agent",
          rtcUAPassword: sipPassword,
          api_key: "OMN-04-2908-000-000000",
          caller_ident_external: "554800037656",
          agent_id: "5d67e9cce687049f9866d000",
        },
      ]);
    case "/Voice/Call/Create":
      return state.webPhoneOnline
        ? send(200, [{ _id: "5d7bd7d87b2e3252147f8be4" }])
        : send(409, [{ error: "NO_ENDPOINT_REGISTERED", message: "No web phone is registered." }]);
    case "/Voice/Call/Status": {
      const steps = ["Setup", "Dialing", "Answered", "Finished"];
      const status = steps[Math.min(state.polls++, 3)];
      const done = status === "Finished";
      return send(200, [
        { _id: input._id, status, isdn_code: done ? "16" : "", isdn_reason: done ? "Normal Clearing" : "" },
      ]);
    }
    default:
      return send(404, [{ error: "CALL_NOT_FOUND", message: "No such route." }]);
  }
});

let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  state.webPhoneOnline = true;
  state.polls = 0;
  state.requests = [];
});

function run(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      ["--experimental-strip-types", join(import.meta.dirname, "../src/main.ts"), ...args],
      {
        env: { PATH: process.env.PATH ?? "", ...env },
      },
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
    expect(result.stdout).toContain(`Voice API ${base}/Voice (login flex, campaign 0)`);
    expect(result.stdout).toContain(
      "Web phone: wss://rtc1.inov8.cloud:8089/ws as sip:agent@rtc1.inov8.cloud (signaling rtc1.inov8.cloud:5060",
    );
    expect(result.stdout).toContain(
      "Calling 5511980121511 (external, caller ID 554800037656, recording none)",
    );
    expect(result.stdout).toMatch(
      /Setup [\d.]+ s -> Dialing [\d.]+ s -> Answered [\d.]+ s -> Finished [\d.]+ s/,
    );
    expect(result.stdout).toMatch(
      /Summary: call 5d7bd7d87b2e3252147f8be4 to 5511980121511 Finished after [\d.]+ s \(ISDN 16 Normal call clearing\)/,
    );
    expect(result.stdout).not.toContain(password);
    expect(result.stdout).not.toContain(sipPassword);
    expect(state.requests[0]).toBe("GET /control/info");
  });

  it("takes the endpoint and credentials from the environment, flags winning", async () => {
    const result = await run(
      ["--to", "1001", "--type", "internal", "--record", "afterAnswer", "--interval-ms", "1"],
      {
        VOICE_API_BASE_URL: `${base}/Voice`,
        VOICE_API_LOGIN: "flex",
        VOICE_API_PASSWORD: password,
        VOICE_API_COD_CAMPAIGN: "0",
      },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Calling 1001 (internal, caller ID 554800037656, recording afterAnswer)");
    expect(state.requests).not.toContain("GET /control/info");
  });

  it("exit 3 with what to do when no web phone is online", async () => {
    state.webPhoneOnline = false;
    const result = await run(["--to", "5511980121511", "--base-url", `${base}/Voice`]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/bring the web phone online first/);
    expect(result.stderr).toMatch(/In the sandbox: open the softphone app/);
  });

  it("exit 2 on a bad number, before any request", async () => {
    const result = await run([
      "--to",
      "+55 11 9801",
      "--base-url",
      `${base}/Voice`,
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
    expect(state.requests).toEqual([]);
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
