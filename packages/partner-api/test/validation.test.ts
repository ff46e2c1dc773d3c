/** Bad arguments fail before any request, with a message naming the argument. */
import { ValidationError } from "@ccaas/types";
import { describe, expect, it, vi } from "vitest";
import { createPartnerClient, type PartnerClientOptions } from "../src/index";

const valid: PartnerClientOptions = {
  baseUrl: "https://api.ccaas.dev",
  partnerId: "215fd887-39be-4935-981f-2670d6afeaa7",
  clientId: "id",
  clientSecret: "secret",
  templateVersion: "1",
};

describe("createPartnerClient options", () => {
  it.each<[string, Partial<Record<keyof PartnerClientOptions, unknown>>, string, RegExp]>([
    [
      "a relative baseUrl",
      { baseUrl: "/api" },
      "baseUrl",
      /baseUrl must be an absolute http\(s\) URL.*got "\/api"/,
    ],
    ["a non-http baseUrl", { baseUrl: "ws://api.example" }, "baseUrl", /baseUrl must be an absolute http/],
    [
      "an empty templateVersion",
      { templateVersion: "" },
      "templateVersion",
      /templateVersion must be a non-empty string/,
    ],
    ["an empty clientId", { clientId: "" }, "clientId", /clientId must be a non-empty string/],
    ["a clientId with a colon", { clientId: "a:b" }, "clientId", /must not contain ':'/],
    [
      "a secret without an id",
      { clientId: undefined },
      "clientId",
      /clientId is required with the other one/,
    ],
    ["a negative timeout", { timeoutMs: -1 }, "timeoutMs", /timeoutMs must be a number of milliseconds/],
    [
      "zero attempts",
      { retry: { maxAttempts: 0 } },
      "retry.maxAttempts",
      /retry.maxAttempts must be a number, 1 or more/,
    ],
    ["a fetch that is not a function", { fetch: "fetch" }, "fetch", /fetch must be a function/],
  ])("rejects %s", (_, override, path, message) => {
    const attempt = () => createPartnerClient({ ...valid, ...override } as PartnerClientOptions);
    expect(attempt).toThrow(ValidationError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([expect.objectContaining({ path })]);
      expect((error as Error).message).toMatch(/^createPartnerClient: /);
    }
  });

  it("checks method arguments before sending anything", async () => {
    const fetch = vi.fn(async () => Response.json({}));
    const client = createPartnerClient({ ...valid, fetch });
    await expect(client.getVoiceProvider("")).rejects.toThrow(
      "getVoiceProvider: voiceProviderId must be a non-empty string.",
    );
    await expect(
      client.updateStation("9d1f3c5e-7a2b-4c8d-b6e4-0f2a8c1d5e73", null as never),
    ).rejects.toMatchObject({
      issues: [{ path: "body" }],
    });
    await expect(
      client.createChannel({ name: "x", webhook_url: "https://x.example/hook" }, { idempotencyKey: "" }),
    ).rejects.toMatchObject({ issues: [{ path: "idempotencyKey" }] });
    expect(fetch).not.toHaveBeenCalled();
  });
});
