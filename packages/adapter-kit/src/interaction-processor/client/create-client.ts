/**
 * `createInteractionProcessorClient`: connects to every instance of one instance-domain, spreads sessions over
 * them (fewest sessions first, ties round-robin), runs prepareSession's confirm-then-override dialogue through
 * the application's `onConfirm` (prepare-session.ts), and fails a request over to another instance once when
 * its instance dies.
 */
import {
  type Capabilities,
  CcaasError,
  createSafeLogger,
  describeError,
  NetworkError,
  type ServiceInfo,
  TypedEmitter,
  type TypedEvents,
} from "@ccaas/types";
import type { JsonObject } from "../protocol";
import type {
  InstanceStatus,
  InteractionProcessorClientEvents,
  InteractionProcessorClientOptions,
  PrepareSessionParams,
  PrepareSessionResult,
  WebSocketConstructor,
} from "./client-options";
import { failureError } from "./failure-answer";
import { connectionLost, InstanceLink } from "./instance-link";
import { InstancePicker } from "./pick-instance";
import { prepareSessionDialogue } from "./prepare-session";

export interface InteractionProcessorClient extends TypedEvents<InteractionProcessorClientEvents> {
  /** Resolves once an instance is ready; rejects with a `NetworkError` (`no_instance`) after `timeoutMs`. */
  ready(timeoutMs?: number): Promise<void>;
  /**
   * Prepares the agent's session on the least loaded instance. On `confirm` it asks `onConfirm` (the call's,
   * else the client's) and repeats the request with `override: true` only if that resolves true.
   * Rejects with `CommandFailureError` (a failure answer), `TimeoutError`, `NetworkError` or `ValidationError`.
   */
  prepareSession(
    params: PrepareSessionParams,
    options?: { onConfirm?: InteractionProcessorClientOptions["onConfirm"] },
  ): Promise<PrepareSessionResult>;
  /** The capabilities of the domain, asked of one ready instance. */
  getCapabilities(): Promise<Capabilities>;
  /** Forgets a prepared session (the protocol has no command to end one), so its instance counts one fewer. */
  releaseSession(sessionId: string): void;
  /** Every instance the client knows, with its state and load. */
  instances(): InstanceStatus[];
  /** Closes every connection; requests in flight reject with a `NetworkError` (`client_closed`). */
  close(): void;
}

function resolveWebSocket(given: WebSocketConstructor | undefined): WebSocketConstructor {
  const global = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  const WebSocket = given ?? global;
  if (typeof WebSocket !== "function")
    throw new TypeError(
      "createInteractionProcessorClient: there is no global WebSocket (Node before 22?); pass options.WebSocket, e.g. the one of the ws package.",
    );
  return WebSocket;
}

