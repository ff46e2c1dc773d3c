/**
 * What the CRM link refuses: messages forged by a frame from a third origin inside the CRM page (hello, contract
 * calls, a welcome with its own port, callbacks), and a wrapper from an origin that is not on the softphone's
 * allow-list.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  activityLog,
  type CrmHarness,
  chromiumMissing,
  conversationWith,
  forgedNumber,
  screenPop,
  signIn,
  sleep,
  softphoneEvents,
  startHarness,
} from "./harness";

describe.skipIf(chromiumMissing !== undefined)("crm-host: foreign origins", () => {
  let harness: CrmHarness;

  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness?.close());

  it("ignores every message a third-origin frame forges, and the real link still works", async () => {
    const { page, softphone } = await harness.openCrm();
    const status = page.getByRole("status", { name: "Softphone status" });
    await expect.poll(() => status.textContent()).toBe("Available");
    const logBefore = await activityLog(page);
    const popBefore = await screenPop(page);

    await page.evaluate((src) => {
      const frame = document.createElement("iframe");
      frame.src = src;
      frame.title = "Third party widget";
      document.body.append(frame);
    }, `${harness.thirdOrigin.origin}/forge.html`);
    await page.frameLocator('iframe[title="Third party widget"]').getByText("forged messages sent").waitFor();
    await sleep(1500);

    expect(conversationWith(harness.sandbox, forgedNumber)).toBeUndefined();
    expect(harness.sandbox.core.engine.all()).toHaveLength(0);
    expect(await activityLog(page)).toEqual(logBefore);
    expect(await screenPop(page)).toBe(popBefore);
    expect(await status.textContent()).toBe("Available");
    const presence = softphone.getByLabel("Presence");
    expect(
      await presence.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent),
    ).toBe("Available");
    expect(await softphone.getByRole("list", { name: "Lines" }).getByRole("listitem").count()).toBe(0);

    // The genuine link was not hijacked by the forged welcome.
    await page.getByRole("button", { name: "Call Grace Hopper" }).click();
    await expect.poll(() => conversationWith(harness.sandbox, "+15555550142")?.direction).toBe("outbound");
    await expect.poll(async () => (await activityLog(page))[0]).toMatch(/Outbound call to Grace Hopper/);
    await softphone.getByRole("list", { name: "Lines" }).getByRole("button", { name: "End" }).click();
    await page.close();
  });

  it("refuses a wrapper whose origin is not on the allow-list, without fetching it", async () => {
    const page = await harness.context.newPage();
    const wrapperUrl = `${harness.thirdOrigin.origin}/crm-wrapper.js`;
    await page.goto(`${harness.softphoneUrl}?crmWrapper=${encodeURIComponent(wrapperUrl)}`);
    await signIn(page);
    await expect
      .poll(async () =>
        (await softphoneEvents(page)).find((entry) => entry.startsWith("CRM wrapper refused")),
      )
      .toContain(harness.thirdOrigin.origin);
    expect(harness.thirdOrigin.requests).not.toContain("/crm-wrapper.js");
    await sleep(500);
    expect(conversationWith(harness.sandbox, "+15555550166")).toBeUndefined();
    await page.close();
  });
});
