/**
 * Partner API request latency under load: 64 concurrent keep-alive clients for 10 s against the sandbox (the
 * built CLI in its own process, as `npx @ccaas/sandbox` runs it), a mix of 80% `GET .../phonenumbers` (list,
 * Basic auth, validated both ways) and 20% `POST .../voiceproviders` (create, with a unique name). The baseline
 * is a bare node:http server in its own process answering the same requests with canned JSON, through the same
 * load generator: it shows what the machine and the harness cost, so the sandbox's own cost is the difference.
 *
 * Bounded: BENCH_SANDBOX_LATENCY_SECONDS (default 10), BENCH_SANDBOX_LATENCY_CLIENTS (default 64); loopback
 * only. Run alone with `node --experimental-strip-types bench/sandbox/latency.ts`; bench/sandbox/index.ts
 * runs it after the concurrent-calls ramp.
 */
import { existsSync } from "node:fs";
import { printTable } from "../table.ts";
import { buildSandbox, sandboxCli, startServerProcess, stopServerProcess } from "./sandbox-process.ts";

const seconds = Number(process.env.BENCH_SANDBOX_LATENCY_SECONDS ?? 10);
const clients = Number(process.env.BENCH_SANDBOX_LATENCY_CLIENTS ?? 64);
const warmupSeconds = 1;
const createShare = 0.2;

/** The baseline: the smallest server that answers the mix, in its own process like the sandbox. */
const bareServer = `
const { createServer } = require("node:http");
const numbers = JSON.stringify({ items: [
  { id: "7c0f9a52-3d1e-4b8a-9f6e-2a5d8c4b1e07", phone_number: "+18883973342", type: "toll_free", voice_provider_id_resource_uri: null },
  { id: "0b6e2f84-91c7-4d35-a8e2-6f1d3c9b7a45", phone_number: "+18449401117", type: "toll_free", voice_provider_id_resource_uri: null },
  { id: "1b6e2f84-91c7-4d35-a8e2-6f1d3c9b7a45", phone_number: "+18005550199", type: "toll_free", voice_provider_id_resource_uri: null } ] });
let next = 0;
const server = createServer((request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    if (request.method === "POST") { JSON.parse(Buffer.concat(chunks).toString()); next += 1;
      response.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ id: "394e3814-7562-4f25-a854-" + String(next).padStart(12, "0") })); return; }
    response.writeHead(200, { "content-type": "application/json" }).end(numbers);
  });
});
server.listen(0, "127.0.0.1", () => console.log("ready at http://127.0.0.1:" + server.address().port));
`;

interface Result {
  latencies: number[];
  errors: number;
  elapsedSeconds: number;
}

/** Runs `clients` loops for `durationSeconds`, each sending one request at a time (fetch keeps connections alive). */
async function load(base: string, durationSeconds: number, record: boolean): Promise<Result> {
  const partnerId = "215fd887-39be-4935-981f-2670d6afeaa7";
  const headers = {
    authorization: `Basic ${Buffer.from("sandbox-client:sandbox-secret").toString("base64")}`,
    "x-resource-template-version": "1",
    "content-type": "application/json",
  };
  const listUrl = `${base}/partners/${partnerId}/phonenumbers`;
  const createUrl = `${base}/partners/${partnerId}/voiceproviders`;
  const latencies: number[] = [];
  let errors = 0;
  let sequence = 0;
  const started = performance.now();
  const deadline = started + durationSeconds * 1000;
  const adapter = "https://adapter.acme.example";
  async function client(index: number): Promise<void> {
    while (performance.now() < deadline) {
      const create = Math.random() < createShare;
      sequence += 1;
      const init: RequestInit = create
        ? {
            method: "POST",
            headers,
            body: JSON.stringify({
              name: `bench-${index}-${sequence}-${record ? "run" : "warm"}`,
              accept_call_url: `${adapter}/accept`,
              end_call_url: `${adapter}/end`,
              hold_call_url: `${adapter}/hold`,
              resume_call_url: `${adapter}/resume`,
              mute_call_url: `${adapter}/mute`,
              unmute_call_url: `${adapter}/unmute`,
              access_token_url: `${adapter}/token`,
            }),
          }
        : { headers };
      const sent = performance.now();
      try {
        const response = await fetch(create ? createUrl : listUrl, init);
        await response.arrayBuffer();
        if (response.status !== (create ? 201 : 200)) errors += 1;
      } catch {
        errors += 1;
      }
      if (record) latencies.push(performance.now() - sent);
    }
  }
  await Promise.all(Array.from({ length: clients }, (_, index) => client(index)));
  return { latencies, errors, elapsedSeconds: (performance.now() - started) / 1000 };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function measure(subject: string, args: string[]): Promise<Record<string, string | number>> {
  const target = await startServerProcess(args);
  try {
    await load(target.base, warmupSeconds, false);
    const { latencies, errors, elapsedSeconds } = await load(target.base, seconds, true);
    const sorted = latencies.sort((a, b) => a - b);
    return {
      subject,
      clients,
      requests: sorted.length,
      "req/s": Math.round(sorted.length / elapsedSeconds),
      "p50 ms": percentile(sorted, 50),
      "p99 ms": percentile(sorted, 99),
      "max ms": sorted.at(-1) ?? Number.NaN,
      errors,
    };
  } finally {
    await stopServerProcess(target);
  }
}

/** Measures the sandbox and the bare baseline and prints one table. */
export async function runLatencyBench(): Promise<void> {
  if (!existsSync(sandboxCli)) buildSandbox();
  const baseline = await measure("bare node:http (baseline)", ["-e", bareServer]);
  const sandbox = await measure("sandbox partner API", [sandboxCli, "--port", "0"]);
  const ratio = (key: string) => (Number(sandbox[key]) / Number(baseline[key])).toFixed(1);
  printTable(
    `sandbox: partner API latency, ${clients} clients x ${seconds} s, 80% GET list / 20% POST create`,
    [
      { ...baseline, "vs baseline": "1.0" },
      {
        ...sandbox,
        "vs baseline": `p50 x${ratio("p50 ms")}, req/s x${(Number(sandbox["req/s"]) / Number(baseline["req/s"])).toFixed(2)}`,
      },
    ],
  );
}

if (import.meta.main) await runLatencyBench();
