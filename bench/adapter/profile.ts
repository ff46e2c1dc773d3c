/**
 * Where the adapter kit's time goes per accept-call request: serves one server (`kit`, `hono` or `bare`) in this
 * process under the same load as `index.ts` (autocannon in a child process), then exits so that
 * `node --cpu-prof` writes the profile. Summarise it with `summarize-profile.ts`.
 *
 *   node --experimental-strip-types --cpu-prof --cpu-prof-dir=/tmp/prof bench/adapter/profile.ts kit 10
 *   node --experimental-strip-types bench/adapter/summarize-profile.ts /tmp/prof/<file>.cpuprofile
 */
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createVoiceAdapter, serve } from "@ccaas/adapter-kit";
import { agentJwt, issuer, jwks, noopHandlers, partnerId, tokenSecret } from "./bench-platform.ts";

const kind = process.argv[2] ?? "kit";
const seconds = Number(process.argv[3] ?? 10);

const adapter = createVoiceAdapter(noopHandlers, {
  partnerId,
  auth: { platformJwks: jwks, issuer, tokenSecret },
});
const kit = await serve(adapter, { port: 0 });
const { token } = (await (
  await fetch(`${kit.url}/token`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${agentJwt}` },
    body: JSON.stringify({ agentLogonName: "testAgent" }),
  })
).json()) as { token: string };

let url: string;
let close: () => Promise<void>;
if (kind === "kit") {
  url = `${kit.url}/calls/accept`;
  close = kit.close;
} else if (kind === "hono") {
  await kit.close();
  const hono = await serve(
    {
      async fetch(request: Request) {
        JSON.parse(await request.text());
        return new Response('{"status":"Success"}', { headers: { "content-type": "application/json" } });
      },
    },
    { port: 0 },
  );
  url = `${hono.url}/calls/accept`;
  close = hono.close;
} else {
  await kit.close();
  const bare = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      JSON.parse(Buffer.concat(chunks).toString("utf8"));
      response.writeHead(200, { "content-type": "application/json" });
      response.end('{"status":"Success"}');
    });
  });
  await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/calls/accept`;
  close = () => new Promise((resolve) => bare.close(() => resolve()));
}

const before = process.cpuUsage();
const output = await new Promise<string>((resolve, reject) => {
  const child = spawn(
    process.execPath,
    [
      "--experimental-strip-types",
      join(import.meta.dirname, "load.ts"),
      JSON.stringify({ url, token, connections: 64, seconds }),
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let text = "";
  child.stdout.on("data", (chunk: Buffer) => {
    text += chunk.toString();
  });
  child.once("error", reject);
  child.once("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`load exited ${code}`))));
});
const cpu = process.cpuUsage(before);
const result = JSON.parse(output) as { requestsPerSecond: number; total: number; p50: number; p99: number };
console.log(
  `${kind}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, server CPU ${((cpu.user + cpu.system) / result.total).toFixed(1)} µs/req`,
);
await close();
await adapter.close();
