/** The HTTP contract of specs/voice-adapter.yaml: routes, bodies, validation, errors (issue section 2). */
import { describe, expect, it } from "vitest";
import { CallControlError } from "../src/index";
import {
  acceptBody,
  agentParticipantId,
  conversationId,
  customerParticipantId,
  endBody,
  participantBody,
  partnerId,
  post,
} from "./helpers/platform";
import { createTestAdapter } from "./helpers/test-adapter";

describe("call-control routes", () => {
  it("accepts a call: handler gets the typed body, the answer is the seed's, PARTICIPANTCALLINITIATED is published for the agent", async () => {
    const { adapter, platform, publisher, handlers } = await createTestAdapter();
    const response = await post(adapter, "/calls/accept", acceptBody(), await platform.agentToken());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "Success" });
    expect(response.headers.get("x-request-id")).toBeTruthy();
    expect(handlers.accept).toHaveBeenCalledTimes(1);
    expect(handlers.accept.mock.calls[0]?.[0]).toEqual(acceptBody());
    expect(publisher.events).toHaveLength(1);
    expect(publisher.events[0]).toMatchObject({
      eventType: "PARTICIPANTCALLINITIATED",
      partnerId,
      conversationId,
      participant: { participantId: agentParticipantId, userName: "testAgent", purpose: "agent" },
      author: { userName: "testAgent", participantId: agentParticipantId },
    });
  });

  it.each([
    ["/calls/hold", "hold", "PARTICIPANTCALLHELD"],
    ["/calls/resume", "resume", "PARTICIPANTCALLRESUMED"],
    ["/calls/mute", "mute", "PARTICIPANTCALLMUTED"],
    ["/calls/unmute", "unmute", "PARTICIPANTCALLUNMUTED"],
  ] as const)("%s calls %s and publishes %s for participantId", async (path, handler, eventType) => {
    const { adapter, platform, publisher, handlers } = await createTestAdapter();
    const response = await post(adapter, path, participantBody(), await platform.agentToken());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "Success" });
    expect(handlers[handler]).toHaveBeenCalledTimes(1);
    expect(publisher.events.map((event) => [event.eventType, event.participant.participantId])).toEqual([
      [eventType, customerParticipantId],
    ]);
  });

  it("end without removeAllParticipants publishes one PARTICIPANTCALLCOMPLETED for participantId", async () => {
    const { adapter, platform, publisher } = await createTestAdapter();
    const response = await post(adapter, "/calls/end", endBody(), await platform.agentToken());
    expect(response.status).toBe(200);
    expect(publisher.events).toHaveLength(1);
    expect(publisher.events[0]).toMatchObject({
      eventType: "PARTICIPANTCALLCOMPLETED",
      participant: { participantId: customerParticipantId },
      removeAllParticipants: false,
    });
  });

  it("end with removeAllParticipants publishes one PARTICIPANTCALLCOMPLETED per participant removed", async () => {
    const { adapter, platform, publisher } = await createTestAdapter();
    await post(adapter, "/calls/end", endBody({ removeAllParticipants: true }), await platform.agentToken());
    expect(publisher.events.map((event) => [event.eventType, event.participant.participantId])).toEqual([
      ["PARTICIPANTCALLCOMPLETED", agentParticipantId],
      ["PARTICIPANTCALLCOMPLETED", customerParticipantId],
    ]);
    expect(new Set(publisher.events.map((event) => event.eventId)).size).toBe(2);
  });

  it("end publishes for the participants the handler reports (a conference)", async () => {
    const third = "0b7c6d0e-3c1a-4a51-9d0e-8f6f2f1c2a01";
    const { adapter, platform, publisher } = await createTestAdapter(
      {},
      {
        end: async () => ({
          removedParticipants: [
            { participantId: agentParticipantId, userName: "testAgent", purpose: "agent" },
            { participantId: customerParticipantId, purpose: "customer" },
            { participantId: third, purpose: "customer" },
          ],
        }),
      },
    );
    await post(adapter, "/calls/end", endBody({ removeAllParticipants: true }), await platform.agentToken());
    expect(publisher.events.map((event) => event.participant.participantId)).toEqual([
      agentParticipantId,
      customerParticipantId,
      third,
    ]);
  });

  it("serves /health without a token", async () => {
    const { adapter } = await createTestAdapter();
    const response = await adapter.fetch(new Request("http://adapter.test/health"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("serves custom paths and extra routes", async () => {
    const { adapter, platform } = await createTestAdapter({
      paths: { accept: "/v2/accept" },
      routes: { "/webhooks": () => new Response("hook", { status: 202 }) },
    });
    const token = await platform.agentToken();
    expect((await post(adapter, "/v2/accept", acceptBody(), token)).status).toBe(200);
    expect((await post(adapter, "/calls/accept", acceptBody(), token)).status).toBe(404);
    expect((await post(adapter, "/webhooks", {}, token)).status).toBe(202);
  });
});

describe("validation from the spec", () => {
  it("answers 400 with one detail per invalid field", async () => {
    const { adapter, platform, handlers, publisher } = await createTestAdapter();
    const response = await post(
      adapter,
      "/calls/hold",
      { conversationId: "not-a-uuid", author: { userName: "testAgent" }, extra: 1 },
      await platform.agentToken(),
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ status: "Error", code: "validation_failed" });
    expect(body.requestId).toBe(response.headers.get("x-request-id"));
    expect(body.details).toEqual(
      expect.arrayContaining([
        { field: "/conversationId", message: "must be a valid uuid" },
        { field: "/participantId", message: "is required" },
        { field: "/author/participantId", message: "is required" },
        { field: "/extra", message: "is not a known field: remove it or check its spelling" },
      ]),
    );
    expect(handlers.hold).not.toHaveBeenCalled();
    expect(publisher.count).toBe(0);
  });

  it("answers 400 for a body that is not JSON, not UTF-8, or empty", async () => {
    const { adapter, platform } = await createTestAdapter();
    const token = await platform.agentToken();
    for (const body of ['{"conversationId":', "", new Uint8Array([0xff, 0xfe, 0x7b])]) {
      const response = await adapter.fetch(
        new Request("http://adapter.test/calls/accept", {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body,
        }),
      );
      expect(response.status).toBe(400);
      expect((await response.json()).details[0].field).toBe("/");
    }
  });

  it("answers 415 for another content type, or none", async () => {
    const { adapter, platform } = await createTestAdapter();
    const token = await platform.agentToken();
    const form = await post(adapter, "/calls/accept", "conversationId=x", token, {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(form.status).toBe(415);
    expect(await form.json()).toMatchObject({
      code: "unsupported_media_type",
      message: "Content-Type application/x-www-form-urlencoded is not supported; send application/json.",
    });
    const none = await adapter.fetch(
      new Request("http://adapter.test/calls/accept", {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
        body: new Uint8Array([1]),
      }),
    );
    expect(none.status).toBe(415);
    // Parameters after the media type are fine.
    const charset = await post(adapter, "/calls/accept", acceptBody(), token, {
      "content-type": "application/json; charset=utf-8",
    });
    expect(charset.status).toBe(200);
  });

  it("answers 413 for an oversized body, declared or streamed", async () => {
    const { adapter, platform } = await createTestAdapter({ maxBodyBytes: 1024 });
    const token = await platform.agentToken();
    const big = JSON.stringify(acceptBody({ padding: "x".repeat(2000) }));
    const declared = await post(adapter, "/calls/accept", big, token);
    expect(declared.status).toBe(413);
    expect((await declared.json()).code).toBe("payload_too_large");
    // A chunked body has no Content-Length: the limit holds while streaming.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i += 1) controller.enqueue(new TextEncoder().encode("x".repeat(200)));
        controller.close();
      },
    });
    const streamed = await adapter.fetch(
      new Request("http://adapter.test/calls/accept", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: stream,
        duplex: "half",
      } as RequestInit),
    );
    expect(streamed.status).toBe(413);
  });

  it("answers 404 for an unknown path and 405 with Allow for a wrong method", async () => {
    const { adapter } = await createTestAdapter();
    const missing = await adapter.fetch(
      new Request("http://adapter.test/calls/transfer", { method: "POST" }),
    );
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ status: "Error", code: "not_found" });
    const wrong = await adapter.fetch(new Request("http://adapter.test/calls/accept"));
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("POST");
    expect(await wrong.json()).toMatchObject({ code: "method_not_allowed" });
    const health = await adapter.fetch(new Request("http://adapter.test/health", { method: "DELETE" }));
    expect(health.status).toBe(405);
    expect(health.headers.get("allow")).toBe("GET");
  });
});

