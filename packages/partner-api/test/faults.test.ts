/**
 * Bad answers and no answers: each becomes the right typed error with a readable message, and nothing is left
 * as an unhandled rejection (vitest fails the run on one). HTTP-level faults are msw overrides layered on the
 * sandbox (each test's fault answers GET /partners/<id>/channels/<fault>); what only a socket can do (a reset,
 * a reset mid-body) comes from a real server on loopback.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ApiError, NetworkError, TimeoutError } from "@ccaas/types";
import { delay, HttpResponse, http, passthrough } from "msw";
import { describe, expect, it } from "vitest";
import type { PartnerClientOptions } from "../src/index";
import { useHttpServer } from "./support/http-server";
import { baseUrl, useSandbox } from "./support/sandbox";

const platform = useSandbox();

/** Sockets that fail: /partners/<id>/channels/reset and .../reset-mid-body. */
const sockets = useHttpServer((request, response) => {
  if (request.url?.endsWith("/reset-mid-body")) {
    response.writeHead(200, { "content-type": "application/json", "content-length": "400" });
    response.write('{"id":"c3b1d2e4-5f60-4a7b-8c9d-0e1f2a3b4c5d",');
    setTimeout(() => request.socket.destroy(), 20);
    return;
  }
  request.socket.destroy();
});

/** The socket server's URL; its requests pass msw by, to the real socket. */
function socketServer(): string {
  platform.server.use(http.all(`${sockets.url()}/*`, () => passthrough()));
  return sockets.url();
}

/** Answers GET .../channels/<name> with `answer` for this test; returns how many requests it got. */
function fault(name: string, answer: () => Response | Promise<Response>): () => number {
  let hits = 0;
  platform.server.use(
    http.get(`${baseUrl}/partners/:partnerId/channels/${name}`, () => {
      hits += 1;
      return answer();
    }),
  );
  return () => hits;
}

const html = (status: number, text: string) =>
  new HttpResponse(text, { status, headers: { "content-type": "text/html; charset=utf-8" } });
const json = (status: number, text: string, headers: Record<string, string> = {}) =>
  new HttpResponse(text, { status, headers: { "content-type": "application/json", ...headers } });
/** A server that never answers (the request's abort ends the wait). */
const slow = async () => {
  await delay("infinite");
  return json(200, "{}");
};

function client(options: Partial<PartnerClientOptions> = {}) {
  return platform.client({ retry: false, ...options });
}

async function failure(name: string, options?: Partial<PartnerClientOptions>): Promise<unknown> {
  return client(options)
    .getChannel(name)
    .then(
      () => expect.fail("expected the call to fail"),
      (error: unknown) => error,
    );
}

