/**
 * How many concurrent two-way-audio calls the sandbox carries before a call drops or its audio stops.
 *
 * The sandbox runs as its own process (the built CLI, as `npx @ccaas/sandbox` runs it), so its CPU is the
 * sandbox's alone. The agent side is one real Chromium (Debian's, fake microphone, the e2e softphone page)
 * with one peer connection per call, counting packets only (no playout, no echo cancellation) so the browser
 * costs as little as it can; the table shows its CPU and the whole machine's next to the sandbox's, because on
 * a 2-core machine they share the cores. Calls are rung through the control API in steps (10, 20, 30, ...);
 * each step is held for a few seconds, then every call must show, over that window, at least 80% of the
 * expected 50 packets/s in all three places: tone sent by the sandbox, tone received by the browser, agent
 * audio received by the sandbox. The ramp stops at the first failing step. Then the partner API latency
 * benchmark (./latency.ts) runs, if present. Bounded: BENCH_SANDBOX_MAX_CALLS (default 150),
 * BENCH_SANDBOX_HOLD_MS (default 4000), a 130 s ramp budget.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromiumMissing, launchChromium } from "../../packages/sandbox/e2e/chromium.ts";
import { printTable } from "../table.ts";
import { chromiumCpuSeconds, cpuSeconds, machineCpu } from "./cpu-usage.ts";
import { buildSandbox, startSandboxProcess, stopServerProcess } from "./sandbox-process.ts";

const maxCalls = Number(process.env.BENCH_SANDBOX_MAX_CALLS ?? 150);
const holdMs = Number(process.env.BENCH_SANDBOX_HOLD_MS ?? 4000);
const rampBudgetMs = 130_000;
const steps = [10, 20, 30, 40, 50, 60, 70, 80, 100, 120, 150, 200].filter((calls) => calls <= maxCalls);
const minShare = 0.8;

interface MediaStats {
  active: boolean;
  sessionId?: string;
  toAgent: { packets: number };
  fromAgent: { packets: number };
}
interface BrowserSession {
  sessionId: string;
  inboundPackets: number;
}
interface Info {
  baseUrl: string;
  controlUrl: string;
  signalingUrl: string;
  partnerApi: { templateVersion: string };
  phoneNumbers: Array<{ phone_number: string }>;
  agents: Array<{ userName: string; password: string; station: { webRtcCallAppearances: number } }>;
}

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok)
    throw new Error(`${init?.method ?? "GET"} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  if (chromiumMissing) {
    console.log(`\nsandbox: skipped the concurrent-calls ramp. ${chromiumMissing}`);
    return;
  }
  buildSandbox();
  const sandboxProcess = await startSandboxProcess();
  const { child, base } = sandboxProcess;
  const browser = await launchChromium();
  const rows: Array<Record<string, string | number>> = [];
  let carried = 0;
  let failure = "";
  try {
    const info = await json<Info>(`${base}/control/info`);
    const agent =
      info.agents.find((candidate) => candidate.station.webRtcCallAppearances === 100) ?? info.agents[0];
    if (!agent) throw new Error("the sandbox has no agent");
    const login = await json<{ access_token: string }>(`${base}/api/v2/agents/login`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-resource-template-version": info.partnerApi.templateVersion,
      },
      body: JSON.stringify({ userName: agent.userName, password: agent.password }),
    });
    const page = await browser.softphone();
    type Phone = {
      start(
        url: string,
        token: string,
        options: { playout: boolean; audioProcessing: boolean },
      ): Promise<void>;
    };
    // Packets only on the browser side (no playout, no echo cancellation): Chromium's per-call cost stays low,
    // so the CPU goes to the sandbox, which is what is measured.
    await page.evaluate(
      ([url, token]) =>
        (window as unknown as { phone: Phone }).phone.start(url, token, {
          playout: false,
          audioProcessing: false,
        }),
      [info.signalingUrl, login.access_token] as const,
    );
    const browserStats = () =>
      page.evaluate(() =>
        (window as unknown as { phone: { stats(): Promise<BrowserSession[]> } }).phone.stats(),
      );
    const media = (id: string) => json<MediaStats>(`${info.controlUrl}/calls/${id}/media`);
    const to = info.phoneNumbers[0]?.phone_number ?? "+18883973342";
    const calls: string[] = [];
    const started = performance.now();

    for (const target of steps) {
      if (performance.now() - started > rampBudgetMs) break;
      const setupStarted = performance.now();
      const ringing = Array.from({ length: target - calls.length }, (_, index) =>
        json<{ id: string }>(`${info.controlUrl}/calls/inbound`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ to, from: `+1555${String(1_000_000 + calls.length + index).slice(1)}` }),
        }),
      );
      for (const conversation of await Promise.all(ringing)) calls.push(conversation.id);
      // Every call connected with media both ways before the window opens.
      const deadline = performance.now() + 15_000;
      let ready = false;
      while (!ready && performance.now() < deadline) {
        const stats = await Promise.all(calls.map(media));
        ready = stats.every((s) => s.active && s.toAgent.packets > 10 && s.fromAgent.packets > 10);
        if (!ready) await sleep(250);
      }
      const setupSeconds = (performance.now() - setupStarted) / 1000;
      if (!ready) {
        failure = "calls did not all connect within 15 s";
        rows.push({ calls: target, "setup s": setupSeconds, result: `FAIL: ${failure}` });
        break;
      }
      // One snapshot of every counter at each end of the window; the window is measured between the
      // snapshots' midpoints, so slow snapshots under load do not count as lost packets.
      const snapshot = async () => {
        const begun = performance.now();
        const [stats, browserSessions] = await Promise.all([Promise.all(calls.map(media)), browserStats()]);
        const at = (begun + performance.now()) / 2;
        return {
          at,
          stats,
          browser: new Map(browserSessions.map((s) => [s.sessionId, s.inboundPackets])),
          cpu: cpuSeconds(child.pid ?? 0),
          chromium: chromiumCpuSeconds(),
          machine: machineCpu(),
        };
      };
      const first = await snapshot();
      await sleep(holdMs);
      const last = await snapshot();
      const windowSeconds = (last.at - first.at) / 1000;
      const cpu = ((last.cpu - first.cpu) / windowSeconds) * 100;
      const chromiumCpu = ((last.chromium - first.chromium) / windowSeconds) * 100;
      const machineBusy =
        ((last.machine.busy - first.machine.busy) / (last.machine.total - first.machine.total)) * 100;
      const before = first.stats;
      const after = last.stats;
      const browserBefore = first.browser;
      const browserAfter = last.browser;

      const sent = after.map((s, index) => s.toAgent.packets - (before[index]?.toAgent.packets ?? 0));
      const heard = after.map((s, index) => s.fromAgent.packets - (before[index]?.fromAgent.packets ?? 0));
      const received = after.map(
        (s) => (browserAfter.get(s.sessionId ?? "") ?? 0) - (browserBefore.get(s.sessionId ?? "") ?? 0),
      );
      const floor = 50 * minShare * windowSeconds;
      const dropped = after.filter((s) => !s.active).length;
      const short = [sent, received, heard].map((deltas) => deltas.filter((delta) => delta < floor).length);
      const perSecond = (deltas: number[]) => Math.min(...deltas) / windowSeconds;
      const ok = dropped === 0 && short.every((count) => count === 0);
      if (!ok)
        failure = `${dropped} dropped; short: ${short[0]} tone sent, ${short[1]} tone heard, ${short[2]} agent audio`;
      rows.push({
        calls: target,
        "setup s": setupSeconds,
        "tone sent pkt/s (min)": perSecond(sent),
        "tone in browser pkt/s (min)": perSecond(received),
        "agent audio pkt/s (min)": perSecond(heard),
        "sandbox CPU %": cpu,
        "CPU % per call": cpu / target,
        "Chromium CPU %": chromiumCpu,
        "machine busy %": machineBusy,
        result: ok ? "ok" : `FAIL: ${failure}`,
      });
      if (!ok) break;
      carried = target;
    }
  } finally {
    await browser.close();
    await stopServerProcess(sandboxProcess);
  }
  rows.push({ calls: "aim", result: ">= 50 concurrent calls" });
  printTable(
    `sandbox: concurrent two-way-audio calls (PCMU, 50 pkt/s each way; Chromium agent, ${holdMs / 1000} s per step) — carried ${carried}${failure ? ", then failed" : " (no failure up to the bound)"}`,
    rows,
  );
}

await main();

const latency = join(import.meta.dirname, "latency.ts");
if (existsSync(latency)) {
  const { runLatencyBench } = (await import(latency)) as { runLatencyBench?: () => Promise<void> | void };
  if (runLatencyBench) await runLatencyBench();
  else console.log("\nsandbox: ./latency.ts exports no runLatencyBench; partner API latency skipped.");
} else {
  console.log(
    "\nsandbox: partner API latency under load skipped: bench/sandbox/latency.ts does not exist yet.",
  );
}
