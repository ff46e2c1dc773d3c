import { afterEach, describe, expect, it } from "vitest";
import { CrmWrapperError, CrmWrapperRefusedError } from "./errors";
import { crmOrigin, flush, type HostHarness, partnerId, startHost } from "./fixtures/host-harness";

let harness: HostHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const available = "6a1f3c2e-8d4b-4e7a-9c15-2b7d0e9f4a11";

describe("CRM host: loading a wrapper", () => {
  it.each([
    ["another origin", "https://evil.example:4400/softphone-wrapper.js", "https://evil.example:4400"],
    ["another port", "http://crm.test:4401/softphone-wrapper.js", "http://crm.test:4401"],
    ["another scheme", "https://crm.test:4400/softphone-wrapper.js", "https://crm.test:4400"],
  ])("refuses %s without fetching it, naming the origin and how to allow it", async (_, url, origin) => {
    harness = await startHost({ wrapperUrl: url });
    const error = await harness.host.load().catch((caught: unknown) => caught);
    expect(CrmWrapperRefusedError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: "crm_origin_not_allowed", origin });
    expect((error as Error).message).toContain(`add "${origin}" to allowedOrigins`);
    expect((error as Error).message).toContain(crmOrigin);
    expect(harness.imported).toEqual([]);
    expect(harness.host.loaded).toBe(false);
    expect(harness.softphone.status).toBe("connected");
  });

  it("refuses a relative or non-http URL", async () => {
    for (const url of ["/softphone-wrapper.js", "data:text/javascript,export default {}"]) {
      harness = await startHost({ wrapperUrl: url });
      await expect(harness.host.load()).rejects.toMatchObject({ code: "crm_invalid_wrapper_url" });
      expect(harness.imported).toEqual([]);
      await harness.close();
    }
    harness = undefined;
  });

  it("compares allow-list entries as origins (a trailing slash matches), never as prefixes", async () => {
    harness = await startHost({ options: { allowedOrigins: [`${crmOrigin}/`, "not a url", "*"] } });
    await harness.host.load();
    expect(harness.of("loaded")).toEqual([{ url: `${crmOrigin}/softphone-wrapper.js`, origin: crmOrigin }]);
    expect(harness.host.loaded).toBe(true);
    expect(typeof harness.wrapper().callback).toBe("function");
  });

  it("rejects a module that is not a wrapper, naming what it lacks", async () => {
    harness = await startHost({ wrapperUrl: `${crmOrigin}/not-a-wrapper.js` });
    const error = await harness.host.load().catch((caught: unknown) => caught);
    expect(CrmWrapperError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: "crm_not_a_wrapper" });
    expect((error as Error).message).toContain("lacks callAccepted, callRejected, callEnded");
    expect(harness.host.loaded).toBe(false);
  });

  it("reports a load(callback) that throws or hangs; the softphone is untouched", async () => {
    harness = await startHost({ mode: "throw-load" });
    await expect(harness.host.load()).rejects.toMatchObject({
      code: "crm_wrapper_load_failed",
      method: "load",
      message: expect.stringContaining("the CRM page is not there"),
    });
    await harness.close();
    harness = await startHost({ mode: "hang-load", options: { loadTimeoutMs: 50 } });
    const started = Date.now();
    await expect(harness.host.load()).rejects.toMatchObject({ code: "crm_wrapper_load_timeout" });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(harness.host.loaded).toBe(false);
    expect(harness.softphone.status).toBe("connected");
  });
});

describe("CRM host: the wrapper's callback", () => {
  it("turns every event type into a typed event with its validated payload", async () => {
    harness = await startHost({ options: { currentStatus: () => available } });
    await harness.host.load();
    const callback = harness.wrapper().callback!;
    const config = {
      partnerId: "d6afeaa7-39be-4935-981f-2670215fd887",
      businessSegmentId: "d6afeaa7-39be-4935-981f-2670215fd887",
      channelOriginId: "57053e21-0440-4689-a27a-513d7dceebde",
    };
    const startCall = {
      ...config,
      dialTo: "+18883973342",
      dialFrom: "+18449401117",
      participantType: "Traveler",
    };

    callback("disposition", ["code1", "code2"]);
    callback("partner_config", config);
    callback("update_presence", { softphoneId: available });
    callback("start_call", startCall);
    // No payload is expected with get_presence: whatever comes with it is dropped.
    (callback as (type: string, payload: unknown) => void)("get_presence", { ignored: true });

    expect(harness.of("disposition")).toEqual([["code1", "code2"]]);
    expect(harness.host.dispositions).toEqual(["code1", "code2"]);
    expect(harness.of("partner_config")).toEqual([config]);
    expect(harness.host.partnerConfig).toEqual(config);
    expect(harness.host.partnerId).toBe(config.partnerId);
    expect(harness.of("update_presence")).toEqual([{ softphoneId: available }]);
    expect(harness.of("start_call")).toEqual([startCall]);
    expect(harness.of("get_presence")).toEqual([undefined]);
    // get_presence is answered with statusChanged of the current presence.
    expect(harness.callsOf("statusChanged")).toEqual([{ softphoneId: available }]);
    expect(harness.of("error")).toEqual([]);
  });

  it.each([
    [
      "start_call",
      { partnerId, businessSegmentId: "b", channelOriginId: "c" },
      "/payload/dialTo is required",
    ],
    [
      "partner_config",
      { partnerId, businessSegmentId: "b", channelOriginId: "c", secret: "x" },
      "/payload/secret is not a known field",
    ],
    [
      "partner_config",
      { partnerId: "not-a-uuid", businessSegmentId: "b", channelOriginId: "c" },
      "/payload/partnerId must be a valid uuid",
    ],
    ["update_presence", { softphoneId: "away" }, "/payload/softphoneId must be a valid uuid"],
    ["disposition", ["code1", ""], "/payload/1"],
    ["disposition", "code1", "/payload must be array"],
    ["hang_up", {}, 'unknown event type "hang_up"'],
  ])("ignores an invalid %s callback and reports the field", async (eventType, payload, problem) => {
    harness = await startHost();
    await harness.host.load();
    const callback = harness.wrapper().callback as unknown as (type: string, payload: unknown) => void;
    expect(() => callback(eventType, payload)).not.toThrow();
    const [error] = harness.of("error");
    expect(CrmWrapperError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: "crm_invalid_callback", method: eventType });
    expect(error?.message).toContain(problem);
    expect(harness.events.map(([name]) => name)).toEqual(["loaded", "error"]);
    expect(harness.host.partnerId).toBe(partnerId);
  });

  it("a listener that throws is reported, the wrapper's callback never throws", async () => {
    harness = await startHost();
    await harness.host.load();
    harness.host.on("disposition", () => {
      throw new Error("app bug");
    });
    expect(() => harness?.wrapper().callback?.("disposition", ["code1"])).not.toThrow();
    expect(harness.of("error")[0]).toMatchObject({ code: "listener_error" });
  });

  it("destroy(): callbacks and softphone events are ignored from then on", async () => {
    harness = await startHost();
    await harness.host.load();
    harness.host.destroy();
    harness.wrapper().callback?.("disposition", ["code1"]);
    const call = harness.signaling.call();
    harness.signaling.propose(call);
    harness.host.statusChanged(available);
    await flush();
    expect(harness.wrapper().calls).toEqual([]);
    expect(harness.events.map(([name]) => name)).toEqual(["loaded"]);
    expect(harness.host.loaded).toBe(false);
  });
});
