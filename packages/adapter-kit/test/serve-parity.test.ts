/**
 * `serve` answers the kit's POST routes straight from node:http, `adapter.fetch` through Hono: the same requests
 * must get the same answers (status, body, headers) either way, including errors, replays and CORS.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CallControlError, type RunningServer, serve } from "../src/index";
import { acceptBody, participantBody } from "./helpers/platform";
import { createTestAdapter } from "./helpers/test-adapter";

interface Case {
  name: string;
  path: string;
  headers: Record<string, string>;
  body: string | (() => ReadableStream<Uint8Array>);
}

const origin = "https://agent.example.com";
const compared = [
  "content-type",
  "idempotent-replayed",
  "retry-after",
  "allow",
  "access-control-allow-origin",
  "access-control-expose-headers",
  "vary",
];

async function observe(response: Response) {
  const json = (await response.json()) as Record<string, unknown>;
  const { requestId, ...body } = json;
  return {
    status: response.status,
    body,
    // An error body carries the request id that is also the header.
    requestIdMatches: requestId === undefined || requestId === response.headers.get("x-request-id"),
    hasRequestId: Boolean(response.headers.get("x-request-id")),
    headers: Object.fromEntries(compared.map((name) => [name, response.headers.get(name)])),
  };
}

describe("serve and adapter.fetch answer alike", () => {
  let viaFetch: Awaited<ReturnType<typeof createTestAdapter>>;
  let viaNode: Awaited<ReturnType<typeof createTestAdapter>>;
  let server: RunningServer;
  let agentToken: string;
  let otherAgentToken: string;

  beforeAll(async () => {
    const failing = { hold: async () => Promise.reject(new CallControlError("Line 7 is busy.")) };
    viaFetch = await createTestAdapter({ cors: { origins: [origin] } }, failing);
    viaNode = await createTestAdapter(
      { cors: { origins: [origin] }, auth: { platformJwks: viaFetch.platform.jwks } as never },
      failing,
    );
    server = await serve(viaNode.adapter, { port: 0 });
    agentToken = await viaFetch.platform.agentToken();
    otherAgentToken = await viaFetch.platform.agentToken("otherAgent");
  });
  afterAll(async () => {
    await server?.close();
  });

  it("for successes, replays, every kind of error and CORS, on both paths", async () => {
    const json = { "content-type": "application/json" };
    const bearer = () => ({ ...json, authorization: `Bearer ${agentToken}` });
    const cases: Case[] = [
      { name: "accept", path: "/calls/accept", headers: bearer(), body: JSON.stringify(acceptBody()) },
      { name: "replay", path: "/calls/accept", headers: bearer(), body: JSON.stringify(acceptBody()) },
      {
        name: "cors, allowed origin, own request id",
        path: "/calls/mute",
        headers: { ...bearer(), origin, "x-request-id": "req-42" },
        body: JSON.stringify(participantBody()),
      },
      {
        name: "cors, other origin",
        path: "/calls/unmute",
        headers: { ...bearer(), origin: "https://evil.example" },
        body: JSON.stringify(participantBody()),
      },
      {
        name: "field errors",
        path: "/calls/accept",
        headers: bearer(),
        body: JSON.stringify({ conversationId: "nope", author: {}, extra: 1 }),
      },
      { name: "not JSON", path: "/calls/accept", headers: bearer(), body: "{not json" },
      { name: "not UTF-8", path: "/calls/accept", headers: bearer(), body: '"\uD800"' },
      { name: "empty", path: "/calls/accept", headers: bearer(), body: "" },
      {
        name: "wrong content type",
        path: "/calls/accept",
        headers: { ...bearer(), "content-type": "text/plain" },
        body: JSON.stringify(acceptBody()),
      },
      { name: "no token", path: "/calls/accept", headers: json, body: JSON.stringify(acceptBody()) },
      {
        name: "not a bearer token",
        path: "/calls/accept",
        headers: { ...json, authorization: "Basic abc" },
        body: JSON.stringify(acceptBody()),
      },
      {
        name: "forged token",
        path: "/calls/accept",
        headers: { ...json, authorization: `Bearer ${agentToken.slice(0, -4)}AAAA` },
        body: JSON.stringify(acceptBody()),
      },
      {
        name: "another agent's token",
        path: "/calls/accept",
        headers: { ...json, authorization: `Bearer ${otherAgentToken}` },
        body: JSON.stringify(acceptBody()),
      },
      {
        name: "bad Idempotency-Key",
        path: "/calls/end",
        headers: { ...bearer(), "idempotency-key": "has space" },
        body: JSON.stringify(participantBody({ removeAllParticipants: false })),
      },
      {
        name: "handler throws CallControlError",
        path: "/calls/hold",
        headers: bearer(),
        body: JSON.stringify(participantBody()),
      },
      {
        name: "too large",
        path: "/calls/accept",
        headers: bearer(),
        body: JSON.stringify(acceptBody({ padding: "x".repeat(20_000) })),
      },
      {
        name: "chunked body (no Content-Length)",
        path: "/calls/resume",
        headers: bearer(),
        body: () => new Blob([JSON.stringify(participantBody())]).stream(),
      },
      {
        name: "token",
        path: "/token",
        headers: bearer(),
        body: JSON.stringify({ agentLogonName: "testAgent" }),
      },
    ];

    for (const testCase of cases) {
      const init = (): RequestInit & { duplex?: "half" } => ({
        method: "POST",
        headers: testCase.headers,
        body: typeof testCase.body === "string" ? testCase.body : testCase.body(),
        ...(typeof testCase.body === "string" ? {} : { duplex: "half" as const }),
      });
      const fromFetch = await observe(
        await viaFetch.adapter.fetch(new Request(`http://adapter.test${testCase.path}`, init())),
      );
      const fromNode = await observe(await fetch(`${server.url}${testCase.path}`, init()));
      if (testCase.path === "/token") {
        // Tokens differ (a new jti each); their presence and shape are what must agree.
        expect(typeof fromNode.body.token, testCase.name).toBe("string");
        fromFetch.body.token = fromNode.body.token = "<token>";
      }
      expect(fromNode, testCase.name).toEqual(fromFetch);
      expect(fromNode.hasRequestId && fromNode.requestIdMatches, testCase.name).toBe(true);
    }
    // The same calls were accepted on each side, each publishing once.
    expect(viaNode.publisher.events.map((event) => event.eventType)).toEqual(
      viaFetch.publisher.events.map((event) => event.eventType),
    );
    expect(viaNode.publisher.count).toBe(4);
  });
});
