/** Web-phone settings, placing a call, and following it: normalised, whichever form the server answers in. */
import { ApiError, ValidationError } from "@ccaas/types";
import { describe, expect, it } from "vitest";
import { normaliseCallStatus } from "../src/call-status";
import { createVoiceClient, describeIsdnCause, NoEndpointRegisteredError } from "../src/index";
import { serializeTokenFirst } from "../src/token-placement";
import {
  baseUrl,
  callServer,
  codCampaign,
  createVoicePlatform,
  legacyCampaign,
  login,
  password,
  useMswServer,
  type VoicePlatformOptions,
} from "./support/handlers";

const server = useMswServer();

function setup(platformOptions: VoicePlatformOptions = {}, campaign = codCampaign) {
  const platform = createVoicePlatform(platformOptions);
  server.use(...platform.handlers);
  const client = createVoiceClient({ baseUrl, login, password, codCampaign: campaign, retry: false });
  return { platform, client };
}

describe("token placement", () => {
  it("puts token first in every POST body after Login, on the wire", async () => {
    const { platform, client } = setup();
    const { id } = await client.createCall({ destination: "5511980121511" });
    await client.getCallStatus(id);
    const bodies = platform.state.bodies;
    expect(bodies.map((entry) => entry.path)).toEqual([
      "/Login",
      "/Call/Server",
      "/Call/Create",
      "/Call/Status",
    ]);
    expect(bodies[0]?.body).not.toContain("token");
    for (const entry of bodies.slice(1)) expect(entry.body.startsWith('{"token":')).toBe(true);
    expect(JSON.parse(bodies[2]?.body ?? "")).toEqual({
      token: expect.stringMatching(/^tok-1-/),
      codCampaign: "0",
      api_key: "OMN-04-2908-000-000000",
      call_destination: "5511980121511",
      call_type: "external",
      call_cid: "554800037656",
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
  it("normalises the settings: camelCase, ports as numbers, the raw form kept", async () => {
    const { client } = setup();
    expect(await client.getCallServer()).toEqual({
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
      raw: callServer,
    });
  });
});

describe("createCall", () => {
  it("maps the input to the wire's fields, recording by name or by value", async () => {
    const { platform, client } = setup();
    await client.createCall({
      destination: "1001",
      type: "internal",
      callerId: "554830037656",
      recording: "fromRinging",
    });
    await client.createCall({ destination: "5511980121511", recording: "1", apiKey: "OTHER-KEY" });
    const creates = platform.state.bodies
      .filter((entry) => entry.path === "/Call/Create")
      .map((entry) => JSON.parse(entry.body));
    expect(creates[0]).toMatchObject({
      call_destination: "1001",
      call_type: "internal",
      call_cid: "554830037656",
      call_recorder: "2",
    });
    expect(creates[1]).toMatchObject({ api_key: "OTHER-KEY", call_cid: "554800037656", call_recorder: "1" });
    // Call/Server is asked once and reused for the defaults.
    expect(platform.state.bodies.filter((entry) => entry.path === "/Call/Server")).toHaveLength(1);
  });

  it("rejects bad input before any request, naming the argument", async () => {
    const { platform, client } = setup();
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
    expect(platform.state.bodies).toEqual([]);
  });

  it("NO_ENDPOINT_REGISTERED is a NoEndpointRegisteredError that says to bring the web phone online", async () => {
    const { platform, client } = setup({ webPhoneOnline: false });
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
    expect(platform.state.bodies.filter((entry) => entry.path === "/Call/Create")).toHaveLength(1);
    expect(NoEndpointRegisteredError.isInstance(new ApiError("x", { status: 409 }))).toBe(false);
  });
});

describe("getCallStatus", () => {
  it("reads the documented form (status, isdn_code, isdn_reason)", async () => {
    const { client } = setup();
    const { id } = await client.createCall({ destination: "5511980121511" });
    expect(await client.getCallStatus(id)).toEqual({
      id,
      status: "Setup",
      isdnCode: undefined,
      isdnReason: undefined,
      raw: { _id: id, status: "Setup", isdn_code: "", isdn_reason: "" },
    });
  });

  it("reads the seed example's form (voice_*), where voice_status may be an id", async () => {
    const { client } = setup({}, legacyCampaign);
    const { id } = await client.createCall({ destination: "5511980121511" });
    const seen = [];
    for (let poll = 0; poll < 5; poll += 1) seen.push(await client.getCallStatus(id));
    expect(seen.map((status) => status.status)).toEqual([
      "Setup",
      "Setup",
      "Dialing",
      "Answered",
      "Finished",
    ]);
    expect(seen[4]).toMatchObject({
      isdnCode: 16,
      isdnReason: "Normal call clearing",
      raw: { voice_status: id },
    });
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
  it("yields each change of status and ends at Finished", async () => {
    const { platform, client } = setup();
    const { id } = await client.createCall({ destination: "5511980121511" });
    const seen = [];
    for await (const status of client.watchCall(id, { intervalMs: 5 })) seen.push(status.status);
    expect(seen).toEqual(["Setup", "Dialing", "Answered", "Finished"]);
    expect(platform.state.calls.get(id)?.polls).toBe(5);
  });

  it("stops when its signal aborts, with the signal's reason", async () => {
    const { platform, client } = setup();
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
    expect(platform.state.calls.get(id)?.polls).toBe(1);
  });

  it("stops polling when the loop breaks", async () => {
    const { platform, client } = setup();
    const { id } = await client.createCall({ destination: "5511980121511" });
    for await (const status of client.watchCall(id, { intervalMs: 1 })) {
      if (status.status === "Setup") break;
    }
    expect(platform.state.calls.get(id)?.polls).toBe(1);
  });
});
