import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MediaStats } from "../src/media/media-service";
import { type Sandbox, startSandbox } from "../src/start-sandbox";
import { type Browser, chromiumMissing, launchChromium } from "./chromium";

interface BrowserSession {
  sessionId: string;
  connectionState: string;
  inboundPackets: number;
  audioLevel: number;
  outboundPackets: number;
  codec: string;
}

declare global {
  interface Window {
    phone: {
      start(url: string, token: string): Promise<void>;
      stats(): Promise<BrowserSession[]>;
      setMicrophoneEnabled(enabled: boolean): void;
      errors: string[];
      socket: WebSocket;
    };
  }
}

if (chromiumMissing) console.warn(`Skipping the browser tests. ${chromiumMissing}`);

let sandbox: Sandbox;
let browser: Browser;

async function signIn(userName: string): Promise<Page> {
  const agent = sandbox.core.agents.byUserName(userName)!;
  const token = await sandbox.core.tokens.sign({
    sub: agent.id,
    userName,
    partnerId: sandbox.core.options.partner.partnerId,
  });
  const page = await browser.softphone();
  await page.evaluate(([url, jwt]) => window.phone.start(url, jwt), [sandbox.urls.signaling, token] as const);
  return page;
}

function media(conversationId: string): MediaStats {
  return sandbox.core.media!.stats(conversationId)!;
}

async function browserStats(page: Page): Promise<BrowserSession[]> {
  return page.evaluate(() => window.phone.stats());
}

async function until<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  what: string,
  timeoutMs = 8000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(chromiumMissing !== undefined)("Chromium joins a simulated call as the agent", () => {
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
  });

  it("carries audio both ways; holding the call stops it, muting silences the agent", async () => {
    const page = await signIn("testAgent");
    const conversationId = sandbox.core.engine.routeInbound({ to: "+18883973342", from: "+15555550100" }).id;

    // The sandbox hears the fake microphone and the browser hears the sandbox's tone.
    await until(() => {
      const stats = media(conversationId);
      return stats.toAgent.packets > 50 && stats.fromAgent.packets > 50 && stats.fromAgent.audiblePackets > 5;
    }, "audio both ways at the sandbox");
    const [session] = await until(async () => {
      const sessions = await browserStats(page);
      return sessions[0] && sessions[0].inboundPackets > 50 && sessions[0].audioLevel > 0.05
        ? sessions
        : undefined;
    }, "the tone in the browser");
    expect(session?.codec).toBe("audio/PCMU");
    expect(session?.connectionState).toBe("connected");
    const flowing = media(conversationId);
    expect(flowing.active).toBe(true);
    expect(flowing.fromAgent.audioLevel).toBeGreaterThan(0.01);

    // Hold: no tone reaches the browser, nothing from the agent reaches the customer.
    const customer = sandbox.core.engine.customerParticipant(conversationId)!;
    sandbox.core.engine.update(conversationId, customer.id, { held: true });
    await sleep(400);
    const heldAt = media(conversationId);
    const [heldBrowser] = await browserStats(page);
    await sleep(1000);
    const heldLater = media(conversationId);
    const [heldBrowserLater] = await browserStats(page);
    expect(heldLater.toAgent.packets - heldAt.toAgent.packets).toBeLessThanOrEqual(1);
    expect(heldLater.fromAgent.packets - heldAt.fromAgent.packets).toBeLessThanOrEqual(1);
    expect(heldLater.fromAgent.audioLevel).toBe(0);
    expect((heldBrowserLater?.inboundPackets ?? 0) - (heldBrowser?.inboundPackets ?? 0)).toBeLessThanOrEqual(
      2,
    );
    expect(heldBrowserLater?.audioLevel ?? 1).toBeLessThan(0.01);

    // Resume: the tone is back in the browser.
    sandbox.core.engine.update(conversationId, customer.id, { held: false });
    await until(
      async () => ((await browserStats(page))[0]?.audioLevel ?? 0) > 0.05,
      "the tone after resuming",
    );
    await until(
      () => media(conversationId).fromAgent.packets > heldLater.fromAgent.packets + 25,
      "the agent heard again",
    );

    // The softphone mutes its microphone (track.enabled = false sends silence): packets go on, audio stops.
    await page.evaluate(() => window.phone.setMicrophoneEnabled(false));
    await sleep(1200);
    const mutedAt = media(conversationId);
    await sleep(1000);
    const mutedLater = media(conversationId);
    expect(mutedLater.fromAgent.packets - mutedAt.fromAgent.packets).toBeGreaterThan(25);
    expect(mutedLater.fromAgent.audiblePackets - mutedAt.fromAgent.audiblePackets).toBeLessThanOrEqual(1);
    expect(mutedLater.fromAgent.audioLevel).toBeLessThan(0.01);

    sandbox.core.engine.end(conversationId);
    await until(async () => (await browserStats(page)).length === 0, "the browser to drop the session");
    expect(await page.evaluate(() => window.phone.errors)).toEqual([]);
    await page.close();
    await until(
      () => sandbox.core.agents.byUserName("testAgent")!.connections === 0,
      "the agent to go offline",
    );
  }, 45_000);

  it("line appearance 1: a second call rides on the same peer connection and holds the first", async () => {
    const page = await signIn("laAgent");
    const first = sandbox.core.engine.routeInbound({ to: "+18883973342", from: "+15555550101" }).id;
    await until(
      () => media(first).fromAgent.packets > 25 && media(first).toAgent.packets > 25,
      "the first call's audio",
    );

    const second = sandbox.core.engine.routeInbound({ to: "+18883973342", from: "+15555550102" }).id;
    await until(() => sandbox.core.engine.customerParticipant(first)?.held, "the first call on hold");
    await until(
      () => media(second).toAgent.packets > 25 && media(second).fromAgent.packets > 25,
      "the second call's audio",
    );
    const firstHeld = media(first);
    const [single] = await browserStats(page);
    await sleep(800);
    expect(await browserStats(page)).toHaveLength(1);
    expect(media(first).toAgent.packets - firstHeld.toAgent.packets).toBeLessThanOrEqual(1);
    expect(media(first).fromAgent.packets - firstHeld.fromAgent.packets).toBeLessThanOrEqual(1);
    const [after] = await browserStats(page);
    // One stream keeps playing: the second call's tone on the same peer connection.
    expect(after?.sessionId).toBe(single?.sessionId);
    expect((after?.inboundPackets ?? 0) - (single?.inboundPackets ?? 0)).toBeGreaterThan(25);
    expect(after?.audioLevel).toBeGreaterThan(0.05);
    expect(media(second).sessionId).toBe(media(first).sessionId);
    expect(await page.evaluate(() => window.phone.errors)).toEqual([]);
    await page.close();
  }, 30_000);
});
