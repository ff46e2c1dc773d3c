/**
 * The dev server as a user runs it: a child process that prints its URL, serves the pages, and exits
 * when told to.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURE_SPECS } from "./site-helpers.ts";

const SERVE_SCRIPT = fileURLToPath(new URL("../scripts/serve.ts", import.meta.url));
const READY_LINE = /^docs ready: (http:\/\/127\.0\.0\.1:\d+\/)$/m;

let child: ChildProcess | undefined;
let outDir: string | undefined;

afterAll(async () => {
  if (child?.exitCode === null) child.kill("SIGKILL");
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

function waitForUrl(server: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(
      () => reject(new Error(`no ready line after ${timeoutMs} ms\n${stdout}${stderr}`)),
      timeoutMs,
    );
    server.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    server.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = stdout.match(READY_LINE)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    server.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before it was ready\n${stderr}`));
    });
  });
}

async function exitCodeWithin(server: ChildProcess, timeoutMs: number): Promise<number | null> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const [code] = (await once(server, "exit", { signal: timeout })) as [number | null];
  return code;
}

describe("pnpm dev (scripts/serve.ts)", () => {
  it("serves the site on an ephemeral port and exits cleanly when killed", async () => {
    outDir = await mkdtemp(join(tmpdir(), "ccaas-docs-serve-"));
    child = spawn(
      process.execPath,
      ["--experimental-strip-types", SERVE_SCRIPT, "--port", "0", "--specs", FIXTURE_SPECS, "--out", outDir],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    const url = await waitForUrl(child, 20_000);

    for (const page of ["", "partner-api.html"]) {
      const response = await fetch(new URL(page, url), { signal: AbortSignal.timeout(5_000) });
      expect(response.status, `GET /${page}`).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/html");
      await response.text();
    }

    child.kill("SIGTERM");
    expect(await exitCodeWithin(child, 5_000)).toBe(0);
  });
});
