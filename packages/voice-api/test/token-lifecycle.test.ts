/** The token: one login for many callers, renewed before it expires, replaced once when the server rejects it. */
import { ApiError } from "@ccaas/types";
import { afterEach, describe, expect, it, vi } from "vitest";
import { overrideVoice, voiceError } from "./support/faults";
import { useSandbox } from "./support/sandbox";

const platform = useSandbox();
const logins = () => platform.count("/Login");

afterEach(() => {
  vi.useRealTimers();
});

describe("token lifecycle", () => {
  it("logs in lazily: creating the client sends nothing", () => {
    platform.client();
    expect(platform.requests).toEqual([]);
  });

  it("100 concurrent calls on a cold client make exactly one login", async () => {
    const client = platform.client();
    const settings = await Promise.all(Array.from({ length: 100 }, () => client.getCallServer()));
    expect(settings).toHaveLength(100);
    expect(logins()).toBe(1);
    expect(platform.count("/Call/Server")).toBe(100);
  });

  it("renews the token before it expires (the margin before the 6 hours), not before", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const client = platform.client({ refreshMarginMs: 60_000 });
    await client.getCallServer();
    vi.advanceTimersByTime(6 * 60 * 60 * 1000 - 60_001);
    await client.getCallServer();
    expect(logins()).toBe(1);
    vi.advanceTimersByTime(2);
    await client.getCallServer();
    expect(logins()).toBe(2);
    // The sandbox never saw a token it had to refuse.
    expect(platform.count("/Call/Server")).toBe(3);
  });

  it("follows an injected clock, and a shorter expires_in from the server", async () => {
    // The sandbox's tokens live 10 minutes, and its Login says so (expires_in 600).
    platform.restart({ voiceApi: { tokenLifetimeMs: 600_000 } });
    let now = 1_000_000;
    const client = platform.client({ clock: () => now, refreshMarginMs: 30_000 });
    await client.getCallServer();
    now += 600_000 - 30_001;
    await client.getCallServer();
    expect(logins()).toBe(1);
    now += 2;
    await client.getCallServer();
    expect(logins()).toBe(2);
  });

  it("on TOKEN_EXPIRED, logs in again once and retries: the caller sees success", async () => {
    // The sandbox's tokens live 1 minute, but the client's clock stands still: it keeps the old token.
    platform.restart({ voiceApi: { tokenLifetimeMs: 60_000 } });
    vi.useFakeTimers({ toFake: ["Date"] });
    const client = platform.client({ clock: () => 0 });
    await client.getCallServer();
    vi.advanceTimersByTime(120_000);
    await expect(client.getCallServer()).resolves.toMatchObject({ signalingPort: 443 });
    expect(logins()).toBe(2);
    expect((await platform.bodies()).map((entry) => entry.path)).toEqual([
      "/Login",
      "/Call/Server",
      "/Call/Server",
      "/Login",
      "/Call/Server",
    ]);
  });

  it("does not loop when the fresh token is rejected too: one re-login, then the error", async () => {
    const client = platform.client();
    overrideVoice(platform.server, "/Call/Server", () =>
      voiceError(401, "INVALID_TOKEN", "The token is invalid."),
    );
    const error = await client.getCallServer().catch((caught: unknown) => caught);
    expect(ApiError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, code: "INVALID_TOKEN" });
    expect(logins()).toBe(2);
    expect(platform.count("/Call/Server")).toBe(2);
  });

  it("concurrent rejections share one re-login", async () => {
    platform.restart({ voiceApi: { tokenLifetimeMs: 60_000 } });
    vi.useFakeTimers({ toFake: ["Date"] });
    const client = platform.client({ clock: () => 0 });
    await client.getCallServer();
    // Every call now carries a token the sandbox has expired.
    vi.advanceTimersByTime(120_000);
    await Promise.all(Array.from({ length: 20 }, () => client.getCallServer()));
    expect(logins()).toBe(2);
  });

  it("wrong credentials: an ApiError INVALID_CREDENTIALS, no retry, no re-login loop", async () => {
    const client = platform.client({ password: "wrong-password" });
    await expect(client.getCallServer()).rejects.toMatchObject({ status: 401, code: "INVALID_CREDENTIALS" });
    expect(logins()).toBe(1);
    // The next call tries again (a failed login is not cached).
    await expect(client.getCallServer()).rejects.toMatchObject({ code: "INVALID_CREDENTIALS" });
    expect(logins()).toBe(2);
    expect(platform.count("/Call/Server")).toBe(0);
  });
});
