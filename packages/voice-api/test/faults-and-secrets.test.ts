/** Faults become typed errors through the same transport as the partner API; the password and tokens stay secret. */
import { delay, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { createVoiceClient, type Logger } from "../src/index";
import { overrideVoice, voiceError } from "./support/faults";
import { baseUrl, codCampaign, login, password, useSandbox } from "./support/sandbox";

const platform = useSandbox();

describe("faults", () => {
  it("an HTML 500 page: ApiError", async () => {
    const client = platform.client({ retry: false });
    overrideVoice(
      platform.server,
      "/Call/Server",
      () => new HttpResponse("<html>Oops</html>", { status: 500, headers: { "content-type": "text/html" } }),
    );
    await expect(client.getCallServer()).rejects.toMatchObject({
      name: "ApiError",
      status: 500,
      message: expect.stringMatching(
        /Voice API answered 500 .* POST \/Voice\/Call\/Server with an HTML page/,
      ),
    });
  });

  it("an answer that is not an array of one object: NetworkError invalid_response", async () => {
    const client = platform.client({ retry: false });
    overrideVoice(platform.server, "/Call/Server", () => HttpResponse.json([]));
    await expect(client.getCallServer()).rejects.toMatchObject({
      name: "NetworkError",
      code: "invalid_response",
    });
  });

  it("a slow server: TimeoutError", async () => {
    const client = platform.client({ retry: false, timeoutMs: 50 });
    overrideVoice(platform.server, "/Call/Server", async () => {
      await delay("infinite");
      return HttpResponse.json([]);
    });
    await expect(client.getCallServer()).rejects.toMatchObject({ name: "TimeoutError", timeoutMs: 50 });
  });

  it("retries Call/Status on 503, never Call/Create", async () => {
    platform.setWebPhoneOnline(true);
    const client = platform.client({ retry: { maxAttempts: 3, baseDelayMs: 1 } });
    const { id } = await client.createCall({ destination: "5511980121511" });
    // The first Call/Status meets an outage; the retry reaches the sandbox.
    const statusHits = overrideVoice(platform.server, "/Call/Status", (_, hits) =>
      hits === 1 ? voiceError(503, "SERVICE_UNAVAILABLE", "busy") : undefined,
    );
    const createHits = overrideVoice(platform.server, "/Call/Create", () =>
      voiceError(503, "SERVICE_UNAVAILABLE", "busy"),
    );
    await expect(client.getCallStatus(id)).resolves.toMatchObject({ id, status: "Setup" });
    expect(statusHits()).toBe(2);
    await expect(client.createCall({ destination: "5511980121511" })).rejects.toMatchObject({ status: 503 });
    expect(createHits()).toBe(1);
  });
});

describe("secrets", () => {
  it("the password, the token and the SIP password never reach a log line or an error", async () => {
    const lines: string[] = [];
    const logger: Logger = {
      debug: (line) => lines.push(line),
      info: (line) => lines.push(line),
      warn: (line) => lines.push(line),
      error: (line) => lines.push(line),
    };
    const client = platform.client({ retry: false, logger });
    const settings = await client.getCallServer();
    let token = "";
    overrideVoice(platform.server, "/Call/Status", async (request) => {
      // A server that echoes the body it got (token, password) in its error message.
      const text = await request.text();
      token = JSON.parse(text).token;
      return voiceError(
        404,
        "CALL_NOT_FOUND",
        `Bad request ${text} for ${password} / ${settings.sipPassword}`,
      );
    });
    const error = await client.getCallStatus("5d7bd7d87b2e3252147f8be4").catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 404, code: "CALL_NOT_FOUND" });
    expect(token).not.toBe("");
    expect((error as Error).message).toContain("[redacted]");
    const everything = [
      ...lines,
      String(error),
      (error as Error).stack,
      JSON.stringify(error),
      JSON.stringify((error as { body: unknown }).body),
    ];
    expect(lines.length).toBeGreaterThan(3);
    for (const text of everything) {
      expect(text).not.toContain(password);
      expect(text).not.toContain(token);
      expect(text).not.toContain(settings.sipPassword);
    }
  });

  it("a wrong password is not echoed by the sandbox's refusal nor by the error", async () => {
    const wrong = "wrong-Pa55word-42";
    const error = await platform
      .client({ retry: false, password: wrong })
      .getCallServer()
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 401, code: "INVALID_CREDENTIALS" });
    expect([String(error), JSON.stringify(error)].join("\n")).not.toContain(wrong);
  });
});

describe("options", () => {
  it("are checked before any request, naming the argument", () => {
    const valid = { baseUrl, login, password, codCampaign };
    expect(() => createVoiceClient({ ...valid, baseUrl: "api.flexcontact.com.br/Voice" })).toThrow(
      /createVoiceClient: baseUrl must be an absolute http\(s\) URL/,
    );
    expect(() => createVoiceClient({ ...valid, login: "" })).toThrow(/login must be a non-empty string/);
    expect(() => createVoiceClient({ ...valid, password: "" })).toThrow(
      /password must be a non-empty string/,
    );
    expect(() => createVoiceClient({ ...valid, codCampaign: undefined as never })).toThrow(/codCampaign/);
    expect(() => createVoiceClient({ ...valid, tokenLifetimeMs: 0 })).toThrow(
      /tokenLifetimeMs must be more than 0/,
    );
  });
});
