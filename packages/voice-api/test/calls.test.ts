/** Web-phone settings, placing a call, and following it: normalised, whichever form the server answers in. */
import { ApiError, type CallServerInfo, ValidationError } from "@ccaas/types";
import { afterEach, describe, expect, it, vi } from "vitest";
import { normaliseCallServer } from "../src/call-server";
import { normaliseCallStatus } from "../src/call-status";
import { describeIsdnCause, NoEndpointRegisteredError } from "../src/index";
import { serializeTokenFirst } from "../src/token-placement";
import { legacyCampaign, useSandbox } from "./support/sandbox";

/** Long enough that no call moves on by itself; tests that follow a call step the clock or restart. */
const schedule = { setup: 60_000, dialing: 60_000, answered: 60_000 };
const platform = useSandbox({ voiceApi: { statusScheduleMs: schedule } });

afterEach(() => {
  vi.useRealTimers();
});

/** The agent whose web phone the Voice API login stands for, and the caller ID the sandbox gives it. */
function webPhone() {
  const info = platform.sandbox.control.info();
  const [agent] = info.agents;
  if (!agent) throw new Error("the sandbox has no agent");
  return { agent, callerId: info.phoneNumbers[0]?.phone_number.replace(/^\+/, "") ?? "" };
}

describe("token placement", () => {
  it("puts token first in every POST body after Login, on the wire", async () => {
    platform.setWebPhoneOnline(true);
    const client = platform.client({ retry: false });
    const { id } = await client.createCall({ destination: "5511980121511" });
    await client.getCallStatus(id);
    const bodies = await platform.bodies();
    expect(bodies.map((entry) => entry.path)).toEqual([
      "/Login",
      "/Call/Server",
      "/Call/Create",
      "/Call/Status",
    ]);
    expect(bodies[0]?.body).not.toContain("token");
    for (const entry of bodies.slice(1)) expect(entry.body.startsWith('{"token":')).toBe(true);
    const { apiKey } = await client.getCallServer();
    expect(JSON.parse(bodies[2]?.body ?? "")).toEqual({
      token: expect.stringMatching(/^[0-9a-f]{32}$/),
      codCampaign: "0",
      api_key: apiKey,
      call_destination: "5511980121511",
      call_type: "external",
      call_cid: webPhone().callerId,
      call_recorder: "0",
    });
  });

  it("builds the JSON string with token first whatever the object's key order", () => {
    expect(serializeTokenFirst({ codCampaign: "0", _id: "x", token: "t" })).toBe(
      '{"token":"t","codCampaign":"0","_id":"x"}',
    );
    expect(serializeTokenFirst({ token: 'a"b' })).toBe('{"token":"a\\"b"}');
    expect(serializeTokenFirst({ login: "flex", password: "p" })).toBe('{"login":"flex","password":"p"}');
  });
});

