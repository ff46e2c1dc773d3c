/**
 * The `ccaas-sandbox` CLI as a person runs it: a process that prints a `ready` line with the URLs, the demo
 * credentials and how to ring the agent, serves requests, and stops cleanly on SIGINT or SIGTERM.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const packageDir = join(import.meta.dirname, "..");

function startCli(args: string[]): { child: ChildProcess; output: () => string; ready: Promise<string> } {
  const child = spawn(
    process.execPath,
    ["--import", "./test/support/ts-resolve-hook.mjs", "src/cli.ts", ...args],
    {
      cwd: packageDir,
      env: { ...process.env, SANDBOX_PORT: "" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line within 15 s:\n${output}`)), 15_000);
    const check = () => {
      const url = /ready at (http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", () => {
      clearTimeout(timer);
      reject(new Error(`the CLI exited before it was ready:\n${output}`));
    });
  });
  // A test that expects the CLI to fail never awaits `ready`: keep its rejection from going unhandled.
  ready.catch(() => undefined);
  return { child, output: () => output, ready };
}

function exitOf(child: ChildProcess): Promise<number | string | null> {
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal)));
}

describe("ccaas-sandbox", () => {
  it("prints a ready line, credentials and a curl line, serves, and stops on SIGINT", {
    timeout: 30_000,
  }, async () => {
    const { child, output, ready } = startCli(["--port", "0"]);
    const base = await ready;
    const info = (await (await fetch(`${base}/control/info`)).json()) as { baseUrl: string };
    expect(info.baseUrl).toBe(base);
    expect(output()).toContain("sandbox-client:sandbox-secret");
    expect(output()).toContain("testAgent");
    expect(output()).toContain(`curl -X POST ${base}/control/calls/inbound`);
    const exited = exitOf(child);
    child.kill("SIGINT");
    expect(await exited).toBe(0);
  });

  it("stops on SIGTERM, with the arguments after a -- separator", { timeout: 30_000 }, async () => {
    const { child, ready, output } = startCli(["--", "--port", "0"]);
    await ready;
    const exited = exitOf(child);
    child.kill("SIGTERM");
    expect(await exited, output()).toBe(0);
  });

  it("explains a bad --port and exits 1", { timeout: 30_000 }, async () => {
    const { child, output } = startCli(["--port", "http"]);
    expect(await exitOf(child)).toBe(1);
    expect(output()).toMatch(/--port must be an integer/);
  });
});
