/**
 * One way to start Chromium for every browser test and benchmark: the machine's own build (Debian's package;
 * `CHROMIUM_PATH` points at another), headless, with a fake microphone and camera and no sound card needed.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium";

/** Why the browser tests cannot run here, or `undefined` when Chromium is installed. */
export const chromiumMissing = existsSync(chromiumPath)
  ? undefined
  : `Chromium not found at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`;

const chromiumArgs = [
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

export interface LaunchedChromium {
  context: BrowserContext;
  /** Closes the browser and deletes its throwaway profile. */
  close(): Promise<void>;
}

/** A persistent context on a fresh profile, so each run starts with no permissions or storage left over. */
export async function launchChromium(options: { profilePrefix?: string } = {}): Promise<LaunchedChromium> {
  const profile = mkdtempSync(join(tmpdir(), options.profilePrefix ?? "ccaas-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