describe("getCallServer", () => {
  it("normalises the settings: camelCase, ports as numbers (443 from wss://), the raw form kept", async () => {
    const settings = await platform.client({ retry: false }).getCallServer();
    const { agent, callerId } = webPhone();
    const raw: CallServerInfo = {
      rtcSignalingServer: "voice.test",
      rtcMediaServer: "voice.test",
      rtcSignalingPort: "443",
      rtcWsServer: "wss://voice.test/signaling",
      rtcURIAddr: `sip:${agent.userName}@voice.test`,
      rtcUAUsername: agent.userName,
      rtcUAPassword: settings.sipPassword,
      api_key: settings.apiKey,
      caller_ident_external: callerId,
      agent_id: agent.id,
    };
    expect(settings).toEqual({
      signalingServer: "voice.test",
      signalingPort: 443,
      mediaServer: "voice.test",
      webSocketUrl: "wss://voice.test/signaling",
      webSocketPort: 443,
      sipUri: `sip:${agent.userName}@voice.test`,
      sipUsername: agent.userName,
      sipPassword: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      apiKey: expect.any(String),
      externalCallerId: callerId,
      agentId: agent.id,
      raw,
    });
  });

  it("normalises the seed's example: an explicit WebSocket port, the SIP port apart", () => {
    const seed: CallServerInfo = {
      rtcSignalingServer: "rtc1.inov8.cloud",
      rtcMediaServer: "rtc1.inov8.cloud",
      rtcSignalingPort: "5060",
      rtcWsServer: "wss://rtc1.inov8.cloud:8089/ws",
      rtcURIAddr: "sip:5d67e9cce687049f9866d55c@rtc1.inov8.cloud",
      rtcUAUsername: "5d67e9cce687049f98000000c",
      rtcUAPassword: "sip-Pa55word",
      api_key: "OMN-04-2908-000-000000",
      caller_ident_external: "554800037656",
      agent_id: "5d67e9cce687049f9866d000",
    };
    expect(normaliseCallServer(seed)).toEqual({
      signalingServer: "rtc1.inov8.cloud",
      signalingPort: 5060,
      mediaServer: "rtc1.inov8.cloud",
      webSocketUrl: "wss://rtc1.inov8.cloud:8089/ws",
      webSocketPort: 8089,
      sipUri: "sip:5d67e9cce687049f9866d55c@rtc1.inov8.cloud",
      sipUsername: "5d67e9cce687049f98000000c",
      sipPassword: "sip-Pa55word",
      apiKey: "OMN-04-2908-000-000000",
      externalCallerId: "554800037656",
      agentId: "5d67e9cce687049f9866d000",
      raw: seed,
    });
    expect(() => normaliseCallServer({ ...seed, rtcSignalingPort: "70000" })).toThrow(/not a port/);
  });
});

describe("createCall", () => {
  it("maps the input to the wire's fields, recording by name or by value", async () => {
    platform.setWebPhoneOnline(true);
    const client = platform.client({ retry: false });
    await client.createCall({
      destination: "1001",
      type: "internal",
      callerId: "554830037656",
      recording: "fromRinging",
    });
    await client.createCall({ destination: "5511980121511", recording: "1" });
    // An api_key of another web phone: sent as given (the caller ID still from Call/Server); the sandbox refuses it.
    await expect(
      client.createCall({ destination: "5511980121511", recording: "1", apiKey: "OTHER-KEY" }),
    ).rejects.toMatchObject({ name: "ApiError", status: 400, code: "VALIDATION_ERROR" });
    const creates = (await platform.bodies())
      .filter((entry) => entry.path === "/Call/Create")
      .map((entry) => JSON.parse(entry.body));
    const { callerId } = webPhone();
    expect(creates[0]).toMatchObject({
      call_destination: "1001",
      call_type: "internal",
      call_cid: "554830037656",
      call_recorder: "2",
    });
    expect(creates[1]).toMatchObject({ call_type: "external", call_cid: callerId, call_recorder: "1" });
    expect(creates[2]).toMatchObject({ api_key: "OTHER-KEY", call_cid: callerId, call_recorder: "1" });
    // Call/Server is asked once and reused for the defaults.
    expect(platform.count("/Call/Server")).toBe(1);
  });

  it("rejects bad input before any request, naming the argument", async () => {
    const client = platform.client({ retry: false });
    const cases: Array<[object, string]> = [
      [{ destination: "+55 11 98012-1511" }, "destination"],
      [{ destination: "" }, "destination"],
      [{ destination: "5511980121511", type: "mobile" }, "type"],
      [{ destination: "5511980121511", callerId: "abc" }, "callerId"],
      [{ destination: "5511980121511", recording: "always" }, "recording"],
    ];
    for (const [input, path] of cases) {
      const error = await client.createCall(input as never).catch((caught: unknown) => caught);
      expect(ValidationError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ issues: [{ path }] });
      expect((error as Error).message).toMatch(new RegExp(`^createCall: ${path} `));
    }
    expect(platform.requests).toEqual([]);
  });

  it("NO_ENDPOINT_REGISTERED is a NoEndpointRegisteredError that says to bring the web phone online", async () => {
    const client = platform.client({ retry: false });
    const error = await client
      .createCall({ destination: "5511980121511" })
      .catch((caught: unknown) => caught);
    expect(NoEndpointRegisteredError.isInstance(error)).toBe(true);
    expect(ApiError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      name: "NoEndpointRegisteredError",
      status: 409,
      code: "NO_ENDPOINT_REGISTERED",
    });
    expect((error as Error).message).toMatch(/bring the web phone online first/);
    expect(platform.count("/Call/Create")).toBe(1);
    expect(NoEndpointRegisteredError.isInstance(new ApiError("x", { status: 409 }))).toBe(false);
    // Once the web phone is online, the same call goes through.
    platform.setWebPhoneOnline(true);
    await expect(client.createCall({ destination: "5511980121511" })).resolves.toMatchObject({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
    });
  });
});

