/** The token: one login for many callers, renewed before it expires, replaced once when the server rejects it. */
import { ApiError } from "@ccaas/types";
import { HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { createVoiceClient, type VoiceClientOptions } from "../src/index";
import {
  baseUrl,
  codCampaign,
  createVoicePlatform,
  login,
  password,
  route,
  useMswServer,
  type VoicePlatformOptions,
  voiceError,
} from "./support/handlers";

const server = useMswServer();

function setup(platformOptions: VoicePlatformOptions = {}, clientOptions: Partial<VoiceClientOptions> = {}) {
  const platform = createVoicePlatform(platformOptions);
  server.use(...platform.handlers);
  const client = createVoiceClient({ baseUrl, login, password, codCampaign, ...clientOptions });
  return { platform, client };
}

describe("token lifecycle", () => {
  it("logs in lazily: creating the client sends nothing", () => {
    const { platform } = setup();
    expect(platform.state.logins).toBe(0);
    expect(platform.state.bodies).toEqual([]);
  });

  it("100 concurrent calls on a cold client make exactly one login", async () => {
    const { platform, client } = setup();
    const settings = await Promise.all(Array.from({ length: 100 }, () => client.getCallServer()));
    expect(settings).toHaveLength(100);
    expect(platform.state.logins).toBe(1);
    expect(platform.state.bodies.filter((entry) => entry.path === "/Login")).toHaveLength(1);
  });

  it("renews the token before it expires (the margin before the 6 hours), not before", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const { platform, client } = setup({}, { refreshMarginMs: 60_000 });
      await client.getCallServer();
      vi.advanceTimersByTime(6 * 60 * 60 * 1000 - 60_001);
      await client.getCallServer();
      expect(platform.state.logins).toBe(1);
      vi.advanceTimersByTime(2);
      await client.getCallServer();
      expect(platform.state.logins).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it("follows an injected clock, and a shorter expires_in from the server", async () => {
    let now = 1_000_000;
    const { platform, client } = setup(
      { tokenLifetimeMs: 600_000, now: () => now },
      { clock: () => now, refreshMarginMs: 30_000 },
    );
    await client.getCallServer();
    now += 600_000 - 30_001;
    await client.getCallServer();
    expect(platform.state.logins).toBe(1);
    now += 2;
    await client.getCallServer();
    expect(platform.state.logins).toBe(2);
  });

  it("on TOKEN_EXPIRED, logs in again once and retries: the caller sees success", async () => {
    let now = 0;
    // The server's tokens live 1 minute, but the client believes 6 hours: the server rejects the old token.
    const { platform, client } = setup({ tokenLifetimeMs: 60_000, now: () => now }, { clock: () => 0 });
    server.use(
      route("/Login", async ({ request }) => {
        const body = await request.json();
        platform.state.bodies.push({ path: "/Login", body: JSON.stringify(body) });
        if (body.password !== password) return voiceError(401, "INVALID_CREDENTIALS", "No.");
        platform.state.logins += 1;
        const token = `tok-${platform.state.logins}`;
        platform.state.tokens.set(token, now + 60_000);
        return HttpResponse.json([{ token }]);
      }),
    );
    await client.getCallServer();
    now = 120_000;
    await expect(client.getCallServer()).resolves.toMatchObject({ signalingPort: 5060 });
    expect(platform.state.logins).toBe(2);
    expect(platform.state.bodies.map((entry) => entry.path)).toEqual([
      "/Login",
      "/Call/Server",
      "/Call/Server",
      "/Login",
      "/Call/Server",
    ]);
  });

  it("does not loop when the fresh token is rejected too: one re-login, then the error", async () => {
    const { platform, client } = setup();
    server.use(route("/Call/Server", () => voiceError(401, "INVALID_TOKEN", "The token is invalid.")));
    const error = await client.getCallServer().catch((caught: unknown) => caught);
    expect(ApiError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, code: "INVALID_TOKEN" });
    expect(platform.state.logins).toBe(2);
  });

  it("concurrent rejections share one re-login", async () => {
    const { platform, client } = setup();
    await client.getCallServer();
    platform.state.tokens.clear();
    await Promise.all(Array.from({ length: 20 }, () => client.getCallServer()));
    expect(platform.state.logins).toBe(2);
  });

  it("wrong credentials: an ApiError INVALID_CREDENTIALS, no retry, no re-login loop", async () => {
    const { platform, client } = setup({}, { password: "wrong-password" });
    await expect(client.getCallServer()).rejects.toMatchObject({ status: 401, code: "INVALID_CREDENTIALS" });
    expect(platform.state.bodies.filter((entry) => entry.path === "/Login")).toHaveLength(1);
    // The next call tries again (a failed login is not cached).
    await expect(client.getCallServer()).rejects.toMatchObject({ code: "INVALID_CREDENTIALS" });
  });
});
