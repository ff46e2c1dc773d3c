/**
 * `createInteractionProcessor`: an Interaction Processor service (seed: interaction-processor.txt) from its
 * service info, its capabilities and a prepareSession handler. Serve it with `listen()` or `attach()`.
 */
import type { ServiceInfo, TypedEvents } from "@ccaas/types";
import { createSafeLogger, describeError, TypedEmitter } from "@ccaas/types";
import { ProcessorConnection } from "./processor-connection";
import type { InteractionProcessorEvents, InteractionProcessorOptions } from "./server-options";
import {
  type Attachment,
  type AttachOptions,
  attachTo,
  type ListeningProcessor,
  type ListenOptions,
  listenOn,
  type UpgradeEmitter,
} from "./transport";

export interface InteractionProcessor extends TypedEvents<InteractionProcessorEvents> {
  /** The service info sent to every client on connect. */
  readonly info: ServiceInfo;
  /** Connections open right now, over every listener and attachment. */
  readonly connectionCount: number;
  /** Serves on a port of its own (Node). */
  listen(options?: ListenOptions): Promise<ListeningProcessor>;
  /** Serves on the `upgrade` event of an HTTP server you already run (Node), at `options.path` (default `/`). */
  attach(server: UpgradeEmitter, options?: AttachOptions): Promise<Attachment>;
  /** Closes every listener, attachment and connection. */
  close(): Promise<void>;
}

export function createInteractionProcessor(options: InteractionProcessorOptions): InteractionProcessor {
  for (const name of ["vendor", "version", "cti-vendor", "cti-version", "instance-domain"] as const) {
    if (typeof options.info?.[name] !== "string")
      throw new TypeError(
        `createInteractionProcessor: info["${name}"] must be a string (the seed requires it).`,
      );
  }
  if (typeof options.prepareSession !== "function")
    throw new TypeError("createInteractionProcessor: prepareSession must be a function.");
  if (options.capabilities === null || typeof options.capabilities !== "object") {
    if (typeof options.capabilities !== "function")
      throw new TypeError("createInteractionProcessor: capabilities must be an object or a function.");
  }
  const maxPayload = options.maxPayloadBytes ?? 64 * 1024;
  const log = createSafeLogger(options.logger);
  const events = new TypedEmitter<InteractionProcessorEvents>((error, event) =>
    log.error?.(`a "${event}" listener threw: ${describeError(error)}`),
  );
  const deps = {
    info: { ...options.info },
    capabilities: options.capabilities,
    prepareSession: options.prepareSession,
    exposeErrorContext: options.exposeErrorContext ?? false,
    log,
  };
  const open = new Set<ProcessorConnection>();
  const servers = new Set<{ close(): Promise<void> }>();
  let counter = 0;
  const onSocket = (socket: import("ws").WebSocket, remoteAddress: string | undefined) => {
    counter += 1;
    const connection = new ProcessorConnection(`conn-${counter}`, socket, remoteAddress, deps, events);
    open.add(connection);
    socket.once("close", () => open.delete(connection));
    return connection;
  };
  const track = <T extends { close(): Promise<void> }>(server: T): T => {
    const close = server.close.bind(server);
    servers.add(server);
    return Object.assign(server, {
      close: () => {
        servers.delete(server);
        return close();
      },
    });
  };

  return {
    info: deps.info,
    get connectionCount() {
      return open.size;
    },
    on: (event, listener) => events.on(event, listener),
    once: (event, listener) => events.once(event, listener),
    async listen(listenOptions = {}) {
      const listening = track(await listenOn(listenOptions, maxPayload, onSocket));
      log.info?.(`listening at ${listening.url} (instance-domain ${deps.info["instance-domain"]})`);
      return listening;
    },
    async attach(server, attachOptions = {}) {
      return track(await attachTo(server, attachOptions, maxPayload, onSocket));
    },
    async close() {
      await Promise.all([...servers].map((server) => server.close()));
      await Promise.all([...open].map((connection) => connection.close()));
    },
  };
}
