/**
 * Bad input over real HTTP: every kind of broken request gets a spec-shaped 4xx in the error format of the API
 * it was aimed at (partner `ErrorBody`, the Voice API's array of one error), never a 5xx, never a crash.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../src/start-sandbox";
import { adapterUrls, partnerFetch, partnerHeaders, postJson } from "./support/partner-client";
import { SpecCheck } from "./support/spec-check";

const spec = new SpecCheck("partner");
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, maxBodyBytes: 16 * 1024 });
});

afterAll(async () => {
  expect(sandbox.core.violations.entries).toEqual([]);
  await sandbox.stop();
});

function voiceProviders(): string {
  return `${sandbox.urls.partnerApi}/partners/${sandbox.control.info().partnerApi.partnerId}/voiceproviders`;
}

describe("partner API", () => {
  it("answers garbage JSON with a 400 that says so", async () => {
    const response = await fetch(voiceProviders(), {
      method: "POST",
      headers: partnerHeaders(sandbox),
      body: '{"name": "a",}',
    });
    const body = await spec.check<{ code: string; message: string }>("createVoiceProvider", response, 400);
    expect(body.message).toMatch(/not valid JSON/);
  });

  it("answers wrong types and unknown fields with a 400 naming each field", async () => {
    const body = await spec.check<{ details: Array<{ field: string; message: string }> }>(
      "createVoiceProvider",
      await partnerFetch(sandbox, "POST", "/voiceproviders", { ...adapterUrls, name: 42, nmae: "typo" }),
      400,
    );
    expect(body.details).toEqual(
      expect.arrayContaining([
        { field: "/name", message: expect.any(String) },
        { field: "/nmae", message: "is not a known field: remove it or check its spelling" },
      ]),
    );
  });

  it("answers a non-JSON content type with 415", async () => {
    const response = await fetch(voiceProviders(), {
      method: "POST",
      headers: { ...partnerHeaders(sandbox), "content-type": "text/plain" },
      body: "name=a",
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ code: "unsupported_media_type" });
  });

  it("answers a body over the cap with 413, announced or streamed", async () => {
    const big = JSON.stringify({ name: "x".repeat(20 * 1024), ...adapterUrls });
    const announced = await fetch(voiceProviders(), {
      method: "POST",
      headers: partnerHeaders(sandbox),
      body: big,
    });
    expect(announced.status).toBe(413);
    expect(await announced.json()).toMatchObject({ code: "payload_too_large" });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 40; i += 1) controller.enqueue(new TextEncoder().encode("x".repeat(1024)));
        controller.close();
      },
    });
    const streamed = await fetch(voiceProviders(), {
      method: "POST",
      headers: partnerHeaders(sandbox),
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it("answers unknown routes with 404 and wrong methods with 405 and Allow", async () => {
    const missing = await fetch(`${sandbox.urls.base}/partners/nothing/here`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: "not_found" });
    const wrong = await fetch(voiceProviders(), {
      method: "PUT",
      headers: partnerHeaders(sandbox),
      body: "{}",
    });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET, POST");
    expect(await wrong.json()).toMatchObject({ code: "method_not_allowed" });
  });

  it("answers an invalid path parameter with 400", async () => {
    await spec.check(
      "getVoiceProvider",
      await partnerFetch(sandbox, "GET", "/voiceproviders/not-a-uuid"),
      400,
    );
  });

  it("answers HEAD like GET, without a body", async () => {
    const response = await fetch(voiceProviders(), { method: "HEAD", headers: partnerHeaders(sandbox) });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
  });
});

describe("Voice API and control API", () => {
  it("answers garbage JSON in the Voice API's form", async () => {
    const response = await fetch(`${sandbox.urls.voiceApi}/Call/Server`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{token:",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual([
      { error: "VALIDATION_ERROR", message: expect.stringMatching(/not valid JSON/) },
    ]);
  });

  it("answers an oversized Voice API body in the Voice API's form", async () => {
    const response = await postJson(`${sandbox.urls.voiceApi}/Login`, {
      login: "x".repeat(20 * 1024),
      password: "p",
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual([{ error: "VALIDATION_ERROR", message: expect.any(String) }]);
  });

  it("answers a control request with a wrong type in ErrorBody form", async () => {
    const response = await postJson(`${sandbox.urls.control}/calls/inbound`, { to: 1, from: [] });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "validation_failed", details: expect.any(Array) });
  });
});
