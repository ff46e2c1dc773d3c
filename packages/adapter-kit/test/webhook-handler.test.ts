/** `createWebhookHandler`: verification, replay refusal through the StateStore, typed dispatch (issue section 6). */
import type { ConversationWebhookEvent } from "@ccaas/types";
import { Webhook } from "standardwebhooks";
import { describe, expect, it, vi } from "vitest";
import { createInMemoryStateStore } from "../src/index";
import { createWebhookHandler } from "../src/webhooks/index";
import { conversationId, partnerId } from "./helpers/platform";

const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const signer = new Webhook(secret);

const joined = (id = crypto.randomUUID()) => ({
  id,
  type: "conversation.participant.joined" as const,
  timestamp: new Date().toISOString(),
  partnerId,
  data: {
    conversationId,
    participant: {
      id: "4a70a876-bf90-4360-92c3-0edd7463c691",
      purpose: "agent",
      state: "connected",
      muted: false,
      held: false,
    },
  },
});

function delivery(
  event: { id: string },
  options: { now?: Date; body?: string; signWith?: Webhook; method?: string } = {},
) {
  const now = options.now ?? new Date();
  const body = options.body ?? JSON.stringify(event);
  const signature = (options.signWith ?? signer).sign(event.id, now, body);
  return new Request("http://adapter.test/webhooks", {
    method: options.method ?? "POST",
    headers: {
      "content-type": "application/json",
      "webhook-id": event.id,
      "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
      "webhook-signature": signature,
    },
    body,
  });
}

describe("createWebhookHandler", () => {
  it("hands a verified event to its typed handler and to onEvent", async () => {
    const joinedHandler = vi.fn();
    const onEvent = vi.fn();
    const handle = createWebhookHandler({
      secret,
      on: { "conversation.participant.joined": joinedHandler },
      onEvent,
    });
    const event = joined();
    const response = await handle(delivery(event));
    expect(response.status).toBe(204);
    expect(joinedHandler).toHaveBeenCalledWith(event, expect.objectContaining({ webhookId: event.id }));
    expect(onEvent).toHaveBeenCalledTimes(1);
  });

  it("refuses a replay of the same webhook-id: the handler runs once, the replay is acknowledged", async () => {
    const onEvent = vi.fn();
    const handle = createWebhookHandler({ secret, onEvent });
    const event = joined();
    expect((await handle(delivery(event))).status).toBe(204);
    // The platform's retry of the same delivery, signed anew, is still a replay.
    const replay = await handle(delivery(event, { now: new Date(Date.now() + 5_000) }));
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({ status: "duplicate" });
    expect(onEvent).toHaveBeenCalledTimes(1);
  });

  it("shares replay protection between instances through one StateStore", async () => {
    const stateStore = createInMemoryStateStore();
    const onEvent = vi.fn();
    const first = createWebhookHandler({ secret, onEvent, stateStore });
    const second = createWebhookHandler({ secret, onEvent, stateStore });
    const event = joined();
    await first(delivery(event));
    await second(delivery(event));
    expect(onEvent).toHaveBeenCalledTimes(1);
  });

  it("401 for a bad signature, a tampered body or a stale timestamp (injected clock)", async () => {
    const onEvent = vi.fn();
    const now = Date.now();
    const handle = createWebhookHandler({ secret, onEvent, now: () => now });
    const event = joined();
    const forged = await handle(
      delivery(event, { signWith: new Webhook("whsec_QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=") }),
    );
    expect(forged.status).toBe(401);
    expect(await forged.json()).toMatchObject({ code: "unauthorized" });
    const original = delivery(event);
    const tampered = new Request(original, {
      body: JSON.stringify({ ...event, partnerId: "00000000-0000-4000-8000-000000000000" }),
    });
    expect((await handle(tampered)).status).toBe(401);
    expect((await handle(delivery(event, { now: new Date(now - 301_000) }))).status).toBe(401);
    expect((await handle(delivery(event, { now: new Date(now + 301_000) }))).status).toBe(401);
    expect((await handle(delivery(event, { now: new Date(now - 299_000) }))).status).toBe(204);
    expect(onEvent).toHaveBeenCalledTimes(1);
  });

  it("400 for a signed body that breaks the schema; 405, 413; unknown event types are acknowledged", async () => {
    const onEvent = vi.fn();
    const handle = createWebhookHandler({ secret, onEvent, maxBodyBytes: 2048 });
    const bad = { ...joined(), data: { conversationId: "not-a-uuid" } };
    expect((await handle(delivery(bad))).status).toBe(400);
    expect((await handle(new Request("http://adapter.test/webhooks"))).status).toBe(405);
    const big = joined();
    expect(
      (await handle(delivery(big, { body: JSON.stringify({ ...big, pad: "x".repeat(4096) }) }))).status,
    ).toBe(413);
    const future = { id: crypto.randomUUID(), type: "conversation.transferred" };
    expect((await handle(delivery(future))).status).toBe(204);
    expect(onEvent).not.toHaveBeenCalled();
  });

  it("a handler that throws answers 500 so the platform redelivers, and the redelivery is processed", async () => {
    let calls = 0;
    const seen: ConversationWebhookEvent[] = [];
    const handle = createWebhookHandler({
      secret,
      onEvent: (event) => {
        calls += 1;
        if (calls === 1) throw new Error("database down");
        seen.push(event);
      },
    });
    const event = joined();
    expect((await handle(delivery(event))).status).toBe(500);
    expect((await handle(delivery(event))).status).toBe(204);
    expect(seen).toHaveLength(1);
  });

  it("a state store that is down answers 500 and does not call the handler", async () => {
    const onEvent = vi.fn();
    const handle = createWebhookHandler({
      secret,
      onEvent,
      stateStore: {
        setIfAbsent: async () => {
          throw new Error("redis down");
        },
        get: async () => undefined,
        set: async () => {},
        delete: async () => {},
      },
    });
    expect((await handle(delivery(joined()))).status).toBe(500);
    expect(onEvent).not.toHaveBeenCalled();
  });
});
