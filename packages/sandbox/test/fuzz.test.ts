/**
 * Thousands of random requests across every operation of the three specs, in-process: garbage JSON, wrong
 * types, unknown fields, mutated spec examples, huge bodies, odd methods and headers, unknown routes. The
 * sandbox must answer each with a spec-shaped 4xx (or a success), never a 5xx, and never break its spec.
 */
import { partnerApiDocument, sandboxDocument, voiceApiDocument } from "@ccaas/types/specs";
import { createOpenApiValidator, type OperationInfo } from "@ccaas/validation";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { createSandbox } from "../src/msw";

const total = 3000;
const seed = Number(process.env.FUZZ_SEED ?? 20261122);

/** mulberry32: a small seeded PRNG, so a failure can be replayed with FUZZ_SEED. */
function prng(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(seed);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const chance = (p: number) => random() < p;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function randomScalar(): Json {
  return pick<() => Json>([
    () => null,
    () => chance(0.5),
    () => Math.floor(random() * 2 ** 31) * (chance(0.5) ? 1 : -1),
    () => random() * 1e6,
    () => "",
    () => "x".repeat(Math.floor(random() * 300)),
    () => "00000000-0000-4000-8000-000000000000",
    () => "\u0000\ud800💥<script>",
    () => "https://adapter.example/hook",
    () => "+18883973342",
  ])();
}

function randomJson(depth = 0): Json {
  if (depth > 3 || chance(0.4)) return randomScalar();
  if (chance(0.3)) return Array.from({ length: Math.floor(random() * 4) }, () => randomJson(depth + 1));
  const keys = [
    "token",
    "name",
    "webhook_url",
    "events",
    "held",
    "muted",
    "state",
    "online",
    "to",
    "from",
    "eventId",
    "participant",
    "login",
    "password",
    "__proto__",
    "constructor",
    "extra",
  ];
  return Object.fromEntries(
    Array.from({ length: Math.floor(random() * 5) }, () => [pick(keys), randomJson(depth + 1)]),
  );
}

function mutate(example: Json): Json {
  if (example === null || typeof example !== "object" || Array.isArray(example))
    return chance(0.5) ? randomJson() : example;
  const copy: { [key: string]: Json } = { ...example };
  const keys = Object.keys(copy);
  const key = pick(keys.length > 0 ? keys : ["x"]);
  switch (Math.floor(random() * 5)) {
    case 0:
      delete copy[key];
      return copy;
    case 1:
      copy[key] = randomScalar();
      return copy;
    case 2:
      copy[`unknown_${Math.floor(random() * 100)}`] = randomJson(2);
      return copy;
    case 3:
      copy[key] = mutate(copy[key] ?? null);
      return copy;
    default:
      return copy;
  }
}

interface Target {
  family: "partner" | "voice" | "sandbox";
  operation: OperationInfo;
  example?: Json;
}

function targets(family: Target["family"], document: Record<string, unknown>): Target[] {
  const paths = document.paths as Record<
    string,
    Record<
      string,
      { requestBody?: { content?: Record<string, { examples?: Record<string, { value: Json }> }> } }
    >
  >;
  return createOpenApiValidator(document)
    .operations.filter((operation) => operation.kind === "operation")
    .map((operation) => {
      const examples =
        paths[operation.path]?.[operation.method.toLowerCase()]?.requestBody?.content?.["application/json"]
          ?.examples ?? {};
      const example = Object.values(examples)[0]?.value;
      return { family, operation, ...(example === undefined ? {} : { example }) };
    });
}

const sandbox = createSandbox({ webhooks: { maxAttempts: 2, initialBackoffMs: 1 } });
const all = [
  ...targets("partner", partnerApiDocument),
  ...targets("voice", voiceApiDocument),
  ...targets("sandbox", sandboxDocument),
];
const methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "PROPFIND", "get"];
let voiceToken = "";
let agentToken = "";

