/**
 * Every operation of voice-api.yaml against a running sandbox, with plain fetch and bodies serialised with
 * `token` first, as the seed requires; each response checked against the spec.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Sandbox, startSandbox } from "../src/start-sandbox";
import { postJson } from "./support/partner-client";
import { SpecCheck } from "./support/spec-check";

const spec = new SpecCheck("voice");
let sandbox: Sandbox;
const schedule = { setup: 150, dialing: 150, answered: 150 };

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, voiceApi: { statusScheduleMs: schedule } });
});

afterAll(async () => {
  await sandbox.stop();
});

const voice = (path: string, body: unknown) => postJson(`${sandbox.urls.voiceApi}${path}`, body);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function login(target: Sandbox = sandbox): Promise<string> {
  const response = await postJson(`${target.urls.voiceApi}/Login`, { login: "flex", password: "12345678" });
  const [result] = await spec.check<Array<{ token: string; expires_in: number }>>("login", response, 200);
  if (!result) throw new Error("no token");
  return result.token;
}

interface ServerInfo {
  api_key: string;
  agent_id: string;
  rtcWsServer: string;
  rtcUAPassword: string;
}

async function callServer(token: string): Promise<ServerInfo> {
  const [info] = await spec.check<ServerInfo[]>(
    "getCallServer",
    await voice("/Call/Server", { token, codCampaign: "0" }),
    200,
  );
  if (!info) throw new Error("no server info");
  return info;
}

const call = (token: string, apiKey: string, destination: string) => ({
  token,
  codCampaign: "0",
  api_key: apiKey,
  call_destination: destination,
  call_type: "external",
  call_cid: "554830037656",
  call_recorder: "1",
});

describe("Login", () => {
  it("trades the login for a token that lasts 6 hours by default", async () => {
    const response = await voice("/Login", { login: "flex", password: "12345678" });
    const [result] = await spec.check<Array<{ token: string; expires_in: number }>>("login", response, 200);
    expect(result?.expires_in).toBe(21600);
  });

  it("answers 401 INVALID_CREDENTIALS without echoing the password", async () => {
    const response = await voice("/Login", { login: "flex", password: "wrong-password" });
    const text = await response.clone().text();
    expect(text).not.toContain("wrong-password");
    const [error] = await spec.check<Array<{ error: string }>>("login", response, 401);
    expect(error?.error).toBe("INVALID_CREDENTIALS");
  });

  it("answers 400 VALIDATION_ERROR for a malformed body", async () => {
    const [error] = await spec.check<Array<{ error: string; message: string }>>(
      "login",
      await voice("/Login", { login: "flex" }),
      400,
    );
    expect(error).toMatchObject({ error: "VALIDATION_ERROR" });
    expect(error?.message).toContain("password");
  });

  it("expires tokens after the configured lifetime (TOKEN_EXPIRED)", async () => {
    const short = await startSandbox({ port: 0, voiceApi: { tokenLifetimeMs: 60_000 } });
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const loggedIn = Date.now();
      const response = await postJson(`${short.urls.voiceApi}/Login`, {
        login: "flex",
        password: "12345678",
      });
      const [result] = await spec.check<Array<{ token: string; expires_in: number }>>("login", response, 200);
      expect(result?.expires_in).toBe(60);
      const token = result?.token;
      vi.setSystemTime(loggedIn + 59_999);
      await spec.check(
        "getCallServer",
        await postJson(`${short.urls.voiceApi}/Call/Server`, { token, codCampaign: "0" }),
        200,
      );
      vi.setSystemTime(loggedIn + 60_000);
      const [error] = await spec.check<Array<{ error: string }>>(
        "getCallServer",
        await postJson(`${short.urls.voiceApi}/Call/Server`, { token, codCampaign: "0" }),
        401,
      );
      expect(error?.error).toBe("TOKEN_EXPIRED");
    } finally {
      vi.useRealTimers();
      await short.stop();
    }
  });
});

describe("the token rule", () => {
  it("answers 401 INVALID_TOKEN for an unknown token", async () => {
    const [error] = await spec.check<Array<{ error: string }>>(
      "getCallServer",
      await voice("/Call/Server", { token: "forged", codCampaign: "0" }),
      401,
    );
    expect(error?.error).toBe("INVALID_TOKEN");
  });

  it("answers 401 INVALID_TOKEN when the token is not the first field, saying so", async () => {
    const token = await login();
    const [error] = await spec.check<Array<{ error: string; message: string }>>(
      "getCallServer",
      await voice("/Call/Server", { codCampaign: "0", token }),
      401,
    );
    expect(error?.error).toBe("INVALID_TOKEN");
    expect(error?.message).toMatch(/token must be the FIRST field/);
    const [missing] = await spec.check<Array<{ message: string }>>(
      "getCallStatus",
      await voice("/Call/Status", { codCampaign: "0", _id: "x" }),
      401,
    );
    expect(missing?.message).toContain("token is required");
  });
});

describe("Call/Server, Call/Create, Call/Status", () => {
  it("points the web phone at the sandbox's signaling, with an agent token as its password", async () => {
    const token = await login();
    const info = await callServer(token);
    expect(info.rtcWsServer).toBe(sandbox.urls.signaling);
    const claims = await sandbox.core.tokens.verify(info.rtcUAPassword);
    expect(claims?.sub).toBe(info.agent_id);
    await spec.check(
      "getCallServer",
      await voice("/Call/Server", { token, codCampaign: "unregistered" }),
      400,
    );
  });

  it("answers NO_ENDPOINT_REGISTERED until the web phone is online", async () => {
    const token = await login();
    const { api_key: apiKey, agent_id: agentId } = await callServer(token);
    const [error] = await spec.check<Array<{ error: string }>>(
      "createCall",
      await voice("/Call/Create", call(token, apiKey, "5511980121511")),
      409,
    );
    expect(error?.error).toBe("NO_ENDPOINT_REGISTERED");
    sandbox.control.setWebPhoneOnline(agentId, true);
    try {
      const [created] = await spec.check<Array<{ _id: string }>>(
        "createCall",
        await voice("/Call/Create", call(token, apiKey, "5511980121511")),
        200,
      );
      expect(created?._id).toMatch(/^[0-9a-f]{24}$/);
    } finally {
      sandbox.control.setWebPhoneOnline(agentId, false);
    }
    await spec.check(
      "createCall",
      await voice("/Call/Create", call(token, "OMN-04-2908-000-000000", "5511980121511")),
      400,
    );
    await spec.check(
      "createCall",
      await voice("/Call/Create", { ...call(token, apiKey, "5511980121511"), call_type: "sideways" }),
      400,
    );
  });

  it("moves Setup -> Dialing -> Answered -> Finished (16) on the schedule", async () => {
    const token = await login();
    const { api_key: apiKey, agent_id: agentId } = await callServer(token);
    // The status follows the sandbox's clock: step it instead of racing it, so a slow machine cannot skip a state.
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const created = Date.now();
      sandbox.control.setWebPhoneOnline(agentId, true);
      const [call0] = await spec.check<Array<{ _id: string }>>(
        "createCall",
        await voice("/Call/Create", call(token, apiKey, "5511980121511")),
        200,
      );
      sandbox.control.setWebPhoneOnline(agentId, false);
      const statusAt = async (offset: number) => {
        vi.setSystemTime(created + offset);
        const [status] = await spec.check<Array<Record<string, string>>>(
          "getCallStatus",
          await voice("/Call/Status", { token, codCampaign: "0", _id: call0?._id }),
          200,
        );
        return status;
      };
      const { setup, dialing, answered } = schedule;
      expect(await statusAt(0)).toMatchObject({ status: "Setup", isdn_code: "0" });
      expect(await statusAt(setup)).toMatchObject({ status: "Dialing" });
      expect(await statusAt(setup + dialing)).toMatchObject({ status: "Answered" });
      expect(await statusAt(setup + dialing + answered - 1)).toMatchObject({ status: "Answered" });
      expect(await statusAt(setup + dialing + answered)).toEqual({
        _id: call0?._id,
        status: "Finished",
        isdn_code: "16",
        isdn_reason: "Normal call clearing",
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it("fails the magic destination 5500000000000 with ISDN cause 1, in the legacy voice_* form too", async () => {
    const token = await login();
    const { api_key: apiKey, agent_id: agentId } = await callServer(token);
    sandbox.control.setWebPhoneOnline(agentId, true);
    const [created] = await spec.check<Array<{ _id: string }>>(
      "createCall",
      await voice("/Call/Create", call(token, apiKey, "5500000000000")),
      200,
    );
    sandbox.control.setWebPhoneOnline(agentId, false);
    await sleep(schedule.setup + schedule.dialing + 50);
    const [documented] = await spec.check<Array<Record<string, string>>>(
      "getCallStatus",
      await voice("/Call/Status", { token, codCampaign: "0", _id: created?._id }),
      200,
    );
    expect(documented).toEqual({
      _id: created?._id,
      status: "Finished",
      isdn_code: "1",
      isdn_reason: "Unallocated (unassigned) number",
    });
    const [legacy] = await spec.check<Array<Record<string, string>>>(
      "getCallStatus",
      await voice("/Call/Status", { token, codCampaign: "legacy", _id: created?._id }),
      200,
    );
    expect(legacy).toEqual({
      _id: created?._id,
      voice_status: "Finished",
      voice_code_result: "1",
      voice_text_result: "Unallocated (unassigned) number",
    });
  });

  it("answers 404 CALL_NOT_FOUND for an unknown call", async () => {
    const token = await login();
    const [error] = await spec.check<Array<{ error: string }>>(
      "getCallStatus",
      await voice("/Call/Status", { token, codCampaign: "0", _id: "5d7bd5df7b2e3252147f8bd2" }),
      404,
    );
    expect(error?.error).toBe("CALL_NOT_FOUND");
  });

  it("answers unknown Voice routes and wrong methods in the Voice API's error form", async () => {
    const missing = await fetch(`${sandbox.urls.voiceApi}/Call/Delete`, { method: "POST" });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual([expect.objectContaining({ error: "VALIDATION_ERROR" })]);
    const wrongMethod = await fetch(`${sandbox.urls.voiceApi}/Login`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("POST");
  });
});

describe("the whole spec", () => {
  it("exercised every operation, and the sandbox never broke its spec", () => {
    expect(spec.missing()).toEqual([]);
    expect(sandbox.core.violations.entries).toEqual([]);
  });
});
