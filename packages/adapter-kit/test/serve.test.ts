/** `serve`: the adapter on Node's HTTP server, called over real loopback HTTP. */
import { describe, expect, it } from "vitest";
import { serve } from "../src/index";
import { acceptBody } from "./helpers/platform";
import { createTestAdapter } from "./helpers/test-adapter";

describe("serve", () => {
  it("serves the adapter on a free loopback port until closed", async () => {
    const { adapter, platform, publisher } = await createTestAdapter();
    const server = await serve(adapter, { port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${server.url}/health`);
      expect(await health.json()).toEqual({ status: "ok" });
      const response = await fetch(`${server.url}/calls/accept`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${await platform.agentToken()}`,
        },
        body: JSON.stringify(acceptBody()),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "Success" });
      expect(publisher.count).toBe(1);
      const big = await fetch(`${server.url}/calls/accept`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "x".repeat(100_000),
      });
      expect(big.status).toBe(413);
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
  });
});
