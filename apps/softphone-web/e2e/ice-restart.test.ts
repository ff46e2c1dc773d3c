/**
 * ICE restart end to end: the sandbox breaks the network path under a call's peer connection (it drops every
 * packet to and from the browser's ICE address), Chromium notices (`disconnected`), the SDK asks the platform
 * for an ICE restart, the platform re-offers with new ICE credentials, and the same call hears again.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  audioBothWays,
  audioOver,
  chromiumMissing,
  type Harness,
  incoming,
  line,
  lines,
  sleep,
  startHarness,
  until,
} from "./harness";

const tollFree = "+18883973342";
const ufrag = (sdp: string | undefined) => /a=ice-ufrag:(\S+)/.exec(sdp ?? "")?.[1];

declare global {
  interface Window {
    /** Test instrumentation (added by this file, not by the app): the page's peer connections and their states. */
    icePeers: RTCPeerConnection[];
    iceStates: string[];
  }
}

describe.skipIf(chromiumMissing !== undefined)("softphone-web: ICE restart", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness?.close());

  it("a broken media path: audio stops, the SDK asks for an ICE restart, the same call hears again", async () => {
    const sent: string[] = [];
    const received: string[] = [];
    const page = await harness.signIn("testAgent", {
      prepare: async (tab) => {
        await tab.addInitScript(() => {
          window.icePeers = [];
          window.iceStates = [];
          const Native = window.RTCPeerConnection;
          window.RTCPeerConnection = class extends Native {
            constructor(configuration?: RTCConfiguration) {
              super(configuration);
              window.icePeers.push(this);
              this.addEventListener("connectionstatechange", () =>
                window.iceStates.push(this.connectionState),
              );
            }
          };
        });
        tab.on("websocket", (socket) => {
          socket.on("framesent", ({ payload }) =>
            sent.push(/"type":"(\w+)"/.exec(String(payload))?.[1] ?? ""),
          );
          socket.on("framereceived", ({ payload }) => {
            const text = String(payload);
            const type = /"type":"(\w+)"/.exec(text)?.[1] ?? "";
            received.push(type === "initiate" && /"reinvite":true/.test(text) ? "initiate(reinvite)" : type);
          });
        });
      },
    });
    const from = "+15555550900";
    const id = harness.sandbox.control.simulateInboundCall({ to: tollFree, from }).id;
    await incoming(page, from).getByRole("button", { name: "Accept" }).click();
    await audioBothWays(harness.sandbox, id, "audio both ways after accepting");
    const firstUfrag = await page.evaluate(() => window.icePeers[0]?.remoteDescription?.sdp);
    // What the browser received (its own getStats) and what the sandbox heard from it, over one second. The
    // sandbox's toAgent counts packets it sends, which a dead path loses: the browser's count is the proof.
    const browserReceived = () =>
      page.evaluate(async () => {
        let packets = 0;
        (await window.icePeers[0]?.getStats())?.forEach((report) => {
          if (report.type === "inbound-rtp") packets += report.packetsReceived ?? 0;
        });
        return packets;
      });
    const measure = async () => {
      const before = await browserReceived();
      const sandbox = await audioOver(harness.sandbox, id, 1000);
      return { browserReceived: (await browserReceived()) - before, sandboxHeard: sandbox.fromAgent };
    };
    const flowing = await measure();

    harness.sandbox.control.breakCallMedia(id);
    await sleep(300); // packets already on their way
    const broken = await measure();
    expect(broken, "no audio either way once the path is broken").toEqual({
      browserReceived: 0,
      sandboxHeard: 0,
    });

    await until(
      async () => (await page.evaluate(() => window.iceStates)).includes("disconnected"),
      "Chromium to notice (connectionState disconnected)",
      15_000,
    );
    await until(() => sent.includes("iceRestart"), "the SDK to ask for an ICE restart", 10_000);
    await until(() => received.includes("initiate(reinvite)"), "the platform's re-offer", 10_000);
    await until(() => sent.filter((type) => type === "accept").length === 2, "the answer to the re-offer");
    await audioBothWays(harness.sandbox, id, "audio both ways after the ICE restart");
    const restored = await measure();
    expect(restored.browserReceived, "the browser hears the caller again").toBeGreaterThan(25);
    expect(restored.sandboxHeard, "the caller hears the agent again").toBeGreaterThan(25);

    const peers = await page.evaluate(() => ({
      count: window.icePeers.length,
      states: window.iceStates,
      sdp: window.icePeers[0]?.remoteDescription?.sdp,
    }));
    console.info(
      `ICE restart: packets per second before ${JSON.stringify(flowing)}, while broken ${JSON.stringify(broken)}, after ${JSON.stringify(restored)}; connection states ${peers.states.join(" -> ")}`,
    );
    // The same peer connection, the same call, new ICE credentials.
    expect(peers.count).toBe(1);
    expect(ufrag(peers.sdp)).not.toBe(ufrag(firstUfrag));
    expect(peers.states.at(-1)).toBe("connected");
    expect(harness.sandbox.core.engine.get(id)?.endTime).toBeUndefined();
    expect(received).not.toContain("terminate");
    expect(await line(page, from).getAttribute("aria-label")).toBe(`Customer (${from}), Connected, active`);
    expect(await page.getByRole("alert").textContent()).toBe("");

    await line(page, from).getByRole("button", { name: "End" }).click();
    await expect.poll(() => lines(page).count()).toBe(0);
    await page.close();
  });
});
