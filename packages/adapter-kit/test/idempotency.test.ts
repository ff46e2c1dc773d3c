/** Idempotency and publish retries (issue sections 4 and 5), with the in-memory state store. */
import type { ParticipantEventMessage } from "@ccaas/types";
import { describe, expect, it, vi } from "vitest";
import { createInMemoryPublisher, type EventPublisher, PublishError, type StateStore } from "../src/index";
import { acceptBody, endBody, participantBody, post } from "./helpers/platform";
import { createTestAdapter } from "./helpers/test-adapter";

/** A publisher that fails the first `failures` attempts, then records. */
function flakyPublisher(
  failures: number,
  error: () => unknown = () => new PublishError("broker down", { isRetryable: true }),
) {
  const inner = createInMemoryPublisher();
  let remaining = failures;
  const attempts: string[] = [];
  const publisher: EventPublisher = {
    async publish(event) {
      attempts.push(event.eventId);
      if (remaining > 0) {
        remaining -= 1;
        throw error();
      }
      await inner.publish(event);
    },
  };
  return { publisher, inner, attempts, heal: () => (remaining = 0) };
}

describe("idempotency", () => {
  it("a repeated request returns the first answer, runs the handler once and publishes nothing new", async () => {
    const { adapter, platform, publisher, handlers } = await createTestAdapter();
    const token = await platform.agentToken();
    const first = await post(adapter, "/calls/accept", acceptBody(), token);
    const second = await post(adapter, "/calls/accept", acceptBody(), token);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual(await first.json());
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(handlers.accept).toHaveBeenCalledTimes(1);
    expect(publisher.count).toBe(1);
  });

  it("concurrent repeats wait for the first and share its answer", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const hold = vi.fn(() => gate);
    const { adapter, platform, publisher } = await createTestAdapter({}, { hold });
    const token = await platform.agentToken();
    const all = Promise.all([1, 2, 3].map(() => post(adapter, "/calls/hold", participantBody(), token)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    const responses = await all;
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    expect(hold).toHaveBeenCalledTimes(1);
    expect(publisher.count).toBe(1);
  });

  it("the same Idempotency-Key returns the first answer; reused for another request it is a 400", async () => {
    const { adapter, platform, publisher, handlers } = await createTestAdapter();
    const token = await platform.agentToken();
    const headers = { "idempotency-key": "click-1" };
    expect((await post(adapter, "/calls/mute", participantBody(), token, headers)).status).toBe(200);
    expect(
      (await post(adapter, "/calls/mute", participantBody(), token, headers)).headers.get(
        "idempotent-replayed",
      ),
    ).toBe("true");
    const reused = await post(adapter, "/calls/unmute", participantBody(), token, headers);
    expect(reused.status).toBe(400);
    expect((await reused.json()).message).toMatch(/Idempotency-Key/);
    // A new key is a new request, even with the same body.
    expect(
      (await post(adapter, "/calls/mute", participantBody(), token, { "idempotency-key": "click-2" })).status,
    ).toBe(200);
    expect(handlers.mute).toHaveBeenCalledTimes(2);
    expect(publisher.count).toBe(2);
    const invalid = await post(adapter, "/calls/mute", participantBody(), token, {
      "idempotency-key": "x".repeat(300),
    });
    expect(invalid.status).toBe(400);
  });

  it("different requests are not repeats: other participant, other removeAllParticipants", async () => {
    const { adapter, platform, publisher } = await createTestAdapter();
    const token = await platform.agentToken();
    await post(adapter, "/calls/end", endBody(), token);
    await post(adapter, "/calls/end", endBody({ removeAllParticipants: true }), token);
    await post(adapter, "/calls/hold", participantBody(), token);
    await post(
      adapter,
      "/calls/hold",
      participantBody({ participantId: "0b7c6d0e-3c1a-4a51-9d0e-8f6f2f1c2a01" }),
      token,
    );
    expect(publisher.events.map((event) => event.eventType)).toEqual([
      "PARTICIPANTCALLCOMPLETED",
      "PARTICIPANTCALLCOMPLETED",
      "PARTICIPANTCALLCOMPLETED",
      "PARTICIPANTCALLHELD",
      "PARTICIPANTCALLHELD",
    ]);
  });

  it("hold, resume, hold: the second hold is a new request because resume undid the first", async () => {
    const { adapter, platform, publisher, handlers } = await createTestAdapter();
    const token = await platform.agentToken();
    for (const path of ["/calls/hold", "/calls/resume", "/calls/hold", "/calls/hold"]) {
      expect((await post(adapter, path, participantBody(), token)).status).toBe(200);
    }
    expect(handlers.hold).toHaveBeenCalledTimes(2);
    expect(publisher.events.map((event) => event.eventType)).toEqual([
      "PARTICIPANTCALLHELD",
      "PARTICIPANTCALLRESUMED",
      "PARTICIPANTCALLHELD",
    ]);
  });

  it("a failed handler is not remembered: the retry runs it again", async () => {
    let calls = 0;
    const { adapter, platform, publisher } = await createTestAdapter(
      {},
      {
        accept: async () => {
          calls += 1;
          if (calls === 1) throw new Error("telephony busy");
        },
      },
    );
    const token = await platform.agentToken();
    expect((await post(adapter, "/calls/accept", acceptBody(), token)).status).toBe(502);
    expect((await post(adapter, "/calls/accept", acceptBody(), token)).status).toBe(200);
    expect(calls).toBe(2);
    expect(publisher.count).toBe(1);
  });

  it("the window expires: the same request later is performed again", async () => {
    const { adapter, platform, publisher } = await createTestAdapter({ idempotency: { windowMs: 30 } });
    const token = await platform.agentToken();
    await post(adapter, "/calls/accept", acceptBody(), token);
    await new Promise((resolve) => setTimeout(resolve, 60));
    await post(adapter, "/calls/accept", acceptBody(), token);
    expect(publisher.count).toBe(2);
  });
});

describe("publish retries", () => {
  it("a failing publisher is retried and the request succeeds", async () => {
    const flaky = flakyPublisher(2);
    const { adapter, platform } = await createTestAdapter({ publisher: flaky.publisher });
    const response = await post(adapter, "/calls/accept", acceptBody(), await platform.agentToken());
    expect(response.status).toBe(200);
    expect(flaky.attempts).toHaveLength(3);
    // Every attempt carried the same event: consumers deduplicate on eventId.
    expect(new Set(flaky.attempts).size).toBe(1);
    expect(flaky.inner.count).toBe(1);
  });

  it("still failing: an error answer, never a silent loss; the retry publishes without acting again", async () => {
    const flaky = flakyPublisher(Number.POSITIVE_INFINITY);
    const { adapter, platform, handlers } = await createTestAdapter({ publisher: flaky.publisher });
    const token = await platform.agentToken();
    const failed = await post(adapter, "/calls/accept", acceptBody(), token);
    expect(failed.status).toBe(502);
    const body = await failed.json();
    expect(body).toMatchObject({ status: "Error", code: "upstream_failed" });
    expect(body.message).toContain("PARTICIPANTCALLINITIATED");
    expect(flaky.attempts).toHaveLength(3);
    expect(flaky.inner.count).toBe(0);

    flaky.heal();
    const retried = await post(adapter, "/calls/accept", acceptBody(), token);
    expect(retried.status).toBe(200);
    expect(handlers.accept).toHaveBeenCalledTimes(1);
    expect(flaky.inner.count).toBe(1);
    // The event published on the retry is the one built the first time.
    expect(flaky.inner.events[0]?.eventId).toBe(flaky.attempts[0]);
  });

  it("a permanent publish error is not retried", async () => {
    const flaky = flakyPublisher(1, () => new PublishError("rejected", { isRetryable: false, status: 400 }));
    const { adapter, platform } = await createTestAdapter({ publisher: flaky.publisher });
    const response = await post(adapter, "/calls/accept", acceptBody(), await platform.agentToken());
    expect(response.status).toBe(502);
    expect(flaky.attempts).toHaveLength(1);
  });

  it("publishes end's events in order and resumes after the first that failed", async () => {
    const seen: ParticipantEventMessage[] = [];
    let failSecond = true;
    const publisher: EventPublisher = {
      async publish(event) {
        if (seen.length === 1 && failSecond) throw new PublishError("down", { isRetryable: false });
        seen.push(event);
      },
    };
    const { adapter, platform } = await createTestAdapter({ publisher });
    const token = await platform.agentToken();
    expect((await post(adapter, "/calls/end", endBody({ removeAllParticipants: true }), token)).status).toBe(
      502,
    );
    failSecond = false;
    expect((await post(adapter, "/calls/end", endBody({ removeAllParticipants: true }), token)).status).toBe(
      200,
    );
    // The first event went out twice (same eventId: at-least-once), the second once.
    expect(seen.map((event) => event.eventId)).toHaveLength(3);
    expect(new Set(seen.map((event) => event.eventId)).size).toBe(2);
  });
});

describe("state store failures", () => {
  it("a state store that throws StateStoreError gives a 500 with Retry-After, and the handler never runs", async () => {
    const { StateStoreError } = await import("../src/index");
    const down: StateStore = {
      setIfAbsent: async () => {
        throw new StateStoreError("Redis SET NX failed: connection refused");
      },
      get: async () => undefined,
      set: async () => {},
      delete: async () => {},
    };
    const { adapter, platform, handlers, publisher } = await createTestAdapter({ stateStore: down });
    const response = await post(adapter, "/calls/accept", acceptBody(), await platform.agentToken());
    expect(response.status).toBe(500);
    expect(response.headers.get("retry-after")).toBe("1");
    expect((await response.json()).message).toMatch(/state store is unavailable/);
    expect(handlers.accept).not.toHaveBeenCalled();
    expect(publisher.count).toBe(0);
  });
});
