import type { ParticipantEventMessage } from "@ccaas/types";
import { createSafeLogger } from "@ccaas/types";
import { describe, expect, it, vi } from "vitest";
import { createIdempotency, IdempotencyBusyError, IdempotencyKeyReusedError } from "./idempotency";
import { createInMemoryStateStore } from "./in-memory-state-store";

const log = createSafeLogger(undefined);
const settings = { windowMs: 10_000, leaseMs: 200, pollMs: 5 };
const event = { eventId: "e1" } as ParticipantEventMessage;

describe("createIdempotency", () => {
  it("runs once per key and replays the answer", async () => {
    const idempotency = createIdempotency(createInMemoryStateStore(), settings, log);
    const perform = vi.fn(async () => ({ response: { n: 1 }, events: [event] }));
    const publish = vi.fn(async () => {});
    expect(await idempotency.run("k", "f", perform, publish)).toEqual({
      response: { n: 1 },
      replayed: false,
    });
    expect(await idempotency.run("k", "f", perform, publish)).toEqual({ response: { n: 1 }, replayed: true });
    expect(perform).toHaveBeenCalledTimes(1);
    expect(publish).toHaveBeenCalledTimes(1);
  });

  it("refuses the key for another fingerprint", async () => {
    const idempotency = createIdempotency(createInMemoryStateStore(), settings, log);
    await idempotency.run(
      "k",
      "f",
      async () => ({ response: 1, events: [] }),
      async () => {},
    );
    await expect(
      idempotency.run(
        "k",
        "other",
        async () => ({ response: 2, events: [] }),
        async () => {},
      ),
    ).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
  });

  it("after a failed publish, a repeat publishes the stored events without performing again", async () => {
    const idempotency = createIdempotency(createInMemoryStateStore(), settings, log);
    const perform = vi.fn(async () => ({ response: "ok", events: [event] }));
    const failing = vi.fn(async () => {
      throw new Error("down");
    });
    await expect(idempotency.run("k", "f", perform, failing)).rejects.toThrow("down");
    const publish = vi.fn(async () => {});
    expect(await idempotency.run("k", "f", perform, publish)).toEqual({ response: "ok", replayed: true });
    expect(perform).toHaveBeenCalledTimes(1);
    expect(publish).toHaveBeenCalledWith([event]);
  });

  it("gives up waiting for a claim that is never finished, once the lease is over", async () => {
    const store = createInMemoryStateStore();
    await store.set("k", JSON.stringify({ state: "pending", fingerprint: "f" }), 60_000);
    const idempotency = createIdempotency(store, settings, log);
    await expect(
      idempotency.run(
        "k",
        "f",
        async () => ({ response: 1, events: [] }),
        async () => {},
      ),
    ).rejects.toBeInstanceOf(IdempotencyBusyError);
  });

  it("takes over a claim whose instance died (the lease expired)", async () => {
    const store = createInMemoryStateStore();
    await store.setIfAbsent("k", JSON.stringify({ state: "pending", fingerprint: "f" }), 30);
    const idempotency = createIdempotency(store, settings, log);
    expect(
      await idempotency.run(
        "k",
        "f",
        async () => ({ response: 7, events: [] }),
        async () => {},
      ),
    ).toEqual({
      response: 7,
      replayed: false,
    });
  });
});
