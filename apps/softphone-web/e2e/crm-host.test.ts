/**
 * The CRM wrapper host in the browser: `?crmWrapper=` loads a wrapper module only from an origin of
 * `CRM_ALLOWED_ORIGINS` (served by this app's server as /crm-config.json). Two loopback servers serve the same
 * wrapper module; only one of their origins is allowed. The wrapper records every contract call into `window`
 * and leaves its callback there, so the test plays the CRM.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  chromiumMissing,
  conversationWith,
  events,
  type Harness,
  incoming,
  line,
  lines,
  logged,
  signInWithQuery,
  startHarness,
  until,
} from "./harness";

const wrapperSource = `
window.crmCalls = [];
const record = (method) => (params) => { window.crmCalls.push({ method, params }); };
export default {
  load(callback) {
    window.crmCallback = callback;
    callback("disposition", ["Booking changed", "Refund issued"]);
  },
  incomingCall: record("incomingCall"),
  callAccepted: record("callAccepted"),
  callRejected: record("callRejected"),
  callEnded: record("callEnded"),
  callNotesSubmitted: record("callNotesSubmitted"),
  outboundCallInitiated: record("outboundCallInitiated"),
  statusChanged: record("statusChanged"),
};
`;

interface WrapperServer {
  origin: string;
  /** Every request it received (method and path). */
  requests: string[];
  server: Server;
}

/** Serves the wrapper module on a free loopback port, with CORS for the page that imports it. */
async function serveWrapper(): Promise<WrapperServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.setHeader("access-control-allow-origin", request.headers.origin ?? "*");
    response.setHeader("content-type", "text/javascript");
    response.end(wrapperSource);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, requests, server };
}

type Recorded = { method: string; params: Record<string, unknown> };
const crmCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { crmCalls?: Recorded[] }).crmCalls ?? []);
const callsOf = async (page: Page, method: string) =>
  (await crmCalls(page)).filter((call) => call.method === method).map((call) => call.params);
/** Plays the CRM: `callback(eventType, payload)` as the wrapper would. */
const crmCallback = (page: Page, eventType: string, payload?: unknown) =>
  page.evaluate(
    ([type, value]) =>
      (window as unknown as { crmCallback: (t: unknown, p?: unknown) => void }).crmCallback(type, value),
    [eventType, payload] as const,
  );

