/**
 * What every browser test needs: a sandbox on a free loopback port, the built app served by `vite preview`
 * on 127.0.0.1 (its proxy points at that sandbox, so the page has one origin and needs no CORS), and the
 * machine's Chromium with fake microphone and camera. `CHROMIUM_PATH` points at another Chromium.
 */
import { join } from "node:path";
import { type Sandbox, type SandboxOptions, startSandbox } from "@ccaas/sandbox";
import { chromiumMissing, launchChromium } from "@ccaas/test-browser";
import type { Conversation } from "@ccaas/types";
import type { BrowserContext, Page } from "playwright-core";
import { type PreviewServer, preview } from "vite";
import { inject } from "vitest";

export { chromiumMissing };

if (chromiumMissing) console.warn(`Skipping the softphone-web browser tests. ${chromiumMissing}`);

export const password = "agent-password";

export interface Harness {
  sandbox: Sandbox;
  appUrl: string;
  context: BrowserContext;
  /** A new tab with the app, signed in as `userName`, connected. */
  signIn(
    userName: string,
    options?: {
      callControl?: "Platform API" | "Voice adapter";
      /** Runs on the new tab before it loads the app (routes, init scripts). */
      prepare?: (page: Page) => Promise<void>;
    },
  ): Promise<Page>;
  close(): Promise<void>;
}

/** Something the app talks to besides the sandbox (the sample voice adapter), started before the app. */
export interface Service {
  /** Environment for vite.config.ts (e.g. `VOICE_ADAPTER_URL`). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startHarness(
  options: { sandbox?: SandboxOptions; service?: (sandbox: Sandbox) => Promise<Service> } = {},
): Promise<Harness> {
  const sandbox = await startSandbox({ port: 0, ...options.sandbox });
  const service = await options.service?.(sandbox);
  // vite.config.ts reads these when the preview server loads it.
  Object.assign(process.env, { SANDBOX_URL: sandbox.urls.base, PORT: "0", ...service?.env });
  const server: PreviewServer = await preview({
    root: join(import.meta.dirname, ".."),
    build: { outDir: inject("appDir") },
    logLevel: "silent",
  });
  const appUrl = server.resolvedUrls?.local[0] ?? "";
  const browser = await launchChromium({ profilePrefix: "softphone-web-e2e-" });
  const { context } = browser;
  context.setDefaultTimeout(15_000);
  return {
    sandbox,
    appUrl,
    context,
    async signIn(userName, { callControl = "Platform API", prepare } = {}) {
      const page = await context.newPage();
      await prepare?.(page);
      await page.goto(appUrl);
      await page.getByLabel("User name").fill(userName);
      await page.getByLabel("Password").fill(password);
      await page.getByLabel("Call control").selectOption({ label: callControl });
      await page.getByRole("button", { name: "Sign in" }).click();
      await page
        .getByRole("status", { name: "Connection" })
        .filter({ hasText: /^Connected$/ })
        .waitFor({ timeout: 10_000 });
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      await service?.stop();
      await sandbox.stop();
    },
  };
}

/** What the header says about the softphone's connection ("Connected", "Reconnecting…", ...). */
export function connection(page: Page): Promise<string | null> {
  return page.getByRole("status", { name: "Connection" }).textContent();
}

/** The sandbox's conversation with `number` that has not ended. */
export function conversationWith(sandbox: Sandbox, number: string): Conversation | undefined {
  return sandbox.core.engine
    .all()
    .find((call) => call.endTime === undefined && (call.toAddress === number || call.fromAddress === number));
}

/** The numbers under "Call quality" (the browser's getStats of the active line), by their label. */
export async function callQuality(page: Page): Promise<Record<string, number>> {
  const rows = await page
    .getByRole("region", { name: "Call quality" })
    .locator("dt")
    .evaluateAll((terms) =>
      terms.map((term) => [term.textContent ?? "", term.nextElementSibling?.textContent ?? ""]),
    );
  return Object.fromEntries(rows.map(([name, value]) => [name, Number.parseFloat(value ?? "") || 0]));
}

/** The lines list's entries. */
export function lines(page: Page) {
  return page.getByRole("list", { name: "Lines" }).getByRole("listitem");
}

/** The line of the call with `number`. */
export function line(page: Page, number: string) {
  return lines(page).filter({ hasText: number });
}

/** The incoming-call card of a call from `number`. */
export function incoming(page: Page, number: string) {
  return page.getByRole("list", { name: "Incoming calls" }).getByRole("listitem").filter({ hasText: number });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The "Softphone events" log, oldest first, without the times. */
export async function events(page: Page): Promise<string[]> {
  const texts = await page
    .getByRole("list", { name: "Softphone events" })
    .locator("li > span")
    .allTextContents();
  return texts.reverse();
}

/** Resolves once `check` returns true; fails naming `what` after `timeoutMs`. */
export async function until(
  check: () => Promise<boolean> | boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await sleep(100);
  }
}

/** Whether the events log has an entry starting with `prefix`. */
export async function logged(page: Page, prefix: string): Promise<boolean> {
  return (await events(page)).some((entry) => entry.startsWith(prefix));
}

/** How much audio the sandbox counted for a call over `ms`: packets each way and audible ones from the agent. */
export async function audioOver(
  sandbox: Sandbox,
  conversationId: string,
  ms = 1000,
): Promise<{ toAgent: number; fromAgent: number; audible: number }> {
  const before = sandbox.control.mediaStats(conversationId);
  await sleep(ms);
  const after = sandbox.control.mediaStats(conversationId);
  return {
    toAgent: after.toAgent.packets - before.toAgent.packets,
    fromAgent: after.fromAgent.packets - before.fromAgent.packets,
    audible: after.fromAgent.audiblePackets - before.fromAgent.audiblePackets,
  };
}

/** Waits until the sandbox hears the agent (the fake microphone beeps: a few audible packets in 500 ms) and sends the caller tone on this call. */
export function audioBothWays(
  sandbox: Sandbox,
  conversationId: string,
  what = "audio both ways",
): Promise<void> {
  return until(async () => {
    const window = await audioOver(sandbox, conversationId, 500);
    return window.toAgent > 15 && window.fromAgent > 15 && window.audible > 1;
  }, `${what} (sandbox media stats of ${conversationId})`);
}

/** Like `harness.signIn`, on the app's URL with `query` (e.g. `?crmWrapper=...`). */
export async function signInWithQuery(harness: Harness, userName: string, query: string): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`${harness.appUrl.replace(/\/$/, "")}/${query}`);
  await page.getByLabel("User name").fill(userName);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page
    .getByRole("status", { name: "Connection" })
    .filter({ hasText: /^Connected$/ })
    .waitFor({ timeout: 15_000 });
  return page;
}
