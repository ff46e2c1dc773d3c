/**
 * Call control through the partner's voice adapter (apps/voice-adapter, its own process): the app signs in with
 * "Voice adapter" call control; accept, hold, resume, mute, unmute and end go to the adapter's URLs, the adapter
 * publishes participant events and the sandbox's conversation follows.
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
  startHarness,
  until,
} from "./harness";
import { startVoiceAdapter, type VoiceAdapterService } from "./voice-adapter";

describe.skipIf(chromiumMissing !== undefined)(
  "softphone-web: call control through the voice adapter",
  () => {
    let harness: Harness;
    let adapter: VoiceAdapterService | undefined;
    let page: Page;

    beforeAll(async () => {
      harness = await startHarness({
        service: async (sandbox) => {
          adapter = await startVoiceAdapter(sandbox);
          return adapter;
        },
      });
      page = await harness.signIn("testAgent", { callControl: "Voice adapter" });
    });
    afterAll(() => harness?.close());

    const adapterDid = (what: string, conversationId: string) =>
      until(
        () =>
          adapter?.lines.some((entry) => entry.startsWith(`${what}:`) && entry.includes(conversationId)) ??
          false,
        `the voice adapter to ${what} ${conversationId}`,
      );
    const label = (number: string) => line(page, number).getAttribute("aria-label");

    it("holds, resumes, mutes, unmutes and ends a call through the adapter", async () => {
      expect(await page.locator(".call-control").textContent()).toBe("Voice adapter");
      const from = "+15555550900";
      const id = harness.sandbox.control.simulateInboundCall({ to: "+18883973342", from }).id;
      await incoming(page, from).getByRole("button", { name: "Accept" }).click();
      await adapterDid("accept", id);
      await audioBothWays(harness.sandbox, id);

      await line(page, from).getByRole("button", { name: "Hold" }).click();
      await adapterDid("hold", id);
      await expect.poll(() => label(from)).toBe(`Customer (${from}), On hold`);
      await until(
        async () => (await audioOver(harness.sandbox, id, 500)).toAgent <= 1,
        "the held call to go quiet",
      );

      await line(page, from).getByRole("button", { name: "Resume" }).click();
      await adapterDid("resume", id);
      await expect.poll(() => label(from)).toBe(`Customer (${from}), Connected, active`);
      await audioBothWays(harness.sandbox, id, "audio both ways after resuming");

      await line(page, from).getByRole("button", { name: "Mute" }).click();
      await adapterDid("mute", id);
      await expect.poll(() => label(from)).toBe(`Customer (${from}), Muted, active`);
      expect(harness.sandbox.core.engine.agentParticipant(id)?.muted).toBe(true);
      // The customer hears nothing from the agent; the agent still hears the customer.
      await until(async () => {
        const window = await audioOver(harness.sandbox, id, 500);
        return window.audible === 0 && window.toAgent > 15;
      }, "the agent's audio to stop while muted");

      await line(page, from).getByRole("button", { name: "Unmute" }).click();
      await adapterDid("unmute", id);
      await expect.poll(() => label(from)).toBe(`Customer (${from}), Connected, active`);
      await audioBothWays(harness.sandbox, id, "audio both ways after unmuting");

      await line(page, from).getByRole("button", { name: "End" }).click();
      await adapterDid("end", id);
      await expect.poll(() => lines(page).count()).toBe(0);
      expect(harness.sandbox.core.engine.get(id)?.endTime).toBeDefined();
      expect(await page.getByRole("alert").textContent()).toBe("");
    });
  },
);
