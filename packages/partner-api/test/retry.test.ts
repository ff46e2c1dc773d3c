/** Retries: which requests, how long between attempts, and when not to. */
import { ApiError } from "@ccaas/types";
import { HttpResponse, http } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createPartnerClient, type RetryOptions } from "../src/index";
import { parseRetryAfter, type ResolvedRetry, retryDelay } from "../src/middleware/retry";
import {
  baseUrl,
  clientId,
  clientSecret,
  partnerId,
  templateVersion,
  useMswServer,
} from "./support/handlers";

const server = useMswServer();
const providers = `${baseUrl}/partners/${partnerId}/voiceproviders`;
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
const rateLimited = () =>
  HttpResponse.json(
    { code: "rate_limited", message: "Too many requests. Retry after 1 second." },
    { status: 429, headers: { "retry-after": "1" } },
  );
const unavailable = () =>
  HttpResponse.json({ code: "internal_error", message: "Try later." }, { status: 503 });

function client(retry?: RetryOptions) {
  return createPartnerClient({
    baseUrl,
    partnerId,
    clientId,
    clientSecret,
    templateVersion,
    retry: { baseDelayMs: 1, maxDelayMs: 2, ...retry },
  });
}

/** Answers with each response in turn, and records every request. */
function sequence(method: "get" | "post", url: string, responses: Array<() => Response>) {
  const requests: Request[] = [];
  server.use(
    http[method](url, ({ request }) => {
      requests.push(request.clone());
      const next = responses[Math.min(requests.length, responses.length) - 1];
      return next?.();
    }),
  );
  return requests;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("retries", () => {
  it("retries a 429 after waiting what Retry-After says, and no sooner", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const requests = sequence("get", providers, [rateLimited, () => HttpResponse.json({ items: [] })]);
    const result = client().listVoiceProviders();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    await vi.advanceTimersByTimeAsync(999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toEqual({ items: [] });
    expect(requests).toHaveLength(2);
  });

  it("keeps the request id across attempts and gives up after maxAttempts with the last error", async () => {
    const requests = sequence("get", providers, [unavailable]);
    const error = await client({ maxAttempts: 4 })
      .listVoiceProviders()
      .catch((caught: unknown) => caught);
    expect(ApiError.isInstance(error) && error.status).toBe(503);
    expect(requests).toHaveLength(4);
    expect(new Set(requests.map((request) => request.headers.get("x-request-id"))).size).toBe(1);
  });

  it("retries a GET after a network error", async () => {
    const requests = sequence("get", providers, [
      () => HttpResponse.error(),
      () => HttpResponse.json({ items: [] }),
    ]);
    await expect(client().listVoiceProviders()).resolves.toEqual({ items: [] });
    expect(requests).toHaveLength(2);
  });

  it("never retries a plain POST, even on 503 or 429", async () => {
    const requests = sequence("post", providers, [unavailable, rateLimited]);
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
  });

  it("retries a POST that carries an Idempotency-Key, with the same key and body", async () => {
    const requests = sequence("post", providers, [
      unavailable,
      () => HttpResponse.json({ id: "394e3814-7562-4f25-a854-2b74e91ad15a" }, { status: 201 }),
    ]);
    const created = await client().createVoiceProvider(body, { idempotencyKey: "key-1" });
    expect(created).toEqual({ id: "394e3814-7562-4f25-a854-2b74e91ad15a" });
    expect(requests.map((request) => request.headers.get("idempotency-key"))).toEqual(["key-1", "key-1"]);
    expect(await Promise.all(requests.map((request) => request.json()))).toEqual([body, body]);
  });

  it("does not wait for a Retry-After beyond maxRetryAfterMs: it throws with retryAfterMs set", async () => {
    const requests = sequence("get", providers, [
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
    const requests = sequence("get", providers, [
      () => HttpResponse.json({ code: "not_found", message: "No partner." }, { status: 404 }),
    ]);
    await expect(client().listVoiceProviders()).rejects.toMatchObject({ status: 404, code: "not_found" });
    expect(requests).toHaveLength(1);
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
