/**
 * Outbound calls from the dialpad: the softphone accepts the call's session by itself, whichever arrives
 * first, the REST answer of `startSoftphoneSession` or the pending session. The natural order is whatever the
 * sandbox does; the two others are forced by holding back the REST answer or the signaling frames.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  chromiumMissing,
  conversationWith,
  events,
  type Harness,
  line,
  lines,
  logged,
  startHarness,
  until,
} from "./harness";

const answered = "startSoftphoneSession answered";
const proposed = "pendingSession outbound";

describe.skipIf(chromiumMissing !== undefined)("softphone-web: outbound calls from the dialpad", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness?.close());

  /** Dials, waits for the call to be talking both ways, hangs up; returns the order of the two events. */
  async function callAndHangUp(page: Page, number: string): Promise<string[]> {
    await page.getByLabel("Number").fill(number);
    await page.getByRole("button", { name: "Call" }).click();
    await expect
      .poll(() => line(page, number).getAttribute("aria-label"))
      .toBe(`${number}, Connected, active`);

    const call = conversationWith(harness.sandbox, number);
    expect(call?.direction).toBe("outbound");
    const id = call?.id ?? "";
    await expect
      .poll(() => harness.sandbox.control.mediaStats(id), { timeout: 10_000 })
      .toMatchObject({
        toAgent: { packets: expect.toSatisfy((n: number) => n > 50) },
        fromAgent: { audiblePackets: expect.toSatisfy((n: number) => n > 10) },
      });
    await until(() => logged(page, "outbound session ready"), "the promise of the call's session");
    const log = await events(page);
    expect(await page.getByRole("alert").textContent()).toBe("");

    await line(page, number).getByRole("button", { name: "End" }).click();
    await expect.poll(() => lines(page).count()).toBe(0);
    return log.filter((entry) => entry.startsWith(answered) || entry.startsWith(proposed));
  }

  it("places a call in the natural order", async () => {
    const page = await harness.signIn("testAgent");
    const order = await callAndHangUp(page, "+15555550200");
    // Both happened, exactly once (the order is the sandbox's business).
    expect(order).toHaveLength(2);
    await page.close();
  });

  it("places a call when the REST answer comes after the pending session", async () => {
    const page = await harness.signIn("testAgent");
    await page.route("**/api/v2/conversations/calls", async (route) => {
      const response = await route.fetch();
      // Hold the answer until the call's session started in the page.
      await until(() => logged(page, "sessionStarted"), "the session to start before the REST answer");
      await route.fulfill({ response });
    });
    const order = await callAndHangUp(page, "+15555550201");
    expect(order[0]).toMatch(/^pendingSession outbound/);
    expect(order[1]).toMatch(/^startSoftphoneSession answered/);
    await page.close();
  });

  it("places a call when the pending session comes after the REST answer", async () => {
    let release: (() => void) | undefined;
    const page = await harness.signIn("testAgent", {
      prepare: (tab) =>
        tab.routeWebSocket(/\/signaling$/, (socket) => {
          const server = socket.connectToServer();
          socket.onMessage((message) => server.send(message));
          // From the propose on, the page gets nothing until the REST answer is in.
          let held: Array<string | Buffer> | undefined;
          server.onMessage((message) => {
            if (held) return void held.push(message);
            if (String(message).includes('"type":"propose"')) {
              held = [message];
              release = () => {
                for (const frame of held ?? []) socket.send(frame);
                held = undefined;
              };
              return;
            }
            socket.send(message);
          });
        }),
    });
    const placing = callAndHangUp(page, "+15555550202");
    await until(() => logged(page, answered), "the REST answer before the pending session");
    expect(release).toBeDefined();
    release?.();
    const order = await placing;
    expect(order[0]).toMatch(/^startSoftphoneSession answered/);
    expect(order[1]).toMatch(/^pendingSession outbound/);
    await page.close();
  });
});
