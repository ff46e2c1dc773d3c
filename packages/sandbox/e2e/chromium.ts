/**
 * Starts the machine's Chromium (Debian's package; never a browser download) with fake media for the browser
 * tests. `CHROMIUM_PATH` points at another build.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { launchChromium as launch } from "@ccaas/test-browser";
import type { BrowserContext, Page } from "playwright-core";

export { chromiumMissing } from "@ccaas/test-browser";

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
  const browser = await launch({ profilePrefix: "ccaas-e2e-" });
  const { context } = browser;
  return {
    context,
    async softphone() {
      const page = await context.newPage();
      await page.goto(softphoneUrl);
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
