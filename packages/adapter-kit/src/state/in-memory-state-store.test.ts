import { describe, expect, it } from "vitest";
import { createInMemoryStateStore } from "./in-memory-state-store";

describe("createInMemoryStateStore", () => {
  it("sets only absent keys, and expires them on the injected clock", async () => {
    let now = 1_000;
    const store = createInMemoryStateStore({ now: () => now });
    expect(await store.setIfAbsent("a", "1", 100)).toBe(true);
    expect(await store.setIfAbsent("a", "2", 100)).toBe(false);
    expect(await store.get("a")).toBe("1");
    now += 100;
    expect(await store.get("a")).toBeUndefined();
    expect(await store.setIfAbsent("a", "3", 100)).toBe(true);
    await store.set("a", "4", 500);
    expect(await store.get("a")).toBe("4");
    await store.delete("a");
    expect(await store.get("a")).toBeUndefined();
  });

  it("sweeps expired keys so memory does not grow with traffic", async () => {
    let now = 0;
    const store = createInMemoryStateStore({ now: () => now });
    for (let i = 0; i < 1_000; i += 1) await store.set(`k${i}`, "v", 10);
    expect(store.size).toBe(1_000);
    now += 2_000;
    await store.set("fresh", "v", 10);
    expect(store.size).toBe(1);
  });

  it("a rewritten key moves to the back, so the sweep still finds the expired keys before it", async () => {
    let now = 0;
    const store = createInMemoryStateStore({ now: () => now });
    await store.set("a", "1", 10);
    await store.set("b", "1", 10);
    await store.set("a", "2", 5_000);
    now += 2_000;
    await store.set("c", "1", 10);
    expect(store.size).toBe(2);
    expect(await store.get("a")).toBe("2");
  });
});
