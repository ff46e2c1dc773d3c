/**
 * Accept-to-first-audio through @ccaas/softphone in a real Chromium against a started sandbox, new connection
 * (line appearance 100, persistent off: a peer connection per call) versus persistent connection (persistent
 * on: the first call negotiates, later calls ride on it). Sequential calls: ring through the control API, the
 * page accepts and times the tone (./page.ts), the customer hangs up, the page sees the call gone.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type Sandbox, startSandbox } from "@ccaas/sandbox";
import { type LaunchedChromium, launchChromium } from "@ccaas/test-browser";
import * as esbuild from "esbuild";
import type { BrowserContext, Page } from "playwright-core";
import type { CallResult, PageApi } from "./page-api.ts";

export { chromiumMissing } from "@ccaas/test-browser";

export interface Mode {
  name: string;
  persistent: boolean;
  /** Unmeasured calls first (a cold browser and sandbox). */
  warmup: number;
}

export interface ModeRun {
  mode: Mode;
  results: CallResult[];
  pageErrors: string[];
  /** Why the run stopped early, if it did. */
  failure?: string;
}

export interface LatencyOptions {
  calls: number;
  /** Whole part's budget; calls not started by then are skipped. */
  budgetMs: number;
  threshold: number;
  callTimeoutMs: number;
}

/** The page: the SDK bundled for the browser, as an app would ship it (esm, minified like production). */
async function bundlePage(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(import.meta.dirname, "page.ts")],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "chrome120",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

/**
 * Serves the page from a real 127.0.0.1 origin (a secure context that may reach the sandbox's loopback port
 * under Local Network Access) and forwards every other request to the sandbox, as a dev server's proxy does:
 * the sandbox sends no CORS headers, so the SDK's partner API calls go through the page's origin.
 */
async function servePage(script: string, sandbox: Sandbox) {
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench softphone</title>' +
    '<script type="module" src="/page.js"></script></head><body></body></html>';
  const forward = async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (["host", "connection", "content-length", "origin", "referer"].includes(name)) continue;
      if (typeof value === "string") headers.set(name, value);
    }
    const upstream = await fetch(`${sandbox.urls.base}${request.url ?? "/"}`, {
      method: request.method ?? "GET",
      headers,
      ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
    });
    const body = Buffer.from(await upstream.arrayBuffer());
    const answer: Record<string, string> = {};
    upstream.headers.forEach((value, name) => {
      if (!["content-encoding", "content-length", "transfer-encoding", "connection"].includes(name))
        answer[name] = value;
    });
    response.writeHead(upstream.status, answer).end(body);
  };
  const server = createServer((request, response) => {
    if (request.url === "/" || request.url === "/index.html") {
      response.writeHead(200, { "content-type": "text/html" }).end(html);
    } else if (request.url === "/page.js") {
      response.writeHead(200, { "content-type": "text/javascript" }).end(script);
    } else {
      forward(request, response).catch((error: unknown) => {
        if (!response.headersSent) response.writeHead(502, { "content-type": "text/plain" });
        response.end(String(error));
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

type Bench = { bench: PageApi };

async function runMode(
  mode: Mode,
  context: BrowserContext,
  sandbox: Sandbox,
  pageUrl: string,
  options: LatencyOptions,
  deadline: number,
): Promise<ModeRun> {
  const run: ModeRun = { mode, results: [], pageErrors: [] };
  const info = sandbox.control.info();
  const agent = info.agents.find((candidate) => candidate.userName === "testAgent") ?? info.agents[0];
  if (!agent) throw new Error("the sandbox has no agent");
  const to = info.phoneNumbers[0]?.phone_number ?? "+18883973342";
  sandbox.control.setStation(agent.id, {
    webRtcCallAppearances: 100,
    webRtcPersistentEnabled: mode.persistent,
  });
  const token = await sandbox.control.agentToken(agent.userName);

  const page: Page = await context.newPage();
  try {
    await page.goto(pageUrl);
    const started = await page.evaluate((start) => (window as unknown as Bench).bench.start(start), {
      platformUrl: pageUrl,
      signalingUrl: sandbox.urls.signaling,
      token,
      threshold: options.threshold,
      timeoutMs: options.callTimeoutMs,
    });
    if (started.persistent !== mode.persistent) {
      throw new Error(
        `the SDK reports persistent connection ${started.persistent}, the station was set to ${mode.persistent}`,
      );
    }
    for (let index = 0; index < mode.warmup + options.calls; index += 1) {
      if (performance.now() > deadline) {
        run.failure = `stopped after ${run.results.length} calls: the ${options.budgetMs / 1000} s budget ran out`;
        break;
      }
      const from = `+1555${String(2_000_000 + index).slice(1)}`;
      const { id } = sandbox.control.simulateInboundCall({ to, from });
      const result = await page.evaluate(
        ([conversationId, timeoutMs]) => (window as unknown as Bench).bench.result(conversationId, timeoutMs),
        [id, options.callTimeoutMs + 5_000] as const,
      );
      try {
        sandbox.control.hangUpCustomer(id);
      } catch {
        // The call already ended (a failed accept): nothing to hang up.
      }
      const ended = await page.evaluate(
        ([conversationId]) => (window as unknown as Bench).bench.ended(conversationId, 5_000),
        [id] as const,
      );
      if (index >= mode.warmup) run.results.push(result);
      if (result.error) {
        run.failure = `call ${index + 1}: ${result.error}`;
        break;
      }
      if (!ended) {
        run.failure = `call ${index + 1}: the SDK still had the call 5 s after the customer hung up`;
        break;
      }
    }
    run.pageErrors = await page.evaluate(() => (window as unknown as Bench).bench.errors);
    await page.evaluate(() => (window as unknown as Bench).bench.stop());
  } finally {
    await page.close();
  }
  return run;
}

/** Runs every mode in one Chromium against one sandbox; throws only when nothing could be set up. */
export async function measureAcceptToAudio(modes: Mode[], options: LatencyOptions): Promise<ModeRun[]> {
  const deadline = performance.now() + options.budgetMs;
  const script = await bundlePage();
  const sandbox = await startSandbox({ port: 0 });
  const page = await servePage(script, sandbox);
  let browser: LaunchedChromium | undefined;
  const runs: ModeRun[] = [];
  try {
    browser = await launchChromium({ profilePrefix: "ccaas-bench-softphone-" });
    const { context } = browser;
    for (const mode of modes) {
      try {
        runs.push(await runMode(mode, context, sandbox, page.url, options, deadline));
      } catch (error) {
        runs.push({ mode, results: [], pageErrors: [], failure: String(error) });
      }
    }
    const violations = sandbox.core.violations.entries.length;
    if (violations > 0) {
      for (const run of runs) run.failure ??= `the sandbox recorded ${violations} spec violations`;
    }
  } finally {
    await browser?.close();
    await page.close();
    await sandbox.stop();
  }
  return runs;
}
