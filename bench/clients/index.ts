/**
 * Per-request overhead of @ccaas/partner-api and @ccaas/voice-api against a bare `fetch` of the same request
 * (same URL, headers and body, JSON parsed), on an in-process node:http server on 127.0.0.1; and the browser
 * bundle of each client, minified and gzipped. Needs the packages built (`pnpm build`).
 *
 * Timing: warm-up, then the subjects take turns request by request, so that drift (GC, JIT, other load on the
 * machine) hits them alike; p50 is the steadiest figure on a busy machine. BENCH_CLIENTS_REQUESTS sets the
 * count per subject (default 2 000). The "no timeout" rows show what the per-attempt AbortSignal costs.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { createPartnerClient } from "@ccaas/partner-api";
import type { PartnerApiPaths } from "@ccaas/types";
import { createVoiceClient } from "@ccaas/voice-api";
import * as esbuild from "esbuild";
import createOpenapiFetch from "openapi-fetch";
import { printTable } from "../table.ts";

const packagesDir = join(import.meta.dirname, "../../packages");
const requests = Number(process.env.BENCH_CLIENTS_REQUESTS ?? 2_000);
const warmup = 300;

// --- the server: the smallest realistic answers of both APIs -------------------------------------------------
const partnerId = "215fd887-39be-4935-981f-2670d6afeaa7";
const providers = JSON.stringify({
  items: [
    {
      id: "394e3814-7562-4f25-a854-2b74e91ad15a",
      name: "acme-voice",
      accept_call_url: "https://adapter.acme.example/calls/accept",
      end_call_url: "https://adapter.acme.example/calls/end",
      hold_call_url: "https://adapter.acme.example/calls/hold",
      resume_call_url: "https://adapter.acme.example/calls/resume",
      mute_call_url: "https://adapter.acme.example/calls/mute",
      unmute_call_url: "https://adapter.acme.example/calls/unmute",
      access_token_url: "https://adapter.acme.example/token",
    },
  ],
});
const callId = "5d7bd7d87b2e3252147f8be4";
const status = JSON.stringify([{ _id: callId, status: "Dialing", isdn_code: "", isdn_reason: "" }]);
const login = JSON.stringify([{ token: "bench-token", expires_in: 21600 }]);

function answer(request: IncomingMessage, response: ServerResponse) {
  request.resume();
  request.on("end", () => {
    const body =
      request.url === "/Voice/Login" ? login : request.url?.startsWith("/Voice/") ? status : providers;
    response.writeHead(200, { "content-type": "application/json", "x-request-id": "req_bench" });
    response.end(body);
  });
}

const server = createServer(answer);
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// --- the subjects -----------------------------------------------------------------------------------------------
// openapi-fetch with no middleware: the floor under any client built on it.
const bareOpenapiFetch = createOpenapiFetch<PartnerApiPaths>({ baseUrl: base });
const partner = createPartnerClient({
  baseUrl: base,
  partnerId,
  clientId: "bench-client",
  clientSecret: "bench-secret",
  templateVersion: "1",
});
const partnerHeaders = {
  authorization: `Basic ${btoa("bench-client:bench-secret")}`,
  "x-resource-template-version": "1",
};
const partnerBare = createPartnerClient({
  baseUrl: base,
  partnerId,
  clientId: "bench-client",
  clientSecret: "bench-secret",
  templateVersion: "1",
  timeoutMs: 0,
});
const voice = createVoiceClient({
  baseUrl: `${base}/Voice`,
  login: "bench",
  password: "bench",
  codCampaign: "0",
});
await voice.getCallStatus(callId); // logs in once, outside the measurement
const statusBody = JSON.stringify({ token: "bench-token", codCampaign: "0", _id: callId });

type Subject = () => Promise<unknown>;
const subjects: Record<string, Subject> = {
  "fetch: GET voiceproviders": async () =>
    (await fetch(`${base}/partners/${partnerId}/voiceproviders`, { headers: partnerHeaders })).json(),
  "openapi-fetch alone, GET voiceproviders": () =>
    bareOpenapiFetch.GET("/partners/{partnerId}/voiceproviders", {
      params: { path: { partnerId }, header: partnerHeaders },
    }),
  "partner-api: listVoiceProviders()": () => partner.listVoiceProviders(),
  "partner-api, no timeout (timeoutMs: 0)": () => partnerBare.listVoiceProviders(),
  "fetch: POST Call/Status": async () =>
    (
      await fetch(`${base}/Voice/Call/Status`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: statusBody,
      })
    ).json(),
  "voice-api: getCallStatus()": () => voice.getCallStatus(callId),
};

const samples: Record<string, number[]> = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
for (const subject of Object.values(subjects)) for (let i = 0; i < warmup; i += 1) await subject();
for (let i = 0; i < requests; i += 1) {
  for (const [name, subject] of Object.entries(subjects)) {
    const started = performance.now();
    await subject();
    (samples[name] as number[]).push((performance.now() - started) * 1000);
  }
}
server.close();

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { mean: times.reduce((sum, time) => sum + time, 0) / times.length, p50: at(0.5), p99: at(0.99) };
}

const rows: Array<Record<string, string | number>> = [];
const groups: Array<[string, ...string[]]> = [
  [
    "fetch: GET voiceproviders",
    "openapi-fetch alone, GET voiceproviders",
    "partner-api: listVoiceProviders()",
    "partner-api, no timeout (timeoutMs: 0)",
  ],
  ["fetch: POST Call/Status", "voice-api: getCallStatus()"],
];
for (const [baseline, ...clients] of groups) {
  const reference = stats(samples[baseline] as number[]);
  for (const name of [baseline, ...clients]) {
    const figures = stats(samples[name] as number[]);
    rows.push({
      subject: name,
      requests: (samples[name] as number[]).length,
      "mean µs": figures.mean,
      "p50 µs": figures.p50,
      "p99 µs": figures.p99,
      "mean / fetch": figures.mean / reference.mean,
      "p50 / fetch": figures.p50 / reference.p50,
      aim: name === baseline ? "baseline" : name.startsWith("openapi-fetch") ? "" : "<= 1.10",
    });
  }
}
printTable(
  `Per-request time on 127.0.0.1, client versus bare fetch (${requests} sequential requests each)`,
  rows,
);

// --- bundle sizes ------------------------------------------------------------------------------------------------

async function bundle(contents: string, resolveDir: string) {
  const result = await esbuild.build({
    stdin: { contents, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

const openapiFetch = await bundle(
  'export { default } from "openapi-fetch";',
  join(packagesDir, "partner-api"),
);
const sizes: Array<Record<string, string | number>> = [];
const entries: Array<[string, string, string, string]> = [
  ["openapi-fetch alone (baseline)", "partner-api", 'export { default } from "openapi-fetch";', ""],
  ["@ccaas/partner-api, whole entry", "partner-api", 'export * from "./dist/index.js";', "< 6 KB"],
  [
    "@ccaas/partner-api, { createPartnerClient }",
    "partner-api",
    'export { createPartnerClient } from "./dist/index.js";',
    "< 6 KB",
  ],
  [
    "@ccaas/partner-api/agent, { createAgentClient }",
    "partner-api",
    'export { createAgentClient } from "./dist/agent.js";',
    "",
  ],
  ["@ccaas/voice-api, whole entry", "voice-api", 'export * from "./dist/index.js";', ""],
];
for (const [subject, dir, contents, aim] of entries) {
  const size = await bundle(contents, join(packagesDir, dir));
  sizes.push({
    subject,
    "min KB": size.minified / 1024,
    "gzip KB": size.gzipped / 1024,
    "gzip / openapi-fetch": size.gzipped / openapiFetch.gzipped,
    aim,
  });
}
printTable("Browser bundle (esbuild, platform browser, esm, minified; gzip level 9)", sizes);
