/**
 * Servers under test as their own processes, so the CPU they use is theirs alone: the sandbox built with turbo
 * and started as its CLI (`ccaas-sandbox --port 0`, as `npx @ccaas/sandbox` runs it), or any script that prints
 * `ready ... http://host:port` once it listens.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";

const repoDir = join(import.meta.dirname, "../..");
/** The sandbox's built CLI. */
export const sandboxCli = join(repoDir, "packages/sandbox/dist/cli.js");

export interface ServerProcess {
  child: ChildProcess;
  base: string;
}

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

/** Runs `node <args>` and resolves with its base URL once it prints `ready ... http://...`. */
export async function startServerProcess(args: string[]): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", "pipe", "pipe"],
    // A SANDBOX_PORT in the caller's environment must not pin the server's port.
    env: { ...process.env, SANDBOX_PORT: "" },
  });
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the server did not print ready within 15 s")), 15_000);
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const match = /ready\b.*?(http:\/\/[\d.]+:\d+)/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once("exit", (code) => reject(new Error(`the server exited (${code}) before it was ready`)));
  });
  child.stderr?.resume();
  return { child, base };
}

/** Starts `ccaas-sandbox --port 0` (build it first with `buildSandbox`). */
export function startSandboxProcess(): Promise<ServerProcess> {
  return startServerProcess([sandboxCli, "--port", "0"]);
}

export async function stopServerProcess({ child }: ServerProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}
