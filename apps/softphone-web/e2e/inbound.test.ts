/** Inbound calls: the agent accepts one (audio both ways) and rejects another. */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callQuality,
  chromiumMissing,
  connection,
  type Harness,
  incoming,
  lines,
  startHarness,
} from "./harness";

describe.skipIf(chromiumMissing !== undefined)("softphone-web: inbound calls", () => {
  let harness: Harness;
  let page: Page;
  const number = "+18883973342";

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.signIn("testAgent");
  });
  afterAll(() => harness?.close());

  it("accepts a call: the caller is heard and the agent is heard", async () => {
    const { control } = harness.sandbox;
    const call = control.simulateInboundCall({ to: number, from: "+15555550100" });
    const card = incoming(page, "+15555550100");
    expect(await card.getAttribute("aria-label")).toBe("Incoming call from Customer (+15555550100)");
    await card.getByRole("button", { name: "Accept" }).click();

    await expect.poll(() => lines(page).count()).toBe(1);
    await expect
      .poll(() => lines(page).first().getAttribute("aria-label"))
      .toBe("Customer (+15555550100), Connected, active");
    expect(await card.count()).toBe(0);

    // The browser receives the sandbox's tone and sends the fake microphone...
    await expect
      .poll(() => callQuality(page), { timeout: 10_000 })
      .toMatchObject({ "Packets received": expect.toSatisfy((n: number) => n > 50) });
    const browser = await callQuality(page);
    expect(browser["Packets sent"]).toBeGreaterThan(50);
    expect(browser["Caller level"]).toBeGreaterThan(0.01);
    // ...and the sandbox hears it: packets both ways, and audible ones from the agent.
    await expect
      .poll(() => control.mediaStats(call.id), { timeout: 10_000 })
      .toMatchObject({
        toAgent: { packets: expect.toSatisfy((n: number) => n > 50) },
        fromAgent: { audiblePackets: expect.toSatisfy((n: number) => n > 10) },
      });
    const before = control.mediaStats(call.id);
    await expect
      .poll(() => control.mediaStats(call.id))
      .toMatchObject({
        toAgent: { packets: expect.toSatisfy((n: number) => n > before.toAgent.packets + 25) },
        fromAgent: { packets: expect.toSatisfy((n: number) => n > before.fromAgent.packets + 25) },
      });

    // The dialpad's keys send tones on the call.
    await page.getByRole("button", { name: "4", exact: true }).click();
    await page.getByRole("button", { name: "#", exact: true }).click();
    await expect.poll(() => control.mediaStats(call.id).digits).toBe("4#");

    await lines(page).first().getByRole("button", { name: "End" }).click();
    await expect.poll(() => lines(page).count()).toBe(0);
    await expect.poll(() => harness.sandbox.core.engine.get(call.id)?.endTime).toBeTruthy();
    // The ended call waits for its disposition.
    const wrapUp = page.getByRole("form", { name: "Wrap-up for Customer (+15555550100)" });
    await wrapUp.getByLabel("Disposition").selectOption("Resolved");
    await wrapUp.getByLabel("Notes").fill("Asked about the invoice");
    await wrapUp.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => page.getByRole("list", { name: "Recent calls" }).textContent())
      .toContain("Resolved · Asked about the invoice");
  });

  it("rejects a call: it stops ringing and the agent leaves it", async () => {
    const call = harness.sandbox.control.simulateInboundCall({ to: number, from: "+15555550101" });
    const card = incoming(page, "+15555550101");
    await card.getByRole("button", { name: "Reject" }).click();

    await expect.poll(() => card.count()).toBe(0);
    expect(await lines(page).count()).toBe(0);
    await expect.poll(() => harness.sandbox.core.engine.get(call.id)?.endTime).toBeTruthy();
    const agent = harness.sandbox.core.engine.get(call.id)?.participants.find((p) => p.purpose === "agent");
    expect(agent?.state).toBe("disconnected");
    expect(agent?.connectedTime).toBeUndefined();
    // A declined call gets no wrap-up form, and the page reported no error.
    expect(await page.getByRole("form", { name: /Wrap-up/ }).count()).toBe(0);
    expect(await page.getByRole("alert").textContent()).toBe("");
  });

  it("away takes the agent off the queue; available puts them back", async () => {
    const presence = page.getByLabel("Presence");
    await presence.selectOption("Away");
    await expect.poll(() => connection(page)).toBe("Offline");
    // The sandbox sees no softphone of the agent and has nobody to ring.
    await expect.poll(() => harness.sandbox.core.agents.byUserName("testAgent")?.connections).toBe(0);
    expect(() => harness.sandbox.control.simulateInboundCall({ to: number, from: "+15555550102" })).toThrow(
      /No agent is online/,
    );

    await presence.selectOption("Available");
    await expect.poll(() => connection(page)).toBe("Connected");
    const call = harness.sandbox.control.simulateInboundCall({ to: number, from: "+15555550103" });
    await incoming(page, "+15555550103").getByRole("button", { name: "Reject" }).click();
    await expect.poll(() => harness.sandbox.core.engine.get(call.id)?.endTime).toBeTruthy();
  });
});