describe("getCallStatus", () => {
  it("reads the documented form (status, isdn_code, isdn_reason)", async () => {
    platform.setWebPhoneOnline(true);
    const client = platform.client({ retry: false });
    const { id } = await client.createCall({ destination: "5511980121511" });
    expect(await client.getCallStatus(id)).toEqual({
      id,
      status: "Setup",
      // Cause 0 is no cause: the call has not ended.
      isdnCode: undefined,
      isdnReason: "Call in progress",
      raw: { _id: id, status: "Setup", isdn_code: "0", isdn_reason: "Call in progress" },
    });
  });

  it("reads the seed example's form (voice_*) the sandbox answers for the legacy campaign", async () => {
    platform.setWebPhoneOnline(true);
    const client = platform.client({ codCampaign: legacyCampaign, retry: false });
    vi.useFakeTimers({ toFake: ["Date"] });
    const created = Date.now();
    const { id } = await client.createCall({ destination: "5511980121511" });
    const seen = [];
    for (const offset of [0, 1, schedule.setup, schedule.setup + schedule.dialing, 3 * 60_000]) {
      vi.setSystemTime(created + offset);
      seen.push(await client.getCallStatus(id));
    }
    expect(seen.map((status) => status.status)).toEqual([
      "Setup",
      "Setup",
      "Dialing",
      "Answered",
      "Finished",
    ]);
    expect(seen[0]?.raw).toEqual({
      _id: id,
      voice_status: "Setup",
      voice_code_result: "0",
      voice_text_result: "Call in progress",
    });
    expect(seen[4]).toMatchObject({
      isdnCode: 16,
      isdnReason: "Normal call clearing",
      raw: { voice_status: "Finished", voice_code_result: "16" },
    });
  });

  it("a call that does not exist: ApiError CALL_NOT_FOUND", async () => {
    await expect(
      platform.client({ retry: false }).getCallStatus("5d7bd5df7b2e3252147f8bd2"),
    ).rejects.toMatchObject({ name: "ApiError", status: 404, code: "CALL_NOT_FOUND" });
  });

  it("normalises the seed's own example, and keeps an unknown status unknown", () => {
    const example = {
      _id: "5d7bd7d87b2e3252147f8be4",
      voice_status: "5d7bd7d87b2e3252147f8be4",
      voice_code_result: "2",
      voice_text_result: "No route",
    };
    expect(normaliseCallStatus(example)).toEqual({
      id: example._id,
      status: "Finished",
      isdnCode: 2,
      isdnReason: "No route to specified transit network",
      raw: example,
    });
    expect(normaliseCallStatus({ ...example, voice_code_result: "", voice_text_result: "" })).toMatchObject({
      status: "Unknown",
      isdnCode: undefined,
      isdnReason: undefined,
    });
    expect(
      normaliseCallStatus({ _id: "x", status: "Finished", isdn_code: "999", isdn_reason: "Vendor cause" }),
    ).toMatchObject({
      isdnCode: 999,
      isdnReason: "Vendor cause",
    });
  });

  it("maps ISDN cause codes to Q.850 reasons", () => {
    expect(
      [1, 2, 3, 16, 17, 18, 19, 21, 27, 28, 31, 34, 38, 41, 42].map((code) => [
        code,
        describeIsdnCause(code),
      ]),
    ).toMatchInlineSnapshot(`
      [
        [
          1,
          "Unallocated (unassigned) number",
        ],
        [
          2,
          "No route to specified transit network",
        ],
        [
          3,
          "No route to destination",
        ],
        [
          16,
          "Normal call clearing",
        ],
        [
          17,
          "User busy",
        ],
        [
          18,
          "No user responding",
        ],
        [
          19,
          "No answer from user (user alerted)",
        ],
        [
          21,
          "Call rejected",
        ],
        [
          27,
          "Destination out of order",
        ],
        [
          28,
          "Invalid number format (incomplete number)",
        ],
        [
          31,
          "Normal, unspecified",
        ],
        [
          34,
          "No circuit/channel available",
        ],
        [
          38,
          "Network out of order",
        ],
        [
          41,
          "Temporary failure",
        ],
        [
          42,
          "Switching equipment congestion",
        ],
      ]
    `);
    expect(describeIsdnCause(999)).toBeUndefined();
  });
});

