/**
 * `pnpm build` from cold (turbo's cache bypassed with --force) versus a second run that should be a full
 * cache hit. The cold build is the baseline.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { printTable } from "../table.ts";

const repoDir = join(import.meta.dirname, "../..");
const runs = Number(process.env.BENCH_BUILD_RUNS ?? 2);

function timeBuild(extraArgs: string[]): { seconds: number; output: string } {
  const started = performance.now();
  const result = spawnSync(
    "pnpm",
    ["exec", "turbo", "run", "build", "--output-logs=errors-only", ...extraArgs],
    {
      cwd: repoDir,
      encoding: "utf8",
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    },
  );
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  return { seconds: (performance.now() - started) / 1000, output: result.stdout };
}

const rows: Array<Record<string, string | number>> = [];
for (let run = 1; run <= runs; run += 1) {
  const cold = timeBuild(["--force"]);
  const cached = timeBuild([]);
  const hit = /Cached:\s+(\d+) cached, (\d+) total/.exec(cached.output);
  rows.push({
    run,
    "cold s": cold.seconds,
    "cached s": cached.seconds,
    "cached / cold": cached.seconds / cold.seconds,
    "cache hits": hit ? `${hit[1]}/${hit[2]}` : "?",
  });
}
printTable("pnpm build: cold versus cached (aim: cached is a full cache hit)", rows);
