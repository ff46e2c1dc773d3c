/**
 * Starts the machine's Chromium (Debian's package; never a browser download) with fake media for the browser
 * tests. `CHROMIUM_PATH` points at another build.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium";
export const chromiumMissing = existsSync(chromiumPath)
  ? undefined
  : `Chromium not found at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`;

const args = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--use-fake-ui-for-media-stream",
  "--use-fake-device-for-media-stream",
  "--allow-loopback-in-peer-connection",
  "--autoplay-policy=no-user-gesture-required",
  // No sound card here: a fake output still pulls (and so decodes and measures) the remote audio.
  "--disable-audio-output",
];

export interface Browser {
  context: BrowserContext;
  /** A new tab with the softphone page loaded. */
  softphone(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches Chromium and serves the softphone test page from a real loopback server: a loopback origin is a
 * secure context (getUserMedia exists) and may reach the sandbox's loopback port under Local Network Access.
 */
export async function launchChromium(): Promise<Browser> {
  const html = readFileSync(join(import.meta.dirname, "softphone-page.html"), "utf8");
  const server = createServer((_request, response) =>
    response.writeHead(200, { "content-type": "text/html" }).end(html),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const softphoneUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/softphone`;
  const profile = mkdtempSync(join(tmpdir(), "ccaas-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args,
  });
  return {
    context,
    async softphone() {
      const page = await context.newPage();
      await page.goto(softphoneUrl);
      return page;
    },
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