describe("handler failures", () => {
  const secretish = "postgres://admin:hunter2-hunter2@db.internal/telephony";

  it("a handler that throws becomes a 502 with no stack trace or secret, and nothing is published", async () => {
    const logs: string[] = [];
    const { adapter, platform, publisher } = await createTestAdapter(
      { logger: { error: (line) => logs.push(line) } },
      {
        hold: async () => {
          throw new Error(`connect failed: ${secretish}`);
        },
      },
    );
    const token = await platform.agentToken();
    const response = await post(adapter, "/calls/hold", participantBody(), token);
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ status: "Error", code: "upstream_failed" });
    expect(text).not.toContain("hunter2");
    expect(text).not.toMatch(/at .*\.ts:\d+/);
    expect(publisher.count).toBe(0);
    // The log says what failed, and never carries the bearer token.
    expect(logs.join("\n")).toContain("connect failed");
    expect(logs.join("\n")).not.toContain(token);
  });

  it("a CallControlError's message reaches the caller", async () => {
    const { adapter, platform } = await createTestAdapter(
      {},
      {
        resume: async () => {
          throw new CallControlError("Participant is not on hold.");
        },
      },
    );
    const response = await post(adapter, "/calls/resume", participantBody(), await platform.agentToken());
    expect(response.status).toBe(502);
    expect((await response.json()).message).toBe("Participant is not on hold.");
  });

  it("a handler that hangs past handlerTimeoutMs becomes a 502 and its signal aborts", async () => {
    let aborted = false;
    const { adapter, platform } = await createTestAdapter(
      { handlerTimeoutMs: 50 },
      {
        mute: (_request, context) =>
          new Promise<void>((resolve) => {
            context.signal.addEventListener("abort", () => {
              aborted = true;
              resolve();
            });
          }),
      },
    );
    const response = await post(adapter, "/calls/mute", participantBody(), await platform.agentToken());
    expect(response.status).toBe(502);
    expect(aborted).toBe(true);
  });

  it("end reporting malformed removedParticipants is a 502, and nothing is published", async () => {
    const { adapter, platform, publisher } = await createTestAdapter(
      {},
      { end: async () => ({ removedParticipants: [{ participantId: "nope" }] }) },
    );
    const response = await post(adapter, "/calls/end", endBody(), await platform.agentToken());
    expect(response.status).toBe(502);
    expect(publisher.count).toBe(0);
  });

  it("an unexpected failure inside the kit is a 500 with the spec's body", async () => {
    const { adapter, platform } = await createTestAdapter({
      stateStore: {
        setIfAbsent: () => {
          throw new RangeError("boom");
        },
        get: async () => undefined,
        set: async () => {},
        delete: async () => {},
      },
    });
    const response = await post(adapter, "/calls/accept", acceptBody(), await platform.agentToken());
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ status: "Error", code: "internal_error" });
  });
});

describe("options", () => {
  it("refuses a partnerId that is not a UUID, a wildcard CORS origin and missing handlers", async () => {
    const { createVoiceAdapter } = await import("../src/index");
    const auth = { platformJwks: { keys: [] }, issuer: "http://x" };
    const handlers = {
      accept() {},
      end() {},
      hold() {},
      resume() {},
      mute() {},
      unmute() {},
    };
    expect(() => createVoiceAdapter(handlers, { partnerId: "acme", auth })).toThrow(/partnerId/);
    expect(() => createVoiceAdapter(handlers, { partnerId, auth, cors: { origins: ["*"] } })).toThrow(
      /exact origin/,
    );
    expect(() => createVoiceAdapter({ ...handlers, mute: undefined } as never, { partnerId, auth })).toThrow(
      /mute/,
    );
    expect(() =>
      createVoiceAdapter(handlers, { partnerId, auth: { ...auth, tokenSecret: "short" } }),
    ).toThrow(/32/);
  });
});
