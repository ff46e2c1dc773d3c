import { describe, expect, it } from "vitest";
import { TypedEmitter } from "./typed-emitter";

type Events = { ping: number; done: undefined };

describe("TypedEmitter", () => {
  it("once fires once; the same function added twice is two subscriptions", () => {
    const errors: unknown[] = [];
    const emitter = new TypedEmitter<Events>((error) => errors.push(error));
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
    const emitter = new TypedEmitter<Events>(() => {});
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
