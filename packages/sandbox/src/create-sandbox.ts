import type { Hono } from "hono";
import { AgentTokens } from "./auth/agent-tokens";
import { ConversationEngine } from "./conversations/conversation-engine";
import { createApp } from "./http/create-app";
import { ViolationLog } from "./http/violation-log";
import type { MediaService } from "./media/media-service";
import { type ResolvedOptions, resolveOptions, type SandboxOptions } from "./options";
import { AgentDirectory } from "./state/agents";
import { PartnerResources } from "./state/partner-resources";

/**
 * Everything the sandbox knows, shared by its API modules. Created without a port (for the msw bridge and
 * unit tests); `startSandbox` adds the HTTP server, signaling and media on top.
 */
export interface SandboxCore {
  options: ResolvedOptions;
  /** The base URL requests are served under (the listening URL, or a placeholder in-process). */
  baseUrl: string;
  agents: AgentDirectory;
  partner: PartnerResources;
  engine: ConversationEngine;
  tokens: AgentTokens;
  violations: ViolationLog;
  /** Present once the sandbox listens: WebRTC needs real sockets. */
  media?: MediaService;
  app: Hono;
  /** Run by `stop()`: timers, sockets and peers a module started. */
  cleanup: Array<() => void | Promise<void>>;
  /** Serves one request in-process, exactly as the HTTP server would. */
  fetch(request: Request): Promise<Response>;
}

export function createSandboxCore(
  options: SandboxOptions = {},
  baseUrl = "http://sandbox.ccaas.test",
): SandboxCore {
  const resolved = resolveOptions(options);
  const agents = new AgentDirectory(resolved.agents);
  const core = {
    options: resolved,
    baseUrl,
    agents,
    partner: new PartnerResources(resolved.partner.partnerId, resolved.phoneNumbers),
    engine: new ConversationEngine(agents),
    tokens: new AgentTokens(baseUrl, resolved.agentTokenLifetimeMs),
    violations: new ViolationLog(resolved.onResponseViolation, resolved.logger),
    cleanup: [],
  } as unknown as SandboxCore;
  core.app = createApp(core);
  core.fetch = async (request) => core.app.fetch(request);
  return core;
}
