#!/usr/bin/env node
/**
 * `ccaas-sandbox [--port N] [--host H]` (or SANDBOX_PORT, as `pnpm dev` sets it): starts the sandbox and prints its URLs, demo credentials, agents and
 * how to ring an agent. Ctrl-C (SIGINT) or SIGTERM stops it cleanly.
 */
import { parseArgs } from "node:util";
import type { SandboxLogger } from "./options";
import { type Sandbox, startSandbox } from "./start-sandbox";

const usage = `Usage: ccaas-sandbox [--port N] [--host H]

  --port N   port to listen on (default $SANDBOX_PORT, else 4700; 0 picks a free one)
  --host H   interface to listen on (default 127.0.0.1)
  --help     show this help`;

function parsePort(raw: string | undefined): number {
  if (raw === undefined) return 4700;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be an integer from 0 to 65535, got "${raw}".`);
  return port;
}

const logger: SandboxLogger = {
  info: (message) => console.error(`[sandbox] ${message}`),
  warn: (message) => console.error(`[sandbox] warning: ${message}`),
  error: (message) => console.error(`[sandbox] error: ${message}`),
};

function banner(sandbox: Sandbox): string {
  const info = sandbox.control.info();
  const [number] = info.phoneNumbers;
  const pad = (label: string) => label.padEnd(20);
  const lines = [
    `ccaas-sandbox ready at ${sandbox.urls.base}`,
    "",
    `  ${pad("Partner API")}${info.partnerApi.baseUrl}`,
    `  ${pad("")}partnerId ${info.partnerApi.partnerId}`,
    `  ${pad("")}Basic ${info.partnerApi.clientId}:${info.partnerApi.clientSecret}, x-resource-template-version: ${info.partnerApi.templateVersion}`,
    `  ${pad("Agent sign-in")}POST ${info.baseUrl}/api/v2/agents/login`,
    `  ${pad("Voice API")}${info.voiceApi.baseUrl}  (login ${info.voiceApi.login} / ${info.voiceApi.password}, codCampaign ${info.voiceApi.codCampaign})`,
    `  ${pad("Signaling")}${info.signalingUrl}`,
    `  ${pad("JWKS")}${info.jwksUrl}`,
    `  ${pad("Control")}${info.controlUrl}/info`,
    `  ${pad("Participant events")}${info.participantEventsUrl}`,
    "",
    "  Agents (demo passwords)",
    ...info.agents.map(
      (agent) =>
        `    ${agent.userName.padEnd(14)} ${agent.password.padEnd(16)} ${agent.name}, line appearance ${agent.station.webRtcCallAppearances}${agent.station.webRtcPersistentEnabled ? ", persistent connection" : ""}`,
    ),
    "",
    "  Toll-free numbers",
    ...info.phoneNumbers.map((phone) => `    ${phone.phone_number.padEnd(14)} id ${phone.id}`),
    "",
  ];
  if (number) {
    lines.push(
      "  Ring the agent (sign a softphone in first, so an agent is online):",
      `    curl -X POST ${info.controlUrl}/calls/inbound -H 'content-type: application/json' \\`,
      `      -d '{"to":"${number.phone_number}","from":"+15555550100"}'`,
      "",
    );
  }
  lines.push("Ctrl-C stops the sandbox.");
  return lines.join("\n");
}

async function main(): Promise<void> {
  // `pnpm sandbox -- --port N` may hand the separator through.
  const args = process.argv.slice(2);
  if (args[0] === "--") args.shift();
  const { values } = parseArgs({
    args,
    options: { port: { type: "string" }, host: { type: "string" }, help: { type: "boolean", short: "h" } },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = parsePort(values.port ?? (process.env.SANDBOX_PORT || undefined));
  // Handlers first: whoever reads the ready line may signal at once.
  let stopping: string | undefined;
  let sandbox: Sandbox | undefined;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = signal;
    if (!sandbox) return; // Still starting: stopped as soon as it has started.
    console.error(`\n${signal}: stopping the sandbox...`);
    sandbox.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(
          `The sandbox did not stop cleanly: ${error instanceof Error ? error.message : String(error)}`,
        );
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  sandbox = await startSandbox({ port, host: values.host ?? "127.0.0.1", logger });
  const signal = stopping;
  if (signal) {
    stopping = undefined;
    stop(signal);
    return;
  }
  console.log(banner(sandbox));
}

main().catch((error: unknown) => {
  const code = (error as { code?: string }).code;
  if (code === "EADDRINUSE")
    console.error("The port is already in use: pass another with --port N (0 picks a free one).");
  else console.error(error instanceof Error ? error.message : String(error));
  console.error(usage);
  process.exit(1);
});
