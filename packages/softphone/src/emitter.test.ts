import { describe, expect, it } from "vitest";
import { Emitter } from "./emitter";
import { backoffDelay } from "./signaling/backoff";

type Events = { ping: number; done: undefined };

describe("Emitter", () => {
  it("once fires once; the same function added twice is two subscriptions", () => {
    const errors: unknown[] = [];
    const emitter = new Emitter<Events>((error) => errors.push(error));
    const seen: number[] = [];
    const listener = (n: number) => seen.push(n);
    const off = emitter.on("ping", listener);
    emitter.on("ping", listener);
    emitter.once("ping", (n) => seen.push(n * 10));
    emitter.emit("ping", 1);
    off();
    off();
    emitter.emit("ping", 2);
    expect(seen).toEqual([1, 1, 10, 2]);
    expect(errors).toEqual([]);
  });

  it("a listener that unsubscribes another during emit does not break the loop", () => {
    const emitter = new Emitter<Events>(() => {});
    const seen: string[] = [];
    let offB = () => {};
    emitter.on("done", () => {
      seen.push("a");
      offB();
    });
    offB = emitter.on("done", () => seen.push("b"));
    emitter.emit("done", undefined);
    emitter.emit("done", undefined);
    expect(seen).toEqual(["a", "b", "a"]);
  });
});

describe("backoff", () => {
  it("grows exponentially with full jitter, capped", () => {
    const options = { initialDelayMs: 100, maxDelayMs: 1000, factor: 2 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, options, () => 1))).toEqual([100, 200, 400, 800, 1000]);
    expect(backoffDelay(3, options, () => 0.5)).toBe(200);
    expect(backoffDelay(3, options, () => 0)).toBe(10);
  });
});
