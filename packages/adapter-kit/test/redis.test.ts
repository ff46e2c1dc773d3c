/**
 * The Redis state store against a real redis-server that the test starts: the StateStore contract, idempotency
 * and webhook replay shared by two adapter instances, and Redis going away mid-run (errors, then recovery).
 */
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisStateStore, type RedisStateStore } from "../src/redis/index";
import { createWebhookHandler } from "../src/webhooks/index";
import { acceptBody, conversationId, participantBody, partnerId, post } from "./helpers/platform";
import { hasRedisServer, type RedisServer, redisBinary, startRedisServer } from "./helpers/redis-server";
import { createTestAdapter } from "./helpers/test-adapter";

const available = hasRedisServer();
if (!available && process.env.CI) {
  throw new Error(`${redisBinary} is not installed: CI must install Debian's redis-server (see .ci/run).`);
}
if (!available)
  console.warn(`Skipping the Redis tests: ${redisBinary} not found (apt-get install redis-server).`);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!available)("Redis state store (real redis-server)", () => {
  let server: RedisServer;
  const stores: RedisStateStore[] = [];
  const store = async (keyPrefix = `test:${crypto.randomUUID()}:`) => {
    const created = createRedisStateStore({ url: server.url, keyPrefix, commandTimeoutMs: 500 });
    stores.push(created);
    await created.ready();
    return created;
  };

  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(stores.map((created) => created.close()));
    await server?.stop();
  });

  it("keeps the StateStore contract: setIfAbsent is atomic, values expire", async () => {
    const redis = await store();
    const claims = await Promise.all(Array.from({ length: 20 }, () => redis.setIfAbsent("k", "v", 5_000)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await redis.get("k")).toBe("v");
    await redis.set("k", "w", 5_000);
    expect(await redis.get("k")).toBe("w");
    await redis.delete("k");
    expect(await redis.get("k")).toBeUndefined();
    await redis.set("short", "x", 50);
    await wait(120);
    expect(await redis.get("short")).toBeUndefined();
  });

  it("two adapter instances on one Redis: a repeat on the second returns the first answer and publishes nothing", async () => {
    const prefix = `test:${crypto.randomUUID()}:`;
    const first = await createTestAdapter({ stateStore: await store(prefix) });
    const second = await createTestAdapter({ stateStore: await store(prefix) });
    const body = acceptBody({ conversationId: crypto.randomUUID() });
    // Each instance verifies against its own test platform's keys: get each a token it trusts.
    const a = await post(first.adapter, "/calls/accept", body, await first.platform.agentToken());
    const b = await post(second.adapter, "/calls/accept", body, await second.platform.agentToken());
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(b.headers.get("idempotent-replayed")).toBe("true");
    expect(first.publisher.count + second.publisher.count).toBe(1);
    expect(second.handlers.accept).not.toHaveBeenCalled();
  });

  it("two webhook receivers on one Redis process a delivery once", async () => {
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const prefix = `test:${crypto.randomUUID()}:`;
    let processed = 0;
    const onEvent = () => {
      processed += 1;
    };
    const one = createWebhookHandler({ secret, onEvent, stateStore: await store(prefix) });
    const two = createWebhookHandler({ secret, onEvent, stateStore: await store(prefix) });
    const event = {
      id: crypto.randomUUID(),
      type: "conversation.message.sent",
      timestamp: new Date().toISOString(),
      partnerId,
      data: {
        conversationId,
        message: { id: crypto.randomUUID(), participantId: crypto.randomUUID(), text: "hi" },
      },
    };
    const request = () => {
      const body = JSON.stringify(event);
      const now = new Date();
      return new Request("http://adapter.test/webhooks", {
        method: "POST",
        headers: {
          "webhook-id": event.id,
          "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
          "webhook-signature": new Webhook(secret).sign(event.id, now, body),
        },
        body,
      });
    };
    expect((await one(request())).status).toBe(204);
    expect((await two(request())).status).toBe(200);
    expect(processed).toBe(1);
  });

  it("Redis going away: requests fail fast with a clear 500 and Retry-After; they succeed again once it is back", async () => {
    const { adapter, platform, publisher, handlers } = await createTestAdapter({ stateStore: await store() });
    const token = await platform.agentToken();
    const hold = (participantId: string) =>
      post(adapter, "/calls/hold", participantBody({ participantId }), token);
    expect((await hold(crypto.randomUUID())).status).toBe(200);
    const before = handlers.hold.mock.calls.length;

    await server.kill();
    for (let i = 0; i < 5; i += 1) {
      const started = Date.now();
      const response = await hold(crypto.randomUUID());
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(response.status).toBe(500);
      expect(response.headers.get("retry-after")).toBe("1");
      const body = await response.json();
      expect(body).toMatchObject({ status: "Error", code: "internal_error" });
      expect(body.message).toContain("state store is unavailable");
    }
    // Errors, not wrong answers: nothing was acted on or published while Redis was away.
    expect(handlers.hold.mock.calls.length).toBe(before);
    expect(publisher.count).toBe(1);

    await server.start();
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 200; attempt += 1) {
      status = (await hold(crypto.randomUUID())).status;
      if (status !== 200) await wait(100);
    }
    expect(status).toBe(200);
    expect(publisher.count).toBe(2);
  });
});
