/** Retries: which requests, how long between attempts, and when not to; faults layered on the sandbox. */
import { ApiError } from "@ccaas/types";
import { HttpResponse } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RetryOptions } from "../src/index";
import { parseRetryAfter, type ResolvedRetry, retryDelay } from "../src/middleware/retry";
import { injectFaults, rateLimited, unavailable } from "./support/faults";
import { baseUrl, useSandbox } from "./support/sandbox";

const platform = useSandbox();
const providers = `${baseUrl}/partners/:partnerId/voiceproviders`;
const body = {
  name: "acme-voice",
  accept_call_url: "https://a.example/calls/accept",
  end_call_url: "https://a.example/calls/end",
  hold_call_url: "https://a.example/calls/hold",
  resume_call_url: "https://a.example/calls/resume",
  mute_call_url: "https://a.example/calls/mute",
  unmute_call_url: "https://a.example/calls/unmute",
  access_token_url: "https://a.example/token",
};

function client(retry?: RetryOptions) {
  return platform.client({ retry: { baseDelayMs: 1, maxDelayMs: 2, ...retry } });
}

afterEach(() => {
  vi.useRealTimers();
});

describe("retries", () => {
  it("retries a 429 after waiting what Retry-After says, and no sooner", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const requests = injectFaults(platform.server, "get", providers, [rateLimited]);
    const result = client().listVoiceProviders();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    await vi.advanceTimersByTimeAsync(999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toEqual({ items: [] });
    expect(requests).toHaveLength(2);
  });

  it("keeps the request id across attempts and gives up after maxAttempts with the last error", async () => {
    const requests = injectFaults(platform.server, "get", providers, [unavailable], { repeat: true });
    const error = await client({ maxAttempts: 4 })
      .listVoiceProviders()
      .catch((caught: unknown) => caught);
    expect(ApiError.isInstance(error) && error.status).toBe(503);
    expect(requests).toHaveLength(4);
    expect(new Set(requests.map((request) => request.headers.get("x-request-id"))).size).toBe(1);
  });

  it("retries a GET after a network error", async () => {
    const requests = injectFaults(platform.server, "get", providers, [() => HttpResponse.error()]);
    await expect(client().listVoiceProviders()).resolves.toEqual({ items: [] });
    expect(requests).toHaveLength(2);
  });

  it("never retries a plain POST, even on 503 or 429", async () => {
    const requests = injectFaults(platform.server, "post", providers, [unavailable, rateLimited]);
    await expect(client().createVoiceProvider(body)).rejects.toMatchObject({ name: "ApiError", status: 503 });
    const limited = await client()
      .createVoiceProvider(body)
      .catch((caught: unknown) => caught);
    expect(limited).toMatchObject({
      name: "ApiError",
      status: 429,
      code: "rate_limited",
      retryAfterMs: 1000,
    });
    expect(requests).toHaveLength(2);
    expect((await client().listVoiceProviders()).items).toEqual([]);
  });

  it("retries a POST that carries an Idempotency-Key, with the same key and body", async () => {
    const requests = injectFaults(platform.server, "post", providers, [unavailable]);
    const created = await client().createVoiceProvider(body, { idempotencyKey: "key-1" });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(requests.map((request) => request.headers.get("idempotency-key"))).toEqual(["key-1", "key-1"]);
    expect(await Promise.all(requests.map((request) => request.json()))).toEqual([body, body]);
    expect(await client().getVoiceProvider(created.id)).toEqual({ id: created.id, ...body });
    // The same key again is the first answer, replayed: still one voice provider.
    await expect(client().createVoiceProvider(body, { idempotencyKey: "key-1" })).resolves.toEqual(created);
    expect((await client().listVoiceProviders()).items).toHaveLength(1);
  });

  it("client.raw: retries a POST with an Idempotency-Key with the same body, never a plain one", async () => {
    const requests = injectFaults(platform.server, "post", providers, [unavailable, unavailable]);
    const { data } = await client().raw.POST("/partners/{partnerId}/voiceproviders", {
      params: { header: { "Idempotency-Key": "raw-key-1" } },
      body,
    });
    expect(data?.id).toMatch(/^[0-9a-f-]{36}$/);
    // Two faults, then the sandbox: three attempts, the same body and request id each time.
    expect(requests).toHaveLength(3);
    expect(await Promise.all(requests.map((request) => request.json()))).toEqual([body, body, body]);
    expect(new Set(requests.map((request) => request.headers.get("x-request-id"))).size).toBe(1);

    const plain = injectFaults(platform.server, "post", providers, [unavailable]);
    await expect(
      client().raw.POST("/partners/{partnerId}/voiceproviders", { body: { ...body, name: "other" } }),
    ).rejects.toMatchObject({ name: "ApiError", status: 503 });
    expect(plain).toHaveLength(1);
  });

  it("does not wait for a Retry-After beyond maxRetryAfterMs: it throws with retryAfterMs set", async () => {
    const requests = injectFaults(platform.server, "get", providers, [
      () =>
        HttpResponse.json(
          { code: "rate_limited", message: "Later." },
          { status: 429, headers: { "retry-after": "3600" } },
        ),
    ]);
    await expect(client().listVoiceProviders()).rejects.toMatchObject({
      status: 429,
      retryAfterMs: 3_600_000,
    });
    expect(requests).toHaveLength(1);
  });

  it("does not retry what retrying cannot fix (404)", async () => {
    const missing = "394e3814-7562-4f25-a854-2b74e91ad15a";
    await expect(client().getVoiceProvider(missing)).rejects.toMatchObject({
      status: 404,
      code: "not_found",
    });
    expect(platform.requests).toHaveLength(1);
  });
});

describe("backoff", () => {
  const policy: ResolvedRetry = {
    maxAttempts: 5,
    baseDelayMs: 100,
    maxDelayMs: 1_000,
    maxRetryAfterMs: 30_000,
  };

  it("draws each delay uniformly below an exponentially growing ceiling (full jitter)", () => {
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelay(attempt, new Error("x"), policy, () => 1))).toEqual([
      100, 200, 400, 800, 1_000,
    ]);
    expect(retryDelay(3, new Error("x"), policy, () => 0.5)).toBe(200);
    expect(retryDelay(3, new Error("x"), policy, () => 0)).toBe(0);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("2025-06-02T15:04:05Z");
    expect(parseRetryAfter("2", now)).toBe(2_000);
    expect(parseRetryAfter("Mon, 02 Jun 2025 15:04:10 GMT", now)).toBe(5_000);
    expect(parseRetryAfter("Mon, 02 Jun 2025 15:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
