/** Faults become typed errors through the same transport as the partner API; the password and tokens stay secret. */
import { delay, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { createVoiceClient, type Logger, type VoiceClientOptions } from "../src/index";
import {
  baseUrl,
  codCampaign,
  createVoicePlatform,
  login,
  password,
  route,
  useMswServer,
} from "./support/handlers";

const server = useMswServer();

function setup(options: Partial<VoiceClientOptions> = {}) {
  const platform = createVoicePlatform();
  server.use(...platform.handlers);
  return {
    platform,
    client: createVoiceClient({ baseUrl, login, password, codCampaign, retry: false, ...options }),
  };
}

describe("faults", () => {
  it("an HTML 500 page: ApiError", async () => {
    const { client } = setup();
    server.use(
      route(
        "/Call/Server",
        () =>
          new HttpResponse("<html>Oops</html>", {
            status: 500,
            headers: { "content-type": "text/html" },
          }) as never,
      ),
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
    const { client } = setup();
    server.use(route("/Call/Server", () => HttpResponse.json([] as never)));
    await expect(client.getCallServer()).rejects.toMatchObject({
      name: "NetworkError",
      code: "invalid_response",
    });
  });

  it("a slow server: TimeoutError", async () => {
    const { client } = setup({ timeoutMs: 50 });
    server.use(
      route("/Call/Server", async () => {
        await delay(2_000);
        return HttpResponse.json([]);
      }),
    );
    await expect(client.getCallServer()).rejects.toMatchObject({ name: "TimeoutError", timeoutMs: 50 });
  });

  it("retries Call/Status on 503, never Call/Create", async () => {
    const { platform, client } = setup({ retry: { maxAttempts: 3, baseDelayMs: 1 } });
    const { id } = await client.createCall({ destination: "5511980121511" });
    let statusHits = 0;
    server.use(
      route("/Call/Status", () => {
        statusHits += 1;
        return statusHits === 1
          ? HttpResponse.json([{ error: "CALL_NOT_FOUND", message: "busy" }] as never, { status: 503 })
          : HttpResponse.json([{ _id: id, status: "Dialing", isdn_code: "", isdn_reason: "" }]);
      }),
      route("/Call/Create", () =>
        HttpResponse.json([{ error: "CALL_NOT_FOUND", message: "busy" }] as never, { status: 503 }),
      ),
    );
    await expect(client.getCallStatus(id)).resolves.toMatchObject({ status: "Dialing" });
    expect(statusHits).toBe(2);
    const before = platform.state.bodies.length;
    await expect(client.createCall({ destination: "5511980121511" })).rejects.toMatchObject({ status: 503 });
    expect(platform.state.bodies.length).toBe(before);
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
    const { client } = setup({ logger });
    const settings = await client.getCallServer();
    let token = "";
    server.use(
      // A server that echoes the body it got (token, password) in its error message.
      route("/Call/Status", async ({ request }) => {
        const text = await request.text();
        token = JSON.parse(text).token;
        return HttpResponse.json(
          [
            {
              error: "CALL_NOT_FOUND",
              message: `Bad request ${text} for ${password} / ${settings.sipPassword}`,
            },
          ] as never,
          {
            status: 404,
          },
        );
      }),
    );
    const error = await client.getCallStatus("5d7bd7d87b2e3252147f8be4").catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 404, code: "CALL_NOT_FOUND" });
    expect(token).not.toBe("");
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
