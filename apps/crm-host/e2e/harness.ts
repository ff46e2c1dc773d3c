/**
 * What every CRM browser test needs: a sandbox on a free loopback port; the CRM page (this app, built) served by
 * `vite preview` on http://localhost:<port>; softphone-web (built) served by `vite preview` on
 * http://127.0.0.1:<port>, another origin, with the CRM's origin as its only allowed wrapper origin; a third origin
 * (e2e/third-origin.ts); and the machine's Chromium with fake media.
 */
import { join } from "node:path";
import { type Sandbox, startSandbox } from "@ccaas/sandbox";
import { chromiumMissing, launchChromium } from "@ccaas/test-browser";
import type { Conversation } from "@ccaas/types";
import type { BrowserContext, FrameLocator, Page } from "playwright-core";
import { type PreviewServer, preview } from "vite";
import { inject } from "vitest";
import { startThirdOrigin, type ThirdOrigin } from "./third-origin";

export { chromiumMissing };

if (chromiumMissing) console.warn(`Skipping the crm-host browser tests. ${chromiumMissing}`);

const appsDir = join(import.meta.dirname, "..", "..");
export const password = "agent-password";
/** The sandbox's toll-free number: an inbound call to it rings the signed-in agent. */
export const tollFree = "+18883973342";
/** The number the third origin tries to make the softphone dial. */
export const forgedNumber = "+15555550166";

export interface CrmHarness {
  sandbox: Sandbox;
  /** http://localhost:<port>/ */
  crmUrl: string;
  /** http://127.0.0.1:<port>/ */
  softphoneUrl: string;
  thirdOrigin: ThirdOrigin;
  context: BrowserContext;
  /** A new tab with the CRM page, the agent signed in inside its softphone frame and the link up. */
  openCrm(userName?: string): Promise<{ page: Page; softphone: FrameLocator }>;
  close(): Promise<void>;
}

async function previewApp(root: string, outDir: string): Promise<PreviewServer> {
  return preview({ root, build: { outDir }, logLevel: "silent" });
}

export async function startHarness(): Promise<CrmHarness> {
  const sandbox = await startSandbox({ port: 0 });
  const { partnerId } = sandbox.core.options.partner;
  const thirdOrigin = await startThirdOrigin({ dialTo: forgedNumber, partnerId });
  // Each vite.config.ts reads these when its server loads it (crm-host reads SOFTPHONE_URL on each request).
  Object.assign(process.env, { SANDBOX_URL: sandbox.urls.base, PORT: "0" });
  const crm = await previewApp(join(appsDir, "crm-host"), inject("crmDir"));
  const crmUrl = crm.resolvedUrls?.local[0] ?? "";
  process.env.CRM_ALLOWED_ORIGINS = new URL(crmUrl).origin;
  const softphoneServer = await previewApp(join(appsDir, "softphone-web"), inject("softphoneDir"));
  const softphoneUrl = softphoneServer.resolvedUrls?.local[0] ?? "";
  process.env.SOFTPHONE_URL = softphoneUrl;
  const browser = await launchChromium({ profilePrefix: "crm-host-e2e-" });
  const { context } = browser;
  context.setDefaultTimeout(15_000);
  return {
    sandbox,
    crmUrl,
    softphoneUrl,
    thirdOrigin,
    context,
    async openCrm(userName = "testAgent") {
      const page = await context.newPage();
      await page.goto(crmUrl);
      const softphone = page.frameLocator('iframe[title="Softphone"]');
      await signIn(softphone, userName);
      await page
        .getByRole("status", { name: "Softphone link" })
        .filter({ hasText: /^Connected to / })
        .waitFor({ timeout: 10_000 });
      return { page, softphone };
    },
    async close() {
      await browser.close();
      await softphoneServer.close();
      await crm.close();
      await thirdOrigin.close();
      await sandbox.stop();
    },
  };
}

/** Signs in on softphone-web (a page or the CRM's frame) and waits for "Connected". */
export async function signIn(softphone: Page | FrameLocator, userName = "testAgent"): Promise<void> {
  await softphone.getByLabel("User name").fill(userName);
  await softphone.getByLabel("Password").fill(password);
  await softphone.getByLabel("Call control").selectOption({ label: "Platform API" });
  await softphone.getByRole("button", { name: "Sign in" }).click();
  await softphone
    .getByRole("status", { name: "Connection" })
    .filter({ hasText: /^Connected$/ })
    .waitFor({ timeout: 10_000 });
}

/** The sandbox's conversation with `number` that has not ended. */
export function conversationWith(sandbox: Sandbox, number: string): Conversation | undefined {
  return sandbox.core.engine
    .all()
    .find((call) => call.endTime === undefined && (call.toAddress === number || call.fromAddress === number));
}

/** The CRM's activity log entries, newest first, as the agent reads them. */
export function activityLog(page: Page): Promise<string[]> {
  return page.getByRole("list", { name: "Activity log" }).getByRole("listitem").allInnerTexts();
}

/** What the CRM's screen pop shows. */
export async function screenPop(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out is what the agent reads.
  return (await page.getByRole("region", { name: "Screen pop" }).innerText()).trim();
}

/** The softphone's "Softphone events" log, oldest first, without the times. */
export async function softphoneEvents(softphone: Page | FrameLocator): Promise<string[]> {
  const texts = await softphone
    .getByRole("list", { name: "Softphone events" })
    .locator("li > span")
    .allTextContents();
  return texts.reverse();
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
