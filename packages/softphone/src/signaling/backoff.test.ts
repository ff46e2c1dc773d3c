import { describe, expect, it } from "vitest";
import { backoffDelay } from "./backoff";

describe("backoff", () => {
  it("grows exponentially with full jitter, capped", () => {
    const options = { initialDelayMs: 100, maxDelayMs: 1000, factor: 2 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, options, () => 1))).toEqual([100, 200, 400, 800, 1000]);
    expect(backoffDelay(3, options, () => 0.5)).toBe(200);
    expect(backoffDelay(3, options, () => 0)).toBe(10);
  });
});