export function createInteractionProcessorClient(
  options: InteractionProcessorClientOptions,
): InteractionProcessorClient {
  if ((options.instances?.length ?? 0) === 0 && typeof options.discover !== "function")
    throw new TypeError("createInteractionProcessorClient: give instances (ws URLs), discover, or both.");
  const requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
  if (!Number.isFinite(requestTimeoutMs) || requestTimeoutMs <= 0)
    throw new TypeError("createInteractionProcessorClient: requestTimeoutMs must be a positive number.");
  const WebSocket = resolveWebSocket(options.WebSocket);
  const log = createSafeLogger(options.logger);
  const events = new TypedEmitter<InteractionProcessorClientEvents>((error, event) =>
    log.error?.(`a "${event}" listener threw: ${describeError(error)}`),
  );
  const links = new Map<string, InstanceLink>();
  const picker = new InstancePicker();
  let domain = options.instanceDomain;
  let closed = false;
  /** Requests waiting for a ready instance; close() rejects them at once. */
  const waiting = new Set<(error: NetworkError) => void>();

  const emitError = (url: string | undefined, error: CcaasError) => {
    log.warn?.(error.message);
    events.emit("error", { url, error });
  };

  const deps = {
    WebSocket,
    requestTimeoutMs,
    reconnect: { initialDelayMs: 250, maxDelayMs: 10_000, factor: 2, ...options.reconnect },
    log,
    requestIdPrefix: Math.random().toString(36).slice(2, 8),
    checkServiceInfo(link: InstanceLink, info: ServiceInfo) {
      const reported = info["instance-domain"];
      domain ??= reported;
      if (reported === domain) return undefined;
      return new CcaasError(
        `${link.label} serves instance-domain "${reported}", not "${domain}": it is left out. Check the instance list.`,
        { code: "instance_domain_mismatch" },
      );
    },
    onReady(link: InstanceLink) {
      events.emit("instanceReady", { url: link.url, serviceInfo: link.serviceInfo as ServiceInfo });
    },
    onDown(link: InstanceLink, sessions: string[]) {
      events.emit("instanceDown", { url: link.url, sessions });
      void discover();
    },
    onError: (link: InstanceLink, error: CcaasError) => emitError(link.url, error),
  };

  const add = (url: string) => {
    if (closed || links.has(url)) return;
    const link = new InstanceLink(url, deps);
    links.set(url, link);
    link.connect();
  };

  async function discover(): Promise<void> {
    if (!options.discover || closed) return;
    try {
      for (const url of await options.discover()) add(url);
    } catch (error) {
      emitError(undefined, new NetworkError(`discover() failed: ${describeError(error)}`, { cause: error }));
    }
  }

  for (const url of options.instances ?? []) add(url);
  void discover();

  /** A ready instance (preferring `prefer`), waiting for one up to `timeoutMs`. */
  function readyLink(prefer?: InstanceLink, timeoutMs = requestTimeoutMs): Promise<InstanceLink> {
    if (prefer?.state === "ready") return Promise.resolve(prefer);
    const now = picker.pick(links.values());
    if (now) return Promise.resolve(now);
    if (closed) return Promise.reject(new NetworkError("The client was closed.", { code: "client_closed" }));
    return new Promise((resolve, reject) => {
      const stop = (error: NetworkError) => {
        clearTimeout(timer);
        off();
        waiting.delete(stop);
        reject(error);
      };
      waiting.add(stop);
      const timer = setTimeout(() => {
        waiting.delete(stop);
        off();
        const states = [...links.values()].map((link) => `${link.label} ${link.state}`).join(", ");
        reject(
          new NetworkError(
            `No Interaction Processor instance${domain ? ` of instance-domain "${domain}"` : ""} was ready within ${timeoutMs} ms (${states || "none known"}). Check that the services run and the URLs.`,
            { code: "no_instance" },
          ),
        );
      }, timeoutMs);
      const off = events.on("instanceReady", () => {
        const link = picker.pick(links.values());
        if (!link) return;
        clearTimeout(timer);
        off();
        waiting.delete(stop);
        resolve(link);
      });
    });
  }

  /** Sends on a ready instance; when its socket dies first, sends once more on another ready instance. */
  async function send(
    command: string,
    data: JsonObject,
    prefer?: InstanceLink,
  ): Promise<{ message: JsonObject; link: InstanceLink }> {
    const first = await readyLink(prefer);
    try {
      return { message: await counted(first, command, data), link: first };
    } catch (error) {
      if (!(NetworkError.isInstance(error) && error.code === connectionLost) || closed) throw error;
      const next = await readyLink();
      log.warn?.(`${command} failing over from ${first.label} to ${next.label}`);
      events.emit("failover", { command, from: first.url, to: next.url });
      return { message: await counted(next, command, data), link: next };
    }
  }

  async function counted(link: InstanceLink, command: string, data: JsonObject): Promise<JsonObject> {
    const preparing = command === "prepareSession";
    if (preparing) link.preparing += 1;
    try {
      return await link.request(command, data);
    } finally {
      if (preparing) link.preparing -= 1;
    }
  }

  return {
    on: (event, listener) => events.on(event, listener),
    once: (event, listener) => events.once(event, listener),

    async ready(timeoutMs = requestTimeoutMs) {
      await readyLink(undefined, timeoutMs);
    },

    prepareSession(params, callOptions = {}) {
      return prepareSessionDialogue(send, log, params, () => callOptions.onConfirm ?? options.onConfirm);
    },

    async getCapabilities() {
      const { message, link } = await send("getCapabilities", {});
      if (message.result === "failure") throw failureError(message, link);
      return message.data as Capabilities;
    },

    releaseSession(sessionId) {
      for (const link of links.values()) link.sessions.delete(sessionId);
    },

    instances() {
      return [...links.values()].map((link) => ({
        url: link.url,
        state: link.state,
        serviceInfo: link.serviceInfo,
        sessions: link.sessions.size,
      }));
    },

    close() {
      closed = true;
      for (const link of links.values()) link.close();
      for (const stop of [...waiting])
        stop(new NetworkError("The client was closed.", { code: "client_closed" }));
    },
  };
}