beforeAll(async () => {
  // Webhooks go out through global fetch: keep every delivery in-process.
  vi.stubGlobal("fetch", async () => new Response(null, { status: 204 }));
  const agent = sandbox.core.agents.byUserName("testAgent");
  if (agent) agent.connections = 1;
  agentToken = await sandbox.control.agentToken("testAgent");
  const login = await sandbox.fetch(
    new Request(`${sandbox.urls.voiceApi}/Login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"login":"flex","password":"12345678"}',
    }),
  );
  voiceToken = ((await login.json()) as Array<{ token: string }>)[0]?.token ?? "";
});

afterAll(async () => {
  vi.unstubAllGlobals();
  await sandbox.stop();
});

function pathFor(operation: OperationInfo, family: Target["family"]): string {
  const info = sandbox.control.info();
  const values: Record<string, () => string> = {
    partnerId: () =>
      chance(0.8) ? info.partnerApi.partnerId : pick(["nope", "00000000-0000-4000-8000-000000000000"]),
    phoneNumberId: () =>
      chance(0.6)
        ? (info.phoneNumbers[0]?.id ?? "x")
        : pick(["x", "%E0%A4%A", "00000000-0000-4000-8000-000000000000"]),
    agentId: () => (chance(0.6) ? (info.agents[0]?.id ?? "x") : "nobody"),
    stationId: () =>
      chance(0.6) ? (info.agents[0]?.station.id ?? "x") : "00000000-0000-4000-8000-000000000000",
    conversationId: () =>
      chance(0.5)
        ? (sandbox.core.engine.all()[0]?.id ?? "x")
        : pick(["x", "00000000-0000-4000-8000-000000000000"]),
  };
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    (values[name] ?? (() => pick(["x", "00000000-0000-4000-8000-000000000000", "..", "%2F"])))(),
  );
  return family === "voice" ? `/Voice${path}` : path;
}

function headersFor(family: Target["family"], path: string): Record<string, string> {
  const info = sandbox.control.info();
  const headers: Record<string, string> = {};
  if (chance(0.85))
    headers["content-type"] = pick([
      "application/json",
      "application/json",
      "application/json; charset=utf-8",
      "text/plain",
      "application/problem+json",
    ]);
  if (family === "partner") {
    const basic = `Basic ${Buffer.from(`${info.partnerApi.clientId}:${info.partnerApi.clientSecret}`).toString("base64")}`;
    // Mostly the right credentials for the path, so requests get past authentication into validation and handlers.
    if (chance(0.75)) headers.authorization = path.startsWith("/partners/") ? basic : `Bearer ${agentToken}`;
    else if (chance(0.7))
      headers.authorization = pick([
        basic,
        `Bearer ${agentToken}`,
        "Basic !!!",
        "Bearer x.y.z",
        `Basic ${Buffer.from("no-colon").toString("base64")}`,
      ]);
    if (chance(0.85)) headers["x-resource-template-version"] = pick(["1", "1", "2", ""]);
    if (chance(0.2)) headers["idempotency-key"] = pick(["k1", "k2", "x".repeat(300)]);
    if (chance(0.1)) headers["x-softphone-client-id"] = "tab-1";
  }
  return headers;
}

function bodyFor(target: Target): string | undefined {
  const roll = random();
  if (roll < 0.08) return undefined;
  if (roll < 0.14) return pick(["{", "[1,2", '{"a":1,}', "null", "undefined", "\u0000", "{'a':1}", "💥"]);
  if (roll < 0.16) return JSON.stringify({ blob: "x".repeat(70 * 1024) });
  if (roll < (target.family === "voice" ? 0.85 : 0.5) && target.example !== undefined) {
    const example = structuredClone(target.example);
    // The Voice API's token rule: put a live token first most of the time, to reach deeper validation.
    if (
      target.family === "voice" &&
      example &&
      typeof example === "object" &&
      !Array.isArray(example) &&
      "token" in example &&
      chance(0.8)
    ) {
      return JSON.stringify(mutate({ ...example, token: voiceToken }));
    }
    return JSON.stringify(chance(0.3) ? example : mutate(example));
  }
  return JSON.stringify(randomJson());
}

it(`answers ${total} random requests without a 5xx (seed ${seed})`, { timeout: 60_000 }, async () => {
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  for (let index = 0; index < total; index += 1) {
    const unknownRoute = chance(0.04);
    const target = pick(all);
    const path = unknownRoute
      ? pick([
          "/",
          "/nope",
          "/Voice",
          "/Voice/Nope",
          "/control",
          "/partners",
          "/api/v2/agents",
          "/.well-known/other",
        ])
      : pathFor(target.operation, target.family);
    const method = chance(0.85) ? target.operation.method : pick(methods);
    const body = method === "GET" || method === "HEAD" || method === "get" ? undefined : bodyFor(target);
    const request = new Request(`${sandbox.urls.base}${path}${chance(0.05) ? "?channelId=x&x=%ZZ" : ""}`, {
      method,
      headers: headersFor(target.family, path),
      ...(body === undefined ? {} : { body }),
    });
    const response = await sandbox.fetch(request);
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    const text = await response.text();
    const where = `${method} ${path} -> ${response.status} ${text.slice(0, 300)}`;
    if (response.status >= 500) failures.push(where);
    if (response.status >= 400 && method.toUpperCase() !== "HEAD") {
      const parsed = JSON.parse(text) as unknown;
      const shaped = Array.isArray(parsed)
        ? parsed.length === 1 &&
          typeof parsed[0]?.error === "string" &&
          typeof parsed[0]?.message === "string"
        : typeof (parsed as { code?: unknown }).code === "string" &&
          typeof (parsed as { message?: unknown }).message === "string";
      if (!shaped) failures.push(`not spec-shaped: ${where}`);
    }
  }
  if (process.env.FUZZ_DEBUG) console.log(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)));
  expect(failures).toEqual([]);
  expect(sandbox.core.violations.entries).toEqual([]);
  // The mix reached past validation into the handlers, not only their 400s.
  expect([...statuses.keys()].some((status) => status < 300)).toBe(true);
  expect(statuses.get(413) ?? 0).toBeGreaterThan(0);
});
