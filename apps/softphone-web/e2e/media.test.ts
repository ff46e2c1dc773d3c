/** Media and resilience: switching the microphone mid-call, and a signaling drop mid-call. */
import type { Page, WebSocketRoute } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  audioBothWays,
  callQuality,
  chromiumMissing,
  connection,
  type Harness,
  incoming,
  line,
  lines,
  logged,
  sleep,
  startHarness,
  until,
} from "./harness";

const tollFree = "+18883973342";

declare global {
  interface Window {
    /** Test instrumentation (added by this file, not by the app): every peer connection the page made. */
    peerConnections: RTCPeerConnection[];
  }
}

describe.skipIf(chromiumMissing !== undefined)("softphone-web: media and resilience", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness?.close());

  async function answerCall(page: Page, from: string): Promise<string> {
    const id = harness.sandbox.control.simulateInboundCall({ to: tollFree, from }).id;
    await incoming(page, from).getByRole("button", { name: "Accept" }).click();
    await audioBothWays(harness.sandbox, id, "audio both ways after accepting");
    return id;
  }

  it("a microphone switch mid-call keeps audio both ways, without renegotiating", async () => {
    let frames = 0;
    const page = await harness.signIn("testAgent", {
      prepare: async (tab) => {
        await tab.addInitScript(() => {
          window.peerConnections = [];
          const Native = window.RTCPeerConnection;
          window.RTCPeerConnection = class extends Native {
            constructor(configuration?: RTCConfiguration) {
              super(configuration);
              window.peerConnections.push(this);
            }
          };
        });
        tab.on("websocket", (socket) =>
          socket.on("framesent", ({ payload }) => {
            if (/"type":"accept"/.test(String(payload))) frames += 1;
          }),
        );
      },
    });
    const sentTrack = () =>
      page.evaluate(() => {
        const track = window.peerConnections[0]?.getSenders()[0]?.track;
        return track ? `${track.label} ${track.readyState}` : "none";
      });
    const id = await answerCall(page, "+15555550600");
    const microphone = page.getByLabel("Microphone");
    const options = await microphone.locator("option").allTextContents();
    // Chromium's fake devices: "Fake Audio Input 1" and "Fake Audio Input 2" besides the default.
    expect(options).toContain("Fake Audio Input 2");
    const before = await sentTrack();

    await microphone.selectOption({ label: "Fake Audio Input 2" });
    await until(
      async () => (await sentTrack()) === "Fake Audio Input 2 live",
      "the new microphone on the call",
    );
    expect(before).not.toBe("Fake Audio Input 2 live");
    await audioBothWays(harness.sandbox, id, "audio both ways after the switch");
    const sent = (await callQuality(page))["Packets sent"] ?? 0;
    await until(
      async () => ((await callQuality(page))["Packets sent"] ?? 0) > sent + 25,
      "the browser to keep sending",
    );
    // One peer connection, one answer: replaceTrack, no new offer or answer.
    expect(await page.evaluate(() => window.peerConnections.length)).toBe(1);
    expect(frames).toBe(1);

    // And back to the first device.
    await microphone.selectOption({ label: "Fake Audio Input 1" });
    await until(async () => (await sentTrack()) === "Fake Audio Input 1 live", "the first microphone again");
    await audioBothWays(harness.sandbox, id, "audio both ways after switching back");
    expect(await page.getByRole("alert").textContent()).toBe("");

    await line(page, "+15555550600").getByRole("button", { name: "End" }).click();
    await expect.poll(() => lines(page).count()).toBe(0);
    await page.close();
  });

  /** Signs in with the signaling socket under the test's control: `drop(ms)` cuts it and refuses reconnects for `ms`. */
  async function signInWithCuttableSignaling() {
    let link: { page: WebSocketRoute; server: WebSocketRoute } | undefined;
    let downUntil = 0;
    const page = await harness.signIn("testAgent", {
      prepare: (tab) =>
        tab.routeWebSocket(/\/signaling$/, (socket) => {
          if (Date.now() < downUntil) return void socket.close({ code: 1011, reason: "network down (test)" });
          link = { page: socket, server: socket.connectToServer() };
        }),
    });
    const drop = async (ms: number) => {
      downUntil = Date.now() + ms;
      // Both ends see the connection go, as when the network drops.
      await link?.server.close({ code: 1001, reason: "dropped (test)" });
      await link?.page.close({ code: 4000, reason: "dropped (test)" });
    };
    return { page, drop };
  }

  it("after a signaling drop the app shows it, reconnects and re-syncs; the next call works", async () => {
    const { page, drop } = await signInWithCuttableSignaling();
    await drop(2000);
    await until(async () => (await connection(page)) === "Reconnecting…", "Reconnecting… in the header");
    await until(async () => (await connection(page)) === "Connected", "Connected again", 15_000);
    expect(await logged(page, "connected (reconnected, state re-synced)")).toBe(true);
    const id = await answerCall(page, "+15555550700");
    await line(page, "+15555550700").getByRole("button", { name: "End" }).click();
    await expect.poll(() => lines(page).count()).toBe(0);
    expect(harness.sandbox.core.engine.get(id)?.endTime).toBeDefined();
    await page.close();
  });

  // The sandbox parks a dropped connection's active sessions for `signaling.reconnectGraceMs` (15 s); the SDK
  // reconnects with the same clientId within it and takes them back.
  it("a call survives a signaling drop of a few seconds", async () => {
    const { page, drop } = await signInWithCuttableSignaling();
    const id = await answerCall(page, "+15555550800");
    await drop(3000);
    await until(async () => (await connection(page)) === "Reconnecting…", "Reconnecting… in the header");
    await sleep(500);
    expect(
      harness.sandbox.core.engine.get(id)?.endTime,
      "the sandbox ended the call with the socket",
    ).toBeUndefined();
    // Media does not go through signaling: it keeps flowing while the socket is down...
    await audioBothWays(harness.sandbox, id, "audio both ways while signaling is down");
    await until(async () => (await connection(page)) === "Connected", "Connected again", 15_000);
    await sleep(500);
    // ...and after the re-sync the call is still there, talking.
    expect(await line(page, "+15555550800").getAttribute("aria-label")).toBe(
      "Customer (+15555550800), Connected, active",
    );
    await audioBothWays(harness.sandbox, id, "audio both ways after reconnecting");
    await line(page, "+15555550800").getByRole("button", { name: "End" }).click();
    await expect.poll(() => lines(page).count()).toBe(0);
    await page.close();
  });
});
