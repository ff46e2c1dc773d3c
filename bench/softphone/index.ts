/**
 * @ccaas/softphone against the WebRTC SDKs an app would otherwise ship (issue 6):
 *
 * 1. Browser bundle: ours (`dist/index.js`: `{ createSoftphone }` and the whole entry) next to
 *    genesys-cloud-webrtc-sdk, @twilio/voice-sdk, jssip and sip.js, all with bench/clients' settings (esbuild,
 *    platform browser, esm, minified; gzip level 9). See ./size.ts.
 * 2. Accept-to-first-audio over BENCH_SOFTPHONE_CALLS (default 20) sequential calls per mode, in Chromium
 *    (Debian's, fake microphone; CHROMIUM_PATH overrides) against `startSandbox({ port: 0 })`: a new peer
 *    connection per call (line appearance 100, persistent off; the baseline) versus the persistent connection
 *    (the first call negotiates, the next ones reuse it). Timed in the page with performance.now(), from
 *    `acceptPendingSession` to the first getStats() report where the sandbox's tone is heard. See ./latency.ts
 *    and ./page.ts. Bounded: 150 s for the calls, 10 s per call.
 *
 * Builds @ccaas/softphone and @ccaas/sandbox first (turbo, cached). Exits 0 whatever the figures.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { printTable } from "../table.ts";
import type { CallResult } from "./page-api.ts";
import { sizeRows } from "./size.ts";

const repoDir = join(import.meta.dirname, "../..");
const calls = Number(process.env.BENCH_SOFTPHONE_CALLS ?? 20);

function build(): string | undefined {
  const result = spawnSync(
    "pnpm",
    [
      "exec",
      "turbo",
      "run",
      "build",
      "--filter=@ccaas/softphone",
      "--filter=@ccaas/sandbox",
      "--output-logs=errors-only",
    ],
    { cwd: repoDir, encoding: "utf8", env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" } },
  );
  if (result.status === 0) return undefined;
  return `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-8).join("\n");
}

const buildFailure = build();
if (buildFailure) {
  const built = ["softphone", "sandbox"].every((name) =>
    existsSync(join(repoDir, "packages", name, "dist/index.js")),
  );
  console.log(
    `\nsoftphone: building @ccaas/softphone and @ccaas/sandbox failed${built ? "; measuring the dist/ already there" : ""}:\n${buildFailure}`,
  );
  if (!built) process.exit(0);
}

// --- 1. bundle size ----------------------------------------------------------------------------------------------
printTable(
  "softphone: browser bundle (esbuild, platform browser, esm, minified; gzip level 9; KB = 1024 bytes)",
  await sizeRows(),
);

// --- 2. accept-to-first-audio ------------------------------------------------------------------------------------
/** Nearest-rank percentile. */
function percentile(sorted: number[], q: number): number {
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

const title = `softphone: accept-to-first-audio in Chromium against the sandbox (${calls} sequential calls per mode; ms, performance.now() in the page)`;
const threshold = 0.05;
try {
  const { chromiumMissing, measureAcceptToAudio } = await import("./latency.ts");
  if (chromiumMissing) throw new Error(chromiumMissing);
  const runs = await measureAcceptToAudio(
    [
      { name: "new connection (LA 100, persistent off)", persistent: false, warmup: 1 },
      { name: "persistent connection (LA 100, persistent on)", persistent: true, warmup: 0 },
    ],
    { calls, budgetMs: 150_000, threshold, callTimeoutMs: 10_000 },
  );

  const rows: Array<Record<string, string | number>> = [];
  let baselineP50: number | undefined;
  const summarise = (name: string, results: CallResult[], failure: string | undefined, aim: string) => {
    const timed = results.filter((result) => result.acceptToAudioMs !== undefined);
    const audio = timed.map((result) => result.acceptToAudioMs ?? 0).sort((a, b) => a - b);
    const packets = timed.map((result) => result.acceptToPacketMs ?? 0).sort((a, b) => a - b);
    const webAudio = timed.flatMap((result) => result.webAudioMs ?? []).sort((a, b) => a - b);
    const p50 = percentile(audio, 0.5);
    baselineP50 ??= p50;
    rows.push({
      mode: name,
      calls: timed.length,
      "p50 ms": timed.length ? p50 : "",
      "p95 ms": timed.length ? percentile(audio, 0.95) : "",
      "min ms": timed.length ? (audio[0] ?? 0) : "",
      "max ms": timed.length ? (audio[audio.length - 1] ?? 0) : "",
      "first packet p50 ms": timed.length ? percentile(packets, 0.5) : "",
      "Web Audio p50 ms": webAudio.length ? percentile(webAudio, 0.5) : "",
      "new peer connections": results.filter((result) => result.newPeerConnection).length,
      "stats refresh ms (median)": timed.length ? median(timed.flatMap((result) => result.refreshesMs)) : "",
      "p50 / new connection": timed.length && baselineP50 ? p50 / baselineP50 : "",
      aim,
      note: failure ?? "",
    });
  };
  for (const run of runs) {
    const errors = run.pageErrors.length
      ? `${run.pageErrors.length} SDK errors, first: ${run.pageErrors[0]?.slice(0, 160)}`
      : undefined;
    const note = [run.failure, errors].filter(Boolean).join("; ") || undefined;
    if (!run.mode.persistent) {
      summarise(run.mode.name, run.results, note, "baseline");
    } else {
      summarise(`${run.mode.name}, all calls`, run.results, note, "");
      summarise(
        `${run.mode.name}, reused only (calls 2+)`,
        run.results.filter((result) => !result.newPeerConnection),
        undefined,
        "< new connection",
      );
    }
  }
  printTable(
    `${title}; heard = inbound-rtp audio packets grew and sqrt(Δ totalAudioEnergy / Δ totalSamplesDuration) > ${threshold}`,
    rows,
  );
} catch (error) {
  printTable(title, [{ mode: "all", result: `not measured: ${String(error).split("\n")[0]}` }]);
}
