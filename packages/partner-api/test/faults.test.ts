/**
 * Bad answers and no answers, from a real server on loopback: each becomes the right typed error with a
 * readable message, and nothing is left as an unhandled rejection (vitest fails the run on one).
 */
import { ApiError, NetworkError, TimeoutError } from "@ccaas/types";
import { describe, expect, it } from "vitest";
import { createPartnerClient, type PartnerClientOptions } from "../src/index";
import { useHttpServer } from "./support/http-server";

const partnerId = "215fd887-39be-4935-981f-2670d6afeaa7";

/** Each test picks its fault with the `x-fault` path segment: /partners/<id>/channels/<fault>. */
const server = useHttpServer((request, response) => {
  const fault = request.url?.split("/").at(-1);
  switch (fault) {
    case "html-500":
      response.writeHead(500, { "content-type": "text/html" });
      response.end("<!doctype html><html><body><h1>Internal Server Error</h1></body></html>");
      return;
    case "empty-502":
      response.writeHead(502, { "content-length": "0" });
      response.end();
      return;
    case "truncated-400":
      response.writeHead(400, { "content-type": "application/json" });
      response.end('{"code":"validation_failed","mess');
      return;
    case "truncated-200":
      response.writeHead(200, { "content-type": "application/json" });
      response.end('{"id":"c3b1d2e4-5f60-4a7b-8c9d-0e1f2a3b4c5d","name":"acme-ev');
      return;
    case "html-200":
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end("<html><body>Sign in to the corporate proxy</body></html>");
      return;
    case "empty-200":
      response.writeHead(200, { "content-type": "application/json" });
      response.end();
      return;
    case "reset":
      request.socket.destroy();
      return;
    case "reset-mid-body":
      response.writeHead(200, { "content-type": "application/json", "content-length": "400" });
      response.write('{"id":"c3b1d2e4-5f60-4a7b-8c9d-0e1f2a3b4c5d",');
      setTimeout(() => request.socket.destroy(), 20);
      return;
    case "slow":
      setTimeout(() => {
        if (!response.destroyed) response.end("{}");
      }, 2_000).unref();
      return;
    default:
      response.writeHead(404, { "content-type": "application/json", "x-request-id": "req_server" });
      response.end(JSON.stringify({ code: "not_found", message: "No channel.", request_id: "req_body" }));
  }
});

function client(options: Partial<PartnerClientOptions> = {}) {
  return createPartnerClient({
    baseUrl: server.url(),
    partnerId,
    clientId: "id",
    clientSecret: "secret-value",
    templateVersion: "1",
    retry: false,
    ...options,
  });
}

async function failure(fault: string, options?: Partial<PartnerClientOptions>): Promise<unknown> {
  return client(options)
    .getChannel(fault)
    .then(
      () => expect.fail("expected the call to fail"),
      (error: unknown) => error,
    );
}

describe("faults become typed errors", () => {
  it("a 500 HTML page: ApiError 500 saying it got HTML", async () => {
    const error = await failure("html-500");
    expect(ApiError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 500, code: "http_500", isRetryable: true });
    expect((error as ApiError).message).toMatch(
      /answered 500 Internal Server Error to GET \/partners\/.+\/channels\/html-500 with an HTML page instead of JSON/,
    );
    expect((error as ApiError).body).toContain("<h1>Internal Server Error</h1>");
  });

  it("an empty error body: ApiError with the status, saying the body was empty", async () => {
    const error = await failure("empty-502");
    expect(error).toMatchObject({ name: "ApiError", status: 502, body: undefined });
    expect((error as Error).message).toMatch(/502 Bad Gateway .* with an empty body\. Retry later\./);
  });

  it("a truncated JSON error body: ApiError with the status, the text kept", async () => {
    const error = await failure("truncated-400");
    expect(error).toMatchObject({ name: "ApiError", status: 400, body: '{"code":"validation_failed","mess' });
    expect((error as Error).message).toMatch(/with JSON cut short/);
  });

  it("the server's code, message and request id when the body is the ErrorBody", async () => {
    const error = await failure("missing");
    expect(error).toMatchObject({ status: 404, code: "not_found", requestId: "req_server" });
    expect((error as Error).message).toBe(
      "The partner API answered 404 Not Found to GET /partners/215fd887-39be-4935-981f-2670d6afeaa7/channels/missing: No channel. (request id req_server)",
    );
  });

  it("a truncated JSON success body: NetworkError invalid_response, not a SyntaxError", async () => {
    const error = await failure("truncated-200");
    expect(NetworkError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: "invalid_response" });
    expect((error as Error).message).toMatch(/200 OK .* with JSON cut short; retry/);
  });

  it("an HTML page with 200 (a captive proxy): NetworkError invalid_response", async () => {
    const error = await failure("html-200");
    expect(error).toMatchObject({ name: "NetworkError", code: "invalid_response" });
    expect((error as Error).message).toMatch(/HTML page instead of JSON: check baseUrl/);
  });

  it("an empty 200 where JSON is expected: NetworkError invalid_response", async () => {
    const error = await failure("empty-200");
    expect(error).toMatchObject({ name: "NetworkError", code: "invalid_response" });
    expect((error as Error).message).toMatch(/getChannel with an empty body/);
  });

  it("a connection reset: NetworkError naming the server and the cause", async () => {
    const error = await failure("reset");
    expect(NetworkError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /Could not reach the partner API at http:\/\/127\.0\.0\.1:\d+ for GET .*reset \(.*\): check baseUrl/,
    );
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });

  it("a connection reset in the middle of the body: NetworkError", async () => {
    const error = await failure("reset-mid-body");
    expect(error).toMatchObject({ name: "NetworkError", code: "network_error" });
  });

  it("a refused connection: NetworkError", async () => {
    const refused = createPartnerClient({
      baseUrl: "http://127.0.0.1:1",
      partnerId,
      clientId: "id",
      clientSecret: "secret-value",
      templateVersion: "1",
      retry: false,
    });
    await expect(refused.listChannels()).rejects.toMatchObject({ name: "NetworkError", isRetryable: true });
  });

  it("a slow server: TimeoutError after timeoutMs", async () => {
    const started = performance.now();
    const error = await failure("slow", { timeoutMs: 100 });
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ timeoutMs: 100, code: "timeout" });
    expect((error as Error).message).toMatch(/did not answer GET .*slow within 100 ms/);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("a slow server with retries: each attempt times out, then the TimeoutError", async () => {
    const before = server.hits();
    const error = await failure("slow", { timeoutMs: 50, retry: { maxAttempts: 2, baseDelayMs: 1 } });
    expect(error).toMatchObject({ name: "TimeoutError" });
    expect(server.hits() - before).toBe(2);
  });

  it("the caller's abort: the AbortError itself, not wrapped", async () => {
    const controller = new AbortController();
    const pending = client().getChannel("slow", { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await pending.catch((caught: unknown) => caught);
    expect(error).toBe(controller.signal.reason);
    expect((error as Error).name).toBe("AbortError");
  });

  it("an abort during the wait between retries ends it at once", async () => {
    const controller = new AbortController();
    const reason = new Error("user cancelled");
    const pending = client({ retry: { maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 60_000 } }).getChannel(
      "html-500",
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(reason), 50);
    await expect(pending).rejects.toBe(reason);
  });
});
