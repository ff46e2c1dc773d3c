/**
 * Fuzz: thousands of random methods, paths, headers and bodies through the fetch handler. No answer is a
 * 5xx, nothing throws, every answer matches the spec (response validation is on, so a spec-breaking answer
 * would surface as a 500), and the heap is about as large after the run as before it.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { createInMemoryPublisher } from "../src/index";
import { acceptBody, endBody, participantBody, post } from "./helpers/platform";
import { createTestAdapter } from "./helpers/test-adapter";

const seed = Number(process.env.FUZZ_SEED ?? 20_251_122);
const count = Number(process.env.FUZZ_REQUESTS ?? 3_000);

/** mulberry32: small, seeded, good enough to pick cases. */
function prng(start: number) {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function gcFunction(): (() => void) | undefined {
  try {
    setFlagsFromString("--expose-gc");
    return runInNewContext("gc") as () => void;
  } catch {
    return undefined;
  }
}

describe("fuzz", () => {
  it(`${count} random requests: no 5xx, no crash, heap flat`, async () => {
    const random = prng(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const { adapter, platform } = await createTestAdapter({
      publisher: createInMemoryPublisher({ capacity: 50 }),
      idempotency: { windowMs: 100 },
      maxBodyBytes: 4096,
      cors: { origins: ["https://agent.example.com"] },
    });
    const tokens = [
      undefined,
      await platform.agentToken(),
      await platform.agentToken("otherAgent"),
      await platform.agentToken("testAgent", { expiresIn: Math.floor(Date.now() / 1000) - 10 }),
      "garbage",
      "a.b.c",
      "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
    ];
    const adapterToken = (
      await (await post(adapter, "/token", { agentLogonName: "testAgent" }, tokens[1])).json()
    ).token;
    tokens.push(adapterToken);

    const paths = [
      "/calls/accept",
      "/calls/end",
      "/calls/hold",
      "/calls/resume",
      "/calls/mute",
      "/calls/unmute",
      "/token",
      "/health",
      "/",
      "/calls",
      "/calls/accept/x",
      "/%zz",
      "/calls/../token",
      "//calls/accept",
    ];
    const methods = ["POST", "POST", "POST", "GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"];
    const contentTypes = [
      undefined,
      "application/json",
      "application/json; charset=utf-8",
      "APPLICATION/JSON",
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/json-patch+json",
      ";;;",
    ];
    const scalars: unknown[] = [
      null,
      true,
      0,
      -1,
      1e308,
      "",
      "x",
      "💥".repeat(50),
      "5a974dd7-475a-41c0-a027-bfdf09627b13",
      [],
      {},
      { $ref: "#" },
    ];
    const valid = () =>
      pick([
        acceptBody(),
        participantBody(),
        endBody(),
        endBody({ removeAllParticipants: true }),
        { agentLogonName: pick(["testAgent", "otherAgent", ""]) },
      ]);

    function mutate(value: unknown, depth = 0): unknown {
      if (depth > 3 || random() < 0.3) return random() < 0.5 ? pick(scalars) : value;
      if (Array.isArray(value)) return value.map((item) => mutate(item, depth + 1));
      if (typeof value === "object" && value !== null) {
        const copy: Record<string, unknown> = {};
        for (const [key, item] of Object.entries(value)) {
          if (random() < 0.15) continue;
          copy[random() < 0.05 ? `${key}_` : key] = random() < 0.5 ? mutate(item, depth + 1) : item;
        }
        if (random() < 0.1) copy[pick(["__proto__", "constructor", "extra", ""])] = pick(scalars);
        return copy;
      }
      return pick(scalars);
    }

    function body(): BodyInit | undefined {
      const kind = random();
      if (kind < 0.35) return JSON.stringify(valid());
      if (kind < 0.7) return JSON.stringify(mutate(valid()));
      if (kind < 0.75) return "[".repeat(2000) + "]".repeat(2000);
      if (kind < 0.8) return JSON.stringify({ padding: "x".repeat(5000) });
      if (kind < 0.85) return crypto.getRandomValues(new Uint8Array(Math.floor(random() * 200)));
      if (kind < 0.9) return JSON.stringify(valid()).slice(0, Math.floor(random() * 40));
      if (kind < 0.95) return "";
      return undefined;
    }

    async function once(): Promise<Response> {
      // Most requests aim at the operations (so they get past the front door); the rest are wild.
      const aimed = random() < 0.6;
      const method = aimed ? "POST" : pick(methods);
      const headers: Record<string, string> = {};
      const contentType = aimed && random() < 0.9 ? "application/json" : pick(contentTypes);
      if (contentType) headers["content-type"] = contentType;
      const token = aimed && random() < 0.7 ? pick([tokens[1], adapterToken]) : pick(tokens);
      if (token)
        headers.authorization =
          random() < 0.9 ? `Bearer ${token}` : `${pick(["bearer", "Basic", "Bearer  ", ""])} ${token}`;
      if (random() < 0.2)
        headers["idempotency-key"] = pick(["k1", "k2", "x".repeat(300), "\u00e9", String(random())]);
      if (random() < 0.2)
        headers.origin = pick(["https://agent.example.com", "https://evil.example", "null"]);
      if (random() < 0.1) headers["x-request-id"] = pick(["abc", "<script>", "x".repeat(100)]);
      if (random() < 0.05) headers["content-length"] = pick(["0", "99999999", "-1", "abc"]);
      const init: RequestInit = { method, headers };
      if (method !== "GET" && method !== "HEAD") {
        const payload = body();
        if (payload !== undefined) init.body = payload;
      }
      let request: Request;
      try {
        request = new Request(`http://adapter.test${aimed ? pick(paths.slice(0, 7)) : pick(paths)}`, init);
      } catch {
        return new Response(null, { status: 299 }); // the platform's Request refused the combination itself
      }
      return adapter.fetch(request);
    }

    const gc = gcFunction();
    const heap = () => {
      gc?.();
      return process.memoryUsage().heapUsed;
    };

    for (let i = 0; i < 300; i += 1) await (await once()).arrayBuffer();
    const before = heap();
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const response = await once();
      const text = await response.text();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status >= 500) failures.push(`${response.status} ${text.slice(0, 200)}`);
      if (
        response.status >= 400 &&
        text.length > 0 &&
        response.headers.get("content-type")?.includes("json")
      ) {
        expect(JSON.parse(text)).toMatchObject({ status: "Error" });
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
    const after = heap();
    const growthMb = (after - before) / 1024 / 1024;
    console.info(
      `fuzz seed ${seed}: ${count} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}, heap ${(before / 1048576).toFixed(1)} -> ${(after / 1048576).toFixed(1)} MiB${gc ? " (after GC)" : ""}`,
    );
    expect(failures, `seed ${seed}`).toEqual([]);
    // Some cases must have reached the handlers, or the fuzz only exercised the front door.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(count / 50);
    expect(growthMb).toBeLessThan(gc ? 8 : 40);
  }, 60_000);
});