describe.skipIf(chromiumMissing !== undefined)("softphone-web: CRM wrapper host", () => {
  let harness: Harness;
  let allowed: WrapperServer;
  let foreign: WrapperServer;
  let partnerId: string;

  beforeAll(async () => {
    allowed = await serveWrapper();
    foreign = await serveWrapper();
    harness = await startHarness({
      service: async () => ({
        // Read by vite.config.ts when the preview server starts: no rebuild.
        env: { CRM_ALLOWED_ORIGINS: `http://localhost:4400, ${allowed.origin}` },
        stop: async () => {
          allowed.server.close();
          foreign.server.close();
        },
      }),
    });
    partnerId = harness.sandbox.core.partner.partnerId;
  });
  afterAll(() => harness?.close());

  it("refuses a wrapper from an origin outside the allow-list without fetching it", async () => {
    const url = `${foreign.origin}/crm-wrapper.js`;
    const page = await signInWithQuery(harness, "testAgent", `?crmWrapper=${encodeURIComponent(url)}`);
    await until(() => logged(page, "CRM wrapper refused: "), "the refusal in the events log");
    const refusal = (await events(page)).find((entry) => entry.startsWith("CRM wrapper refused: "));
    expect(refusal).toContain(foreign.origin);
    expect(refusal).toContain(allowed.origin);
    expect(foreign.requests).toEqual([]);
    // Without a wrapper the app is as it always was: the dialpad places calls.
    expect(await page.getByRole("button", { name: "Call" }).isEnabled()).toBe(true);
    expect(await page.evaluate(() => "crmCalls" in window)).toBe(false);
    await page.close();
  });

  it("loads an allow-listed wrapper: incomingCall with the seed's fields, start_call places a call", async () => {
    const url = `${allowed.origin}/crm-wrapper.js`;
    const page = await signInWithQuery(harness, "testAgent", `?crmWrapper=${encodeURIComponent(url)}`);
    expect(await logged(page, `CRM wrapper loaded from ${allowed.origin}`)).toBe(true);
    expect(allowed.requests).toEqual(["GET /crm-wrapper.js"]);
    // The dialpad waits for the CRM's partner_config.
    const call = page.getByRole("button", { name: "Call" });
    expect(await call.isDisabled()).toBe(true);
    const config = {
      partnerId,
      businessSegmentId: "d6afeaa7-39be-4935-981f-2670215fd887",
      channelOriginId: "57053e21-0440-4689-a27a-513d7dceebde",
    };
    await crmCallback(page, "partner_config", config);
    await expect.poll(() => call.isEnabled()).toBe(true);

    // An inbound call from the sandbox reaches the wrapper.
    const inbound = harness.sandbox.control.simulateInboundCall({ to: "+18883973342", from: "+15555550100" });
    await expect
      .poll(() => callsOf(page, "incomingCall"))
      .toEqual([{ partnerId, conversationId: inbound.id, callerANI: "+15555550100", language: "en_US" }]);
    await incoming(page, "+15555550100").getByRole("button", { name: "Accept" }).click();
    await expect
      .poll(() => callsOf(page, "callAccepted"))
      .toEqual([{ partnerId, conversationId: inbound.id, callerANI: "+15555550100", language: "en_US" }]);
    await line(page, "+15555550100").getByRole("button", { name: "End" }).click();
    await expect.poll(async () => (await callsOf(page, "callEnded")).length).toBe(1);
    const [ended] = await callsOf(page, "callEnded");
    expect(ended).toMatchObject({ partnerId, conversationId: inbound.id, callType: "inbound" });
    expect(ended?.duration).toBeGreaterThan(0);
    // The wrap-up offers the CRM's codes; Save tells the CRM.
    const wrapUp = page.getByRole("form", { name: "Wrap-up for Customer (+15555550100)" });
    await wrapUp.getByLabel("Disposition").selectOption("Refund issued");
    await wrapUp.getByLabel("Notes").fill("Refund by card.");
    await wrapUp.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => callsOf(page, "callNotesSubmitted"))
      .toEqual([
        { partnerId, conversationId: inbound.id, disposition: "Refund issued", notes: "Refund by card." },
      ]);

    // start_call from the CRM places the call: the sandbox sees it, then outboundCallInitiated.
    await crmCallback(page, "start_call", { ...config, dialTo: "+15555550300", dialFrom: "+18883973342" });
    await until(() => conversationWith(harness.sandbox, "+15555550300") !== undefined, "the CRM's call");
    const outbound = conversationWith(harness.sandbox, "+15555550300");
    expect(outbound?.direction).toBe("outbound");
    await expect
      .poll(() => callsOf(page, "outboundCallInitiated"))
      .toEqual([{ partnerId, conversationId: outbound?.id, dialledTo: "+15555550300" }]);
    await expect.poll(() => line(page, "+15555550300").count()).toBe(1);
    await line(page, "+15555550300").getByRole("button", { name: "End" }).click();
    await expect.poll(() => lines(page).count()).toBe(0);

    // Presence: get_presence is answered, update_presence switches the select, and every change is told.
    await crmCallback(page, "get_presence");
    await crmCallback(page, "update_presence", { softphoneId: "b3e8d5a0-1c2f-4b6e-8a97-5d4c3b2a1f00" });
    await expect.poll(() => page.getByLabel("Presence").inputValue()).toBe("away");
    expect(await callsOf(page, "statusChanged")).toEqual([
      { softphoneId: "6a1f3c2e-8d4b-4e7a-9c15-2b7d0e9f4a11" },
      { softphoneId: "b3e8d5a0-1c2f-4b6e-8a97-5d4c3b2a1f00" },
    ]);
    expect(await logged(page, "CRM wrapper error")).toBe(false);
    await page.close();
  });
});
