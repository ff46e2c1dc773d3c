/**
 * The sandbox under test as its own process: built with turbo, then started as the built CLI
 * (`ccaas-sandbox --port 0`, as `npx @ccaas/sandbox` runs it), so the CPU it uses is its alone.
 */
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";

const repoDir = join(import.meta.dirname, "../..");
const sandboxDir = join(repoDir, "packages/sandbox");

export function buildSandbox(): void {
  const result = spawnSync(
    "pnpm",
    ["exec", "turbo", "run", "build", "--filter=@ccaas/sandbox", "--output-logs=errors-only"],
    {
      cwd: repoDir,
      encoding: "utf8",
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    },
  );
  if (result.status !== 0)
    throw new Error(`building @ccaas/sandbox failed:\n${result.stdout}\n${result.stderr}`);
}

/** Starts `ccaas-sandbox --port 0` and resolves with its base URL once it prints `ready`. */
export async function startSandboxProcess() {
  const child = spawn(process.execPath, [join(sandboxDir, "dist/cli.js"), "--port", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the sandbox did not print ready within 15 s")), 15_000);
    createInterface({ input: child.stdout }).on("line", (line) => {
      const match = /ready\b.*?(http:\/\/[\d.]+:\d+)/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once("exit", (code) => reject(new Error(`the sandbox exited (${code}) before it was ready`)));
  });
  child.stderr.resume();
  return { child, base };
}
