/**
 * The CRM page and softphone-web on two origins, linked through the sample wrapper: click-to-dial, the screen pop
 * of an inbound call, and the activity log after the agent wraps the call up with one of the CRM's dispositions.
 */
import type { FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  activityLog,
  type CrmHarness,
  chromiumMissing,
  conversationWith,
  screenPop,
  softphoneEvents,
  startHarness,
  tollFree,
} from "./harness";

describe.skipIf(chromiumMissing !== undefined)("crm-host: calls through the CRM page", () => {
  let harness: CrmHarness;
  let page: Page;
  let softphone: FrameLocator;

  beforeAll(async () => {
    harness = await startHarness();
    ({ page, softphone } = await harness.openCrm());
  });
  afterAll(() => harness?.close());

  /** Ends the softphone's only line and saves its wrap-up. */
  async function endAndWrapUp(party: string, disposition: string, notes: string): Promise<void> {
    await softphone.getByRole("list", { name: "Lines" }).getByRole("button", { name: "End" }).click();
    const wrapUp = softphone.getByRole("form", { name: `Wrap-up for ${party}` });
    await wrapUp.getByLabel("Disposition").selectOption(disposition);
    await wrapUp.getByLabel("Notes").fill(notes);
    await wrapUp.getByRole("button", { name: "Save" }).click();
  }

  it("runs on two origins and shows the agent's softphone status", async () => {
    expect(new URL(harness.crmUrl).hostname).toBe("localhost");
    expect(new URL(harness.softphoneUrl).hostname).toBe("127.0.0.1");
    await expect
      .poll(() => page.getByRole("status", { name: "Softphone status" }).textContent())
      .toBe("Available");
  });

  it("update_presence from the CRM changes the softphone's presence, and statusChanged reports it back", async () => {
    const status = () => page.getByRole("status", { name: "Softphone status" }).textContent();
    const softphonePresence = softphone.getByLabel("Presence");
    await page.getByLabel("Set agent presence").selectOption({ label: "Away" });
    await expect.poll(() => softphonePresence.inputValue()).toBe("away");
    await expect.poll(status).toBe("Away");
    // Away takes the softphone offline: the platform routes no call here.
    await expect
      .poll(() => softphone.getByRole("status", { name: "Connection" }).textContent())
      .not.toBe("Connected");

    await page.getByLabel("Set agent presence").selectOption({ label: "Available" });
    await expect.poll(() => softphonePresence.inputValue()).toBe("available");
    await expect.poll(status).toBe("Available");
    await expect
      .poll(() => softphone.getByRole("status", { name: "Connection" }).textContent())
      .toBe("Connected");
  });

  it("click-to-dial places the call, and the activity log shows outboundCallInitiated", async () => {
    await page.getByRole("button", { name: "Call Alan Turing" }).click();
    await expect.poll(() => conversationWith(harness.sandbox, "+15555550123")?.direction).toBe("outbound");
    await expect
      .poll(() => activityLog(page))
      .toEqual([
        expect.stringMatching(/Outbound call to Alan Turing \(\+15555550123\)\s+Outbound call initiated/),
      ]);
    await expect
      .poll(() =>
        softphone
          .getByRole("list", { name: "Lines" })
          .getByRole("listitem")
          .first()
          .getAttribute("aria-label"),
      )
      .toMatch(/^\+15555550123, Connected/);

    await endAndWrapUp("+15555550123", "Information given", "Sent the itinerary");
    await expect
      .poll(() => activityLog(page))
      .toEqual([
        expect.stringMatching(
          /Outbound call to Alan Turing \(\+15555550123\)\s+Ended · Duration \d+ s · Disposition: Information given · Notes: Sent the itinerary/,
        ),
      ]);
  });

  it("pops an unknown caller in the screen pop, and logs the rejected call", async () => {
    harness.sandbox.control.simulateInboundCall({ to: tollFree, from: "+15555550177" });
    await expect.poll(() => screenPop(page)).toMatch(/Incoming call\s+Unknown caller \+15555550177/);
    await softphone
      .getByRole("list", { name: "Incoming calls" })
      .getByRole("listitem")
      .filter({ hasText: "+15555550177" })
      .getByRole("button", { name: "Reject" })
      .click();
    await expect
      .poll(() => screenPop(page))
      .toMatch(/Screen pop\s+Missed call\s+Unknown caller \+15555550177/);
    await expect
      .poll(async () => (await activityLog(page))[0])
      .toMatch(/Inbound call from Unknown caller \+15555550177\s+Rejected by the agent/);
  });

  it("pops a known caller, then logs duration, disposition and notes after the wrap-up", async () => {
    const call = harness.sandbox.control.simulateInboundCall({ to: tollFree, from: "+15555550100" });
    await expect.poll(() => screenPop(page)).toMatch(/Incoming call\s+Ada Lovelace\s+Phone\s+\+15555550100/);
    expect(await screenPop(page)).toContain("Analytical Engines Ltd");

    await softphone
      .getByRole("list", { name: "Incoming calls" })
      .getByRole("listitem")
      .filter({ hasText: "+15555550100" })
      .getByRole("button", { name: "Accept" })
      .click();
    await expect.poll(() => screenPop(page)).toMatch(/Screen pop\s+Connected\s+Ada Lovelace/);
    // The CRM hears callAccepted when the agent answers; the call's duration runs from when its audio is set up
    // (the microphone may take a moment on a loaded machine), so wait for the peer connection before talking.
    const line = softphone.getByRole("list", { name: "Lines" }).getByRole("listitem").first();
    await expect.poll(() => line.textContent()).toMatch(/connection [0-9a-f]{8}/);
    const connection = /connection ([0-9a-f]{8})/.exec((await line.textContent()) ?? "")?.[1];
    await expect
      .poll(async () => (await softphoneEvents(softphone)).includes(`connection ${connection}: connected`), {
        timeout: 10_000,
      })
      .toBe(true);
    // Talk for a couple of seconds, so the duration is not zero.
    await new Promise((resolve) => setTimeout(resolve, 2200));

    // The wrap-up offers the CRM's disposition codes.
    const wrapUpParty = "Customer (+15555550100)";
    await softphone.getByRole("list", { name: "Lines" }).getByRole("button", { name: "End" }).click();
    await expect.poll(() => harness.sandbox.core.engine.get(call.id)?.endTime).toBeTruthy();
    const options = await softphone
      .getByRole("form", { name: `Wrap-up for ${wrapUpParty}` })
      .getByLabel("Disposition")
      .locator("option")
      .allTextContents();
    expect(options).toEqual(
      expect.arrayContaining(["Booking changed", "Refund issued", "Information given", "Escalated"]),
    );
    const wrapUp = softphone.getByRole("form", { name: `Wrap-up for ${wrapUpParty}` });
    await wrapUp.getByLabel("Disposition").selectOption("Refund issued");
    await wrapUp.getByLabel("Notes").fill("Refunded the change fee");
    await wrapUp.getByRole("button", { name: "Save" }).click();

    await expect
      .poll(async () => (await activityLog(page))[0])
      .toMatch(
        /Inbound call from Ada Lovelace \(\+15555550100\)\s+Ended · Duration \d+ s · Disposition: Refund issued · Notes: Refunded the change fee/,
      );
    const entry = (await activityLog(page))[0] ?? "";
    const seconds = Number(/Duration (\d+) s/.exec(entry)?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(2);
    expect(seconds).toBeLessThan(30);
    expect(await activityLog(page)).toHaveLength(3);
  });
});
