/**
 * `pnpm dev`: the main job. Starts the sandbox and, next to it, every sample app and the docs site that exist
 * in this checkout, waits for each to say it is ready, then prints one banner with the URLs, the demo
 * credentials and how to ring the agent. Each service's own output is prefixed with its name. Ctrl-C stops all.
 *
 * Run after a build (`pnpm dev` builds first through turbo).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { stripVTControlCharacters } from "node:util";

interface Service {
  name: string;
  /** Package folder, relative to the repository; the service is skipped when it does not exist. */
  dir: string;
  args: string[];
  env?: Record<string, string>;
  /** A line matching this says the service is up; its first URL is the service's URL. */
  ready: RegExp;
}

const repoDir = join(import.meta.dirname, "..");
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 4700);
const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
const softphonePort = Number(process.env.SOFTPHONE_PORT ?? 4300);
// The CRM page and the softphone it embeds are two origins (localhost vs 127.0.0.1), as in production.
const crmHostPort = Number(process.env.CRM_HOST_PORT ?? 4400);
const crmOrigin = `http://localhost:${crmHostPort}`;

const services: Service[] = [
  {
    name: "sandbox",
    dir: "packages/sandbox",
    args: ["dist/cli.js", "--port", String(sandboxPort)],
    ready: /\bready\b/i,
  },
  {
    name: "voice-adapter",
    dir: "apps/voice-adapter",
    args: ["--run", "dev"],
    env: { PORT: process.env.VOICE_ADAPTER_PORT ?? "4800", PLATFORM_BASE_URL: sandboxUrl },
    ready: /\bready\b|listening/i,
  },
  {
    name: "softphone-web",
    dir: "apps/softphone-web",
    args: ["--run", "dev"],
    env: { SANDBOX_URL: sandboxUrl, PORT: String(softphonePort), CRM_ALLOWED_ORIGINS: crmOrigin },
    ready: /\bready\b|Local:/i,
  },
  {
    name: "crm-host",
    dir: "apps/crm-host",
    args: ["--run", "dev"],
    env: {
      SANDBOX_URL: sandboxUrl,
      PORT: String(crmHostPort),
      SOFTPHONE_URL: `http://127.0.0.1:${softphonePort}`,
    },
    ready: /\bready\b|Local:/i,
  },
  {
    name: "interaction-processor",
    dir: "apps/interaction-processor",
    args: ["--run", "dev"],
    env: { PORT: process.env.INTERACTION_PROCESSOR_PORT ?? "4900" },
    ready: /\bready\b/i,
  },
  {
    name: "docs",
    dir: "apps/docs",
    args: ["--run", "dev"],
    env: { DOCS_PORT: process.env.DOCS_PORT ?? "4600" },
    ready: /docs ready/i,
  },
].filter((service) => existsSync(join(repoDir, service.dir, "package.json")));

const children: ChildProcess[] = [];
let stopping = false;

function start(service: Service): Promise<string> {
  // Sandbox runs its built CLI with node; apps run their own `dev` script through `node --run`.
  const child = spawn(process.execPath, service.args, {
    cwd: join(repoDir, service.dir),
    env: { ...process.env, ...service.env, FORCE_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: `node --run` does not forward signals, so stopping kills the whole group.
    detached: true,
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    const onLine = (line: string) => {
      console.log(`\x1b[2m${service.name.padEnd(13)}|\x1b[0m ${line}`);
      // Match on the text without colour codes, and only on a line that names the service's URL.
      const plain = stripVTControlCharacters(line);
      const url = /(?:https?|wss?):\/\/[^\s"')]+/.exec(plain)?.[0];
      if (url && service.ready.test(plain)) resolve(url);
    };
    createInterface({ input: child.stdout! }).on("line", onLine);
    createInterface({ input: child.stderr! }).on("line", onLine);
    child.once("exit", (code) => {
      if (!stopping)
        reject(
          new Error(`${service.name} exited with code ${code} before it was ready (see its output above).`),
        );
    });
  });
}

async function sandboxInfo(): Promise<SandboxInfo | undefined> {
  try {
    const response = await fetch(`${sandboxUrl}/control/info`);
    return response.ok ? ((await response.json()) as SandboxInfo) : undefined;
  } catch {
    return undefined;
  }
}

interface SandboxInfo {
  partnerApi?: { partnerId?: string; clientId?: string; clientSecret?: string; templateVersion?: string };
  voiceApi?: { login?: string; password?: string; codCampaign?: string };
  agents?: Array<{ userName?: string; password?: string }>;
  phoneNumbers?: Array<{ phone_number?: string }>;
}

function banner(urls: Map<string, string>, info: SandboxInfo | undefined): string {
  const lines = ["", "\x1b[1mCCaaS SDK: everything is running\x1b[0m", ""];
  for (const [name, url] of urls) lines.push(`  ${name.padEnd(22)} ${url}`);
  if (info) {
    const partner = info.partnerApi ?? {};
    lines.push("", "  Demo credentials (sandbox only; GET /control/info has them all):");
    lines.push(
      `    partner API     id ${partner.partnerId}, Basic ${partner.clientId}:${partner.clientSecret}, template version ${partner.templateVersion}`,
    );
    lines.push(
      `    Voice API       ${info.voiceApi?.login} / ${info.voiceApi?.password}, codCampaign ${info.voiceApi?.codCampaign}`,
    );
    for (const agent of info.agents ?? [])
      lines.push(`    agent           ${agent.userName} / ${agent.password}`);
    const to = info.phoneNumbers?.[0]?.phone_number ?? "+18883973342";
    lines.push("", "  Ring the agent (sign a softphone in first):");
    lines.push(`    curl -X POST ${sandboxUrl}/control/calls/inbound -H 'content-type: application/json' \\`);
    lines.push(`         -d '{"to":"${to}","from":"+15555550100"}'`);
  }
  lines.push("", "  Ctrl-C stops everything.", "");
  return lines.join("\n");
}

function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
  setTimeout(() => process.exit(code), 3000).unref();
  Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve))),
    ),
  ).then(() => process.exit(code));
}

process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));

try {
  const urls = new Map<string, string>();
  for (const service of services) urls.set(service.name, await start(service));
  console.log(banner(urls, await sandboxInfo()));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  stopAll(1);
}