describe("faults become typed errors", () => {
  it("a 500 HTML page: ApiError 500 saying it got HTML", async () => {
    fault("html-500", () =>
      html(500, "<!doctype html><html><body><h1>Internal Server Error</h1></body></html>"),
    );
    const error = await failure("html-500");
    expect(ApiError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 500, code: "http_500", isRetryable: true });
    expect((error as ApiError).message).toMatch(
      /answered 500 Internal Server Error to GET \/partners\/.+\/channels\/html-500 with an HTML page instead of JSON/,
    );
    expect((error as ApiError).body).toContain("<h1>Internal Server Error</h1>");
  });

  it("an empty error body: ApiError with the status, saying the body was empty", async () => {
    fault("empty-502", () => new HttpResponse(null, { status: 502, headers: { "content-length": "0" } }));
    const error = await failure("empty-502");
    expect(error).toMatchObject({ name: "ApiError", status: 502, body: undefined });
    expect((error as Error).message).toMatch(/502 Bad Gateway .* with an empty body\. Retry later\./);
  });

  it("a truncated JSON error body: ApiError with the status, the text kept", async () => {
    fault("truncated-400", () => json(400, '{"code":"validation_failed","mess'));
    const error = await failure("truncated-400");
    expect(error).toMatchObject({ name: "ApiError", status: 400, body: '{"code":"validation_failed","mess' });
    expect((error as Error).message).toMatch(/with JSON cut short/);
  });

  it("the server's code, message and request id when the body is the ErrorBody", async () => {
    fault("missing", () =>
      json(404, JSON.stringify({ code: "not_found", message: "No channel.", request_id: "req_body" }), {
        "x-request-id": "req_server",
      }),
    );
    const error = await failure("missing");
    expect(error).toMatchObject({ status: 404, code: "not_found", requestId: "req_server" });
    expect((error as Error).message).toBe(
      `The partner API answered 404 Not Found to GET /partners/${platform.partnerId}/channels/missing: No channel. (request id req_server)`,
    );
  });

  it("the sandbox's own ErrorBody for a channel that does not exist", async () => {
    const error = await failure("4b1e8f3a-0c2d-4e5f-9a6b-7c8d9e0f1a2b");
    expect(ApiError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 404, code: "not_found", requestId: expect.any(String) });
    expect((error as Error).message).toMatch(
      /^The partner API answered 404 Not Found to GET \/partners\/.+\/channels\/4b1e8f3a-0c2d-4e5f-9a6b-7c8d9e0f1a2b: No channel 4b1e8f3a-0c2d-4e5f-9a6b-7c8d9e0f1a2b for this partner\. \(request id .+\)$/,
    );
  });

  it("a truncated JSON success body: NetworkError invalid_response, not a SyntaxError", async () => {
    fault("truncated-200", () => json(200, '{"id":"c3b1d2e4-5f60-4a7b-8c9d-0e1f2a3b4c5d","name":"acme-ev'));
    const error = await failure("truncated-200");
    expect(NetworkError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: "invalid_response" });
    expect((error as Error).message).toMatch(/200 OK .* with JSON cut short; retry/);
  });

  it("an HTML page with 200 (a captive proxy): NetworkError invalid_response", async () => {
    fault("html-200", () => html(200, "<html><body>Sign in to the corporate proxy</body></html>"));
    const error = await failure("html-200");
    expect(error).toMatchObject({ name: "NetworkError", code: "invalid_response" });
    expect((error as Error).message).toMatch(/HTML page instead of JSON: check baseUrl/);
  });

  it("an empty 200 where JSON is expected: NetworkError invalid_response", async () => {
    fault("empty-200", () => json(200, ""));
    const error = await failure("empty-200");
    expect(error).toMatchObject({ name: "NetworkError", code: "invalid_response" });
    expect((error as Error).message).toMatch(/getChannel with an empty body/);
  });

  it("a connection reset: NetworkError naming the server and the cause", async () => {
    const error = await failure("reset", { baseUrl: socketServer() });
    expect(NetworkError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /Could not reach the partner API at http:\/\/127\.0\.0\.1:\d+ for GET .*reset \(.*\): check baseUrl/,
    );
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });

  it("a connection reset in the middle of the body: NetworkError", async () => {
    const error = await failure("reset-mid-body", { baseUrl: socketServer() });
    expect(sockets.hits()).toBe(2);
    expect(error).toMatchObject({ name: "NetworkError", code: "network_error" });
  });

  it("a refused connection: NetworkError", async () => {
    // A loopback port that was free a moment ago: nothing listens there. (Not port 1: fetch refuses that
    // "bad port" itself, before any connection.)
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const url = `http://127.0.0.1:${port}`;
    platform.server.use(http.all(`${url}/*`, () => passthrough()));
    const error = await client({ baseUrl: url })
      .listChannels()
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "NetworkError", isRetryable: true });
    expect((error as Error).message).toMatch(/Could not reach the partner API at .*ECONNREFUSED/);
  });

  it("a slow server: TimeoutError after timeoutMs", async () => {
    fault("slow", slow);
    const started = performance.now();
    const error = await failure("slow", { timeoutMs: 100 });
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ timeoutMs: 100, code: "timeout" });
    expect((error as Error).message).toMatch(/did not answer GET .*slow within 100 ms/);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("a slow server with retries: each attempt times out, then the TimeoutError", async () => {
    const hits = fault("slow", slow);
    const error = await failure("slow", { timeoutMs: 50, retry: { maxAttempts: 2, baseDelayMs: 1 } });
    expect(error).toMatchObject({ name: "TimeoutError" });
    expect(hits()).toBe(2);
  });

  it("the caller's abort: the AbortError itself, not wrapped", async () => {
    fault("slow", slow);
    const controller = new AbortController();
    const pending = client().getChannel("slow", { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await pending.catch((caught: unknown) => caught);
    expect(error).toBe(controller.signal.reason);
    expect((error as Error).name).toBe("AbortError");
  });

  it("an abort during the wait between retries ends it at once", async () => {
    const hits = fault("html-500", () => html(500, "<h1>Internal Server Error</h1>"));
    const controller = new AbortController();
    const reason = new Error("user cancelled");
    const pending = client({ retry: { maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 60_000 } }).getChannel(
      "html-500",
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(reason), 50);
    await expect(pending).rejects.toBe(reason);
    expect(hits()).toBe(1);
  });
});
