/**
 * The adapter kit against a bare `node:http` server answering the same JSON, on loopback, at 64 connections:
 * accept-call requests per second and p50/p99 latency through the kit (bearer token, validation from the spec,
 * idempotency, event built, validated and published to memory), then a soak run in which every accepted call
 * must have published exactly one event and no request may fail.
 *
 * A middle row, Hono's Node server answering the same JSON without the kit, shows how much of any gap is the
 * framework (the "Hono inside") and how much is the kit's own work.
 *
 * Load comes from autocannon in a child process. Durations: BENCH_ADAPTER_SECONDS (default 10) per
 * throughput run, BENCH_ADAPTER_ROUNDS (default 3) runs per server taken in turns (medians are shown), and
 * BENCH_ADAPTER_SOAK_SECONDS (default 60) for the soak.
 */
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createVoiceAdapter, type EventPublisher, serve } from "@ccaas/adapter-kit";
import { printTable } from "../table.ts";
import { agentJwt, issuer, jwks, partnerId, tokenSecret } from "./bench-platform.ts";

const connections = 64;
const seconds = Number(process.env.BENCH_ADAPTER_SECONDS ?? 10);
const soakSeconds = Number(process.env.BENCH_ADAPTER_SOAK_SECONDS ?? 60);
const rounds = Number(process.env.BENCH_ADAPTER_ROUNDS ?? 3);

interface LoadResult {
  requestsPerSecond: number;
  total: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  p50: number;
  p99: number;
}

/** Runs the generator against `url`; also measures the CPU this process (the servers) spent per request. */
async function load(
  url: string,
  token: string,
  duration: number,
): Promise<LoadResult & { cpuMicros: number }> {
  const before = process.cpuUsage();
  const result = await generate(url, token, duration);
  const cpu = process.cpuUsage(before);
  return { ...result, cpuMicros: (cpu.user + cpu.system) / Math.max(1, result.total) };
}

function generate(url: string, token: string, duration: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--experimental-strip-types",
        join(import.meta.dirname, "load.ts"),
        JSON.stringify({ url, token, connections, seconds: duration }),
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(output) as LoadResult)
        : reject(new Error(`load generator exited ${code}`)),
    );
  });
}

/** The baseline: parse the body, answer the seed's JSON. */
function bareServer(): Promise<Server> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      JSON.parse(Buffer.concat(chunks).toString("utf8"));
      response.writeHead(200, { "content-type": "application/json" });
      response.end('{"status":"Success"}');
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Counts events and the conversations they are for, to prove one event per accepted call. */
function countingPublisher() {
  const conversations = new Set<string>();
  let events = 0;
  let duplicates = 0;
  const publisher: EventPublisher = {
    async publish(event) {
      events += 1;
      if (conversations.has(event.conversationId)) duplicates += 1;
      conversations.add(event.conversationId);
    },
  };
  return {
    publisher,
    get events() {
      return events;
    },
    get duplicates() {
      return duplicates;
    },
    reset() {
      conversations.clear();
      events = 0;
      duplicates = 0;
    },
  };
}

const counting = countingPublisher();
const noop = async () => {};
// Calls the telephony accepted: each must have published exactly one event. Counted in the handler, so the kit is
// measured exactly as `serve(adapter)` runs it (a wrapper around `fetch` would take the web path instead).
let accepted = 0;
const adapter = createVoiceAdapter(
  {
    accept: async () => {
      accepted += 1;
    },
    end: noop,
    hold: noop,
    resume: noop,
    mute: noop,
    unmute: noop,
  },
  {
    partnerId,
    publisher: counting.publisher,
    auth: { platformJwks: jwks, issuer, tokenSecret },
  },
);
const kit = await serve(adapter, { port: 0 });
// The framework alone (Hono's Node server answering the same JSON): separates its cost from the kit's.
const hono = await serve(
  {
    async fetch(request: Request) {
      JSON.parse(await request.text());
      return new Response('{"status":"Success"}', { headers: { "content-type": "application/json" } });
    },
  },
  { port: 0 },
);
// The softphone's path: trade the agent JWT for the adapter's token, then call with it.
const tokenResponse = await fetch(`${kit.url}/token`, {
  method: "POST",
  headers: { "content-type": "application/json", authorization: `Bearer ${agentJwt}` },
  body: JSON.stringify({ agentLogonName: "testAgent" }),
});
const { token } = (await tokenResponse.json()) as { token: string };
const bare = await bareServer();
const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/calls/accept`;
const kitUrl = `${kit.url}/calls/accept`;

// Warm each up (JIT, connection pools), then measure them in turn, `rounds` times: other jobs on the machine come
// and go, and taking turns spreads them over the three instead of penalising whichever ran at a busy moment.
const honoUrl = `${hono.url}/calls/accept`;
const servers = [
  { name: "bare node:http", url: bareUrl, aim: "baseline" },
  { name: "hono node-server, same JSON", url: honoUrl, aim: "(the framework alone)" },
  { name: "adapter-kit", url: kitUrl, aim: ">= 0.8 of bare, p99 < 10 ms" },
];
for (const server of servers) await load(server.url, token, 2);
const results = servers.map(() => [] as Array<LoadResult & { cpuMicros: number }>);
for (let round = 0; round < rounds; round += 1) {
  for (const [index, server] of servers.entries())
    results[index]?.push(await load(server.url, token, seconds));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const summary = results.map((runs) => ({
  requestsPerSecond: median(runs.map((run) => run.requestsPerSecond)),
  p50: median(runs.map((run) => run.p50)),
  p99: median(runs.map((run) => run.p99)),
  cpuMicros: median(runs.map((run) => run.cpuMicros)),
  failed: runs.reduce((sum, run) => sum + run.non2xx + run.errors + run.timeouts, 0),
}));
const bareSummary = summary[0] as (typeof summary)[number];
printTable(
  `accept-call on loopback, ${connections} connections, ${rounds} rounds of ${seconds} s each, medians`,
  servers.map((server, index) => {
    const result = summary[index] as (typeof summary)[number];
    return {
      server: server.name,
      "req/s": Math.round(result.requestsPerSecond),
      "vs bare": result.requestsPerSecond / bareSummary.requestsPerSecond,
      "p50 ms": result.p50,
      "p99 ms": result.p99,
      // Server CPU per request: robust to other load on the machine, unlike req/s and latency.
      "server CPU µs/req": result.cpuMicros,
      "CPU vs bare": result.cpuMicros / bareSummary.cpuMicros,
      failed: result.failed,
      aim: server.aim,
    };
  }),
);

counting.reset();
accepted = 0;
const soak = await load(kitUrl, token, soakSeconds);
// Let requests still in flight when the generator stopped finish, then compare.
await new Promise((resolve) => setTimeout(resolve, 500));
const failed = soak.non2xx + soak.errors + soak.timeouts;
const consistent =
  counting.events === accepted &&
  counting.duplicates === 0 &&
  failed === 0 &&
  accepted - soak.ok <= connections;
printTable(`adapter-kit soak: ${soakSeconds} s at ${connections} connections`, [
  {
    "accepted (handler ran)": accepted,
    "200 received": soak.ok,
    "events published": counting.events,
    "duplicate events": counting.duplicates,
    "failed requests": failed,
    "req/s": Math.round(soak.requestsPerSecond),
    "p99 ms": soak.p99,
    verdict: consistent ? "ok: one event per accepted call" : "MISMATCH",
  },
]);

await kit.close();
await hono.close();
await adapter.close();
await new Promise((resolve) => bare.close(resolve));