describe("watchCall", () => {
  it("yields each change of status and ends at Finished, then stops polling", async () => {
    platform.restart({ voiceApi: { statusScheduleMs: { setup: 150, dialing: 150, answered: 150 } } });
    platform.setWebPhoneOnline(true);
    const client = platform.client();
    const { id } = await client.createCall({ destination: "5511980121511" });
    const seen = [];
    for await (const status of client.watchCall(id, { intervalMs: 5 })) seen.push(status);
    expect(seen.map((status) => status.status)).toEqual(["Setup", "Dialing", "Answered", "Finished"]);
    expect(seen.at(-1)).toMatchObject({ isdnCode: 16, isdnReason: "Normal call clearing" });
    const polls = platform.count("/Call/Status");
    expect(polls).toBeGreaterThanOrEqual(4);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(platform.count("/Call/Status")).toBe(polls);
  });

  it("ends with the failing destination's ISDN cause, straight from Dialing", async () => {
    platform.restart({ voiceApi: { statusScheduleMs: { setup: 150, dialing: 150, answered: 60_000 } } });
    platform.setWebPhoneOnline(true);
    const client = platform.client();
    const { id } = await client.createCall({ destination: "5500000000017" });
    const seen = [];
    for await (const status of client.watchCall(id, { intervalMs: 5 })) seen.push(status);
    expect(seen.map((status) => status.status)).toEqual(["Setup", "Dialing", "Finished"]);
    expect(seen.at(-1)).toMatchObject({ isdnCode: 17, isdnReason: "User busy" });
  });

  it("stops when its signal aborts, with the signal's reason", async () => {
    platform.setWebPhoneOnline(true);
    const client = platform.client();
    const { id } = await client.createCall({ destination: "5511980121511" });
    const controller = new AbortController();
    const seen: string[] = [];
    const watching = (async () => {
      for await (const status of client.watchCall(id, { intervalMs: 60_000, signal: controller.signal })) {
        seen.push(status.status);
      }
    })();
    await expect.poll(() => seen).toEqual(["Setup"]);
    controller.abort();
    await expect(watching).rejects.toMatchObject({ name: "AbortError" });
    expect(platform.count("/Call/Status")).toBe(1);
  });

  it("stops polling when the loop breaks", async () => {
    platform.setWebPhoneOnline(true);
    const client = platform.client();
    const { id } = await client.createCall({ destination: "5511980121511" });
    for await (const status of client.watchCall(id, { intervalMs: 1 })) {
      if (status.status === "Setup") break;
    }
    expect(platform.count("/Call/Status")).toBe(1);
  });
});
