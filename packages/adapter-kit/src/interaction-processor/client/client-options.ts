/** What `createInteractionProcessorClient` takes and returns: options, results, events, instance status. */
import type { CcaasError, Logger, ServiceInfo } from "@ccaas/types";

/**
 * The part of a WebSocket the client uses: the browser's and Node's global `WebSocket` fit, and so does the
 * `WebSocket` of the `ws` package.
 */
export interface WebSocketLike {
  readonly readyState: number;
  binaryType?: string;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(
    type: "open" | "close" | "error" | "message",
    listener: (event: { data?: unknown; code?: number; reason?: string }) => void,
  ): void;
}

export type WebSocketConstructor = new (url: string) => WebSocketLike;

/** Asks the user whether to destroy the agent's existing session; resolves true to go ahead. */
export type ConfirmCallback = (
  message: string,
  context: { agentId: string; instance: string },
) => boolean | Promise<boolean>;

export interface ReconnectOptions {
  /** Backoff ceiling before the first reconnect attempt. Default 250 ms. */
  initialDelayMs?: number;
  /** Largest backoff ceiling. Default 10 000 ms. */
  maxDelayMs?: number;
  /** Growth of the ceiling per attempt. Default 2. */
  factor?: number;
}

export interface InteractionProcessorClientOptions {
  /** ws URLs of every instance of one instance-domain. */
  instances?: readonly string[];
  /** Finds (more) instance URLs: called on start and whenever an instance goes down. */
  discover?: () => readonly string[] | Promise<readonly string[]>;
  /**
   * The instance-domain every instance must report. Default: the domain of the first instance to answer; an
   * instance reporting another is excluded (an `error` event with code `instance_domain_mismatch`).
   */
  instanceDomain?: string;
  /** How long a request waits for its answer (and for an instance to be ready). Default 10 000 ms. */
  requestTimeoutMs?: number;
  /** Asked on a `confirm` answer. Without one, confirmations are declined: no session is destroyed unasked. */
  onConfirm?: ConfirmCallback;
  /** Default: the global `WebSocket` (browsers, Node 22+). */
  WebSocket?: WebSocketConstructor;
  /** Silent by default. Passwords never reach it. */
  logger?: Partial<Logger>;
  reconnect?: ReconnectOptions;
}

export interface PrepareSessionParams {
  /** Name of the call model to use. */
  model: string;
  agent: { id: string; password: string };
  /** Destroy an existing session without asking. Default false (the seed's recommendation). */
  override?: boolean;
}

export type PrepareSessionResult =
  | {
      status: "prepared";
      /** The `resource.id` the service answered. */
      sessionId: string;
      /** ws URL of the instance that holds the session. */
      instance: string;
      /** True when an existing session was destroyed for this one. */
      overridden: boolean;
    }
  | {
      status: "declined";
      /** The confirmation prompt the user (or the missing `onConfirm`) said no to. */
      message: string;
      instance: string;
    };

export type InstanceState = "connecting" | "ready" | "down" | "excluded" | "closed";

export interface InstanceStatus {
  url: string;
  state: InstanceState;
  serviceInfo: ServiceInfo | undefined;
  /** Sessions this client prepared there (and has not released). */
  sessions: number;
}

export type InteractionProcessorClientEvents = {
  /** An instance connected and reported the right instance-domain. */
  instanceReady: { url: string; serviceInfo: ServiceInfo };
  /** An instance's socket closed; `sessions` were prepared there. The client reconnects in the background. */
  instanceDown: { url: string; sessions: string[] };
  /** A request in flight on a dead instance was sent again to another one. */
  failover: { command: string; from: string; to: string };
  /** Something went wrong outside any request: a domain mismatch, a message that breaks the spec, ... */
  error: { url: string | undefined; error: CcaasError };
};
