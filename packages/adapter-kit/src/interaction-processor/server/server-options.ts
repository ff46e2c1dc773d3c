/** What `createInteractionProcessor` takes: the service's info, its capabilities and its prepareSession handler. */
import type { Capabilities, Logger, ServiceInfo } from "@ccaas/types";

/** The `data` of a prepareSession request, as the handler receives it. `agent.password` is a secret. */
export interface PrepareSessionInput {
  /** Name of the call model to use. */
  model: string;
  agent: { id: string; password: string };
  /** True when the user agreed to destroy the agent's existing session. */
  override: boolean;
}

/** What a prepareSession handler answers. */
export type PrepareSessionOutcome =
  /** The session is prepared; the kit echoes the request's data as `resource.data`. */
  | { kind: "success"; resource: { id: string } }
  /** Ask the user first (e.g. the agent already has a session). Only valid when `override` is false. */
  | { kind: "confirm"; message: string }
  /** The CTI refused: `code` is yours (`INVALID_CREDENTIALS`, ...), `message` is for a person. */
  | { kind: "failure"; code: string; message: string; context?: string };

/** About the request a handler is answering. */
export interface RequestContext {
  /** Identifies the connection in logs and events (not the client's identity). */
  connectionId: string;
  /** The client's correlation id, when it sent one. */
  requestId: string | undefined;
  /** The peer's address, when the transport knows it. */
  remoteAddress: string | undefined;
  /** Aborted when the connection closes: nobody will read the answer any more. */
  signal: AbortSignal;
}

export type PrepareSessionHandler = (
  request: PrepareSessionInput,
  context: RequestContext,
) => PrepareSessionOutcome | Promise<PrepareSessionOutcome>;

export type CapabilitiesProvider =
  | Capabilities
  | ((context: RequestContext) => Capabilities | Promise<Capabilities>);

export interface InteractionProcessorOptions {
  /** vendor, version, cti-vendor, cti-version and instance-domain; sent to every client on connect. */
  info: ServiceInfo;
  /** Key value pairs answered to getCapabilities, or a function computing them. */
  capabilities: CapabilitiesProvider;
  /** Logs the agent in on the CTI. Throw `CommandFailureError` to answer with your own code and message. */
  prepareSession: PrepareSessionHandler;
  /** Where diagnostics go; silent by default. Passwords never reach it. */
  logger?: Partial<Logger>;
  /**
   * Put the stack trace of an error a handler threw into `failure.context` (the seed's "stack trace if
   * applicable"), with the password scrubbed. Default false: stacks describe your code to whoever connects,
   * so turn it on for development only.
   */
  exposeErrorContext?: boolean;
  /** Largest frame accepted, in bytes; a bigger one closes the connection (1009). Default 64 KiB. */
  maxPayloadBytes?: number;
}

/** Events of a processor, for metrics and tests. None carries a request's data. */
export type InteractionProcessorEvents = {
  connection: { connectionId: string; remoteAddress: string | undefined };
  disconnect: { connectionId: string; code: number };
  request: {
    connectionId: string;
    command: string;
    requestId: string | undefined;
    result: "success" | "confirm" | "failure";
    /** The failure code, for failures. */
    code: string | undefined;
    durationMs: number;
  };
};
