/** Starts the sample Interaction Processor: the server kit over the simulated CTI. */
import {
  createInteractionProcessor,
  type PrepareSessionOutcome,
  type ServiceInfo,
} from "@ccaas/adapter-kit/interaction-processor";
import type { ServiceConfig } from "./config.ts";
import { callModels, SimulatedCti } from "./simulated-cti.ts";

export interface StartedService {
  /** ws URL to give clients. */
  url: string;
  port: number;
  info: ServiceInfo;
  cti: SimulatedCti;
  stop(): Promise<void>;
}

export async function startService(
  config: ServiceConfig,
  print: (line: string) => void = console.log,
  cti = new SimulatedCti(),
): Promise<StartedService> {
  const info: ServiceInfo = {
    vendor: "ccaas-sample",
    version: "0.0.0",
    "cti-vendor": "simulated-cti",
    "cti-version": "1.0.0",
    "instance-domain": config.instanceDomain,
  };
  const processor = createInteractionProcessor({
    info,
    exposeErrorContext: config.exposeErrorContext,
    logger: {
      info: (line) => print(line),
      warn: (line) => print(line),
      error: (line) => print(line),
      ...(config.debug ? { debug: (line: string) => print(line) } : {}),
    },
    capabilities: () => ({
      voice: true,
      chat: false,
      maxSessions: cti.maxSessions,
      activeSessions: cti.sessions().length,
      callModels: [...callModels],
    }),
    prepareSession({ model, agent, override }): PrepareSessionOutcome {
      const result = cti.login({ agentId: agent.id, password: agent.password, model, override });
      switch (result.kind) {
        case "logged-in":
          if (result.replaced) print(`agent ${agent.id}: replaced session ${result.replaced.id}`);
          return { kind: "success", resource: { id: result.session.id } };
        case "already-logged-in":
          return {
            kind: "confirm",
            message: `Agent ${agent.id} already has a session on station ${result.session.station}. Replace it?`,
          };
        case "invalid-credentials":
          return {
            kind: "failure",
            code: "INVALID_CREDENTIALS",
            message: "The CTI refused the agent id or password. Check them and sign in again.",
          };
        case "unknown-model":
          return {
            kind: "failure",
            code: "UNKNOWN_CALL_MODEL",
            message: `The CTI has no call model "${model}"; use one of ${callModels.join(", ")}.`,
          };
        case "no-station":
          return {
            kind: "failure",
            code: "NO_STATION_AVAILABLE",
            message: "Every station is in use. Try again when an agent signs out.",
          };
      }
    },
  });
  const listening = await processor.listen({ port: config.port, host: config.host });
  return {
    url: listening.url,
    port: listening.port,
    info,
    cti,
    stop: () => processor.close(),
  };
}
