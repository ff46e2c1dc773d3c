/**
 * Several calls at once: line appearance 1 (one peer connection, the other calls held, synthesised session
 * events), line appearance 100 (a peer connection per call), and a persistent connection reused by the next
 * call (no second `initiate`: no new ICE or DTLS).
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  audioBothWays,
  audioOver,
  chromiumMissing,
  type Harness,
  incoming,
  line,
  lines,
  logged,
  startHarness,
  until,
} from "./harness";

const tollFree = "+18883973342";

describe.skipIf(chromiumMissing !== undefined)("softphone-web: lines", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness?.close());

  const ring = (from: string) => harness.sandbox.control.simulateInboundCall({ to: tollFree, from }).id;
  const answer = async (page: Page, from: string) => {
    await incoming(page, from).getByRole("button", { name: "Accept" }).click();
    await until(async () => (await incoming(page, from).count()) === 0, `the card of ${from} to go`);
  };
  const connectionOf = async (page: Page, from: string) =>
    (await line(page, from).locator(".connection-id").textContent())?.replace("connection ", "");
  const active = (page: Page) => page.getByRole("list", { name: "Lines" }).locator('[aria-current="true"]');

  it("line appearance 1: the second call holds the first on the same connection", async () => {
    const page = await harness.signIn("laAgent");
    await expect.poll(() => page.locator(".station").textContent()).toContain("Line appearance 1");

    const first = ring("+15555550300");
    await answer(page, "+15555550300");
    await audioBothWays(harness.sandbox, first, "the first call's audio");

    const second = ring("+15555550301");
    // No propose on the wire: the SDK builds the pending session from the conversation's events.
    await until(
      () => logged(page, "pendingSession inbound +15555550301 (synthesised)"),
      "a synthesised pendingSession",
    );
    await answer(page, "+15555550301");
    await until(() => logged(page, "sessionStarted"), "sessionStarted");
    expect((await page.getByText(/sessionStarted on connection \w+ \(synthesised\)/).count()) > 0).toBe(true);

    // conversationUpdate drives the list: two lines, the second active, the first on hold.
    await expect.poll(() => lines(page).count()).toBe(2);
    await expect
      .poll(() => line(page, "+15555550300").getAttribute("aria-label"))
      .toBe("Customer (+15555550300), On hold");
    await expect
      .poll(() => line(page, "+15555550301").getAttribute("aria-label"))
      .toBe("Customer (+15555550301), Connected, active");
    expect(await active(page).count()).toBe(1);
    await until(
      () => logged(page, `conversationUpdate: 2 current, active ${second.slice(0, 8)}`),
      "a conversationUpdate with both calls, the second active",
    );
    expect(harness.sandbox.core.engine.customerParticipant(first)?.held).toBe(true);
    expect(await connectionOf(page, "+15555550301")).toBe(await connectionOf(page, "+15555550300"));
    expect(harness.sandbox.control.mediaStats(second).sessionId).toBe(
      harness.sandbox.control.mediaStats(first).sessionId,
    );

    // Only the active call's audio: the held one's counters stop, the other's flow both ways.
    await audioBothWays(harness.sandbox, second, "the second call's audio");
    const held = await audioOver(harness.sandbox, first);
    expect(held.toAgent).toBeLessThanOrEqual(1);
    expect(held.fromAgent).toBeLessThanOrEqual(1);

    // Resume the first: it is talking again and the second is held.
    await line(page, "+15555550300").getByRole("button", { name: "Resume" }).click();
    await expect
      .poll(() => line(page, "+15555550300").getAttribute("aria-label"))
      .toBe("Customer (+15555550300), Connected, active");
    await expect
      .poll(() => line(page, "+15555550301").getAttribute("aria-label"))
      .toBe("Customer (+15555550301), On hold");
    await audioBothWays(harness.sandbox, first, "the first call's audio after resuming");
    expect((await audioOver(harness.sandbox, second)).toAgent).toBeLessThanOrEqual(1);

    await line(page, "+15555550300").getByRole("button", { name: "End" }).click();
    await line(page, "+15555550301").getByRole("button", { name: "End" }).click();
    await expect.poll(() => lines(page).count()).toBe(0);
    expect(await page.getByRole("alert").textContent()).toBe("");
    await page.close();
  });

  it("line appearance 100: two calls, two peer connections", async () => {
    const page = await harness.signIn("testAgent");
    const first = ring("+15555550400");
    await answer(page, "+15555550400");
    const second = ring("+15555550401");
    await answer(page, "+15555550401");

    await expect.poll(() => lines(page).count()).toBe(2);
    const [one, two] = [await connectionOf(page, "+15555550400"), await connectionOf(page, "+15555550401")];
    expect(one).toMatch(/^\w{8}$/);
    expect(two).toMatch(/^\w{8}$/);
    expect(one).not.toBe(two);
    expect(harness.sandbox.control.mediaStats(first).sessionId).not.toBe(
      harness.sandbox.control.mediaStats(second).sessionId,
    );
    // Each connection carries its own call's audio; holding one stops only that one.
    await audioBothWays(harness.sandbox, first, "the first call's audio");
    await audioBothWays(harness.sandbox, second, "the second call's audio");
    await line(page, "+15555550400").getByRole("button", { name: "Hold" }).click();
    await expect
      .poll(() => line(page, "+15555550400").getAttribute("aria-label"))
      .toBe("Customer (+15555550400), On hold");
    await until(
      async () => (await audioOver(harness.sandbox, first, 500)).toAgent <= 1,
      "the held call to go quiet",
    );
    await audioBothWays(harness.sandbox, second, "the other call's audio while the first is held");

    await line(page, "+15555550400").getByRole("button", { name: "End" }).click();
    await line(page, "+15555550401").getByRole("button", { name: "End" }).click();
    await expect.poll(() => lines(page).count()).toBe(0);
    await page.close();
  });

  it("persistent connection: the next call reuses the connection, with no new offer", async () => {
    const agent = harness.sandbox.core.agents.byUserName("testAgent");
    harness.sandbox.control.setStation(agent?.id ?? "", { webRtcPersistentEnabled: true });
    let offers = 0;
    const page = await harness.signIn("testAgent", {
      prepare: async (tab) => {
        tab.on("websocket", (socket) =>
          socket.on("framereceived", ({ payload }) => {
            if (String(payload).includes('"type":"initiate"')) offers += 1;
          }),
        );
      },
    });
    await expect.poll(() => page.locator(".station").textContent()).toContain("persistent connection");

    const first = ring("+15555550500");
    await answer(page, "+15555550500");
    await audioBothWays(harness.sandbox, first, "the first call's audio");
    const connection = await connectionOf(page, "+15555550500");
    await line(page, "+15555550500").getByRole("button", { name: "End" }).click();
    await expect.poll(() => lines(page).count()).toBe(0);

    const second = ring("+15555550501");
    await answer(page, "+15555550501");
    await expect
      .poll(() => line(page, "+15555550501").getAttribute("aria-label"))
      .toBe("Customer (+15555550501), Connected, active");
    expect(await connectionOf(page, "+15555550501")).toBe(connection);
    expect(harness.sandbox.control.mediaStats(second).sessionId).toBe(
      harness.sandbox.control.mediaStats(first).sessionId,
    );
    await audioBothWays(harness.sandbox, second, "the second call's audio");
    expect(offers).toBe(1);

    await line(page, "+15555550501").getByRole("button", { name: "End" }).click();
    await expect.poll(() => lines(page).count()).toBe(0);
    expect(await page.getByRole("alert").textContent()).toBe("");
    await page.close();
  });
});
