/**
 * The WebSocket side of the server kit, on `ws`: a port of its own (`listen`) or the `upgrade` event of an HTTP
 * server you already run (`attach`). `ws` is imported lazily and nothing else of Node's is imported, so the client
 * half of this entry point bundles for browsers (where `ws` resolves to its small browser stub).
 */
import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import type { WebSocket, WebSocketServer } from "ws";

/** Anything that emits Node's `upgrade` event: an `http.Server`, an `https.Server`, or Hono's node server. */
export interface UpgradeEmitter {
  on(event: "upgrade", listener: (request: UpgradeRequest, socket: unknown, head: unknown) => void): unknown;
  off(event: "upgrade", listener: (request: UpgradeRequest, socket: unknown, head: unknown) => void): unknown;
  listenerCount(event: "upgrade"): number;
}

/** What the kit reads of an upgrade request. */
export interface UpgradeRequest {
  url?: string | undefined;
}

export interface ListenOptions {
  /** Port to listen on; 0 picks a free one. Default 4900. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`; `0.0.0.0` to accept connections from other machines. */
  host?: string;
}

export interface ListeningProcessor {
  /** `ws://<host>:<port>`, with the port actually bound: give it to clients. */
  readonly url: string;
  readonly port: number;
  /** Stops listening and closes this listener's connections (1001). */
  close(): Promise<void>;
}

export interface AttachOptions {
  /** Only upgrades to this path are served (default `/`); others are left to your other `upgrade` listeners. */
  path?: string;
}

export interface Attachment {
  /** Stops serving upgrades on the server and closes the connections that came through it (1001). */
  close(): Promise<void>;
}

export type OnSocket = (socket: WebSocket, remoteAddress: string | undefined) => { close(): Promise<void> };

interface Served {
  sockets: WebSocketServer;
  connections: Set<{ close(): Promise<void> }>;
}

function serve(sockets: WebSocketServer, onSocket: OnSocket): Served {
  const connections = new Set<{ close(): Promise<void> }>();
  sockets.on("connection", (socket: WebSocket, request: IncomingMessage) => {
    const connection = onSocket(socket, request.socket.remoteAddress);
    connections.add(connection);
    socket.once("close", () => connections.delete(connection));
  });
  return { sockets, connections };
}

async function closeServed(served: Served): Promise<void> {
  await Promise.all([...served.connections].map((connection) => connection.close()));
  await new Promise<void>((resolve) => served.sockets.close(() => resolve()));
}

export async function attachTo(
  server: UpgradeEmitter,
  options: AttachOptions,
  maxPayload: number,
  onSocket: OnSocket,
): Promise<Attachment> {
  const path = options.path ?? "/";
  const { WebSocketServer } = await import("ws");
  const served = serve(new WebSocketServer({ noServer: true, maxPayload }), onSocket);
  const onUpgrade = (request: UpgradeRequest, socket: unknown, head: unknown) => {
    if (new URL(request.url ?? "/", "http://localhost").pathname !== path) {
      // Another module may serve this path; answer only when nobody else listens.
      if (server.listenerCount("upgrade") === 1)
        (socket as Duplex).end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    served.sockets.handleUpgrade(request as IncomingMessage, socket as Duplex, head as Buffer, (ws) =>
      served.sockets.emit("connection", ws, request),
    );
  };
  server.on("upgrade", onUpgrade);
  let closing: Promise<void> | undefined;
  return {
    close() {
      closing ??= (async () => {
        server.off("upgrade", onUpgrade);
        await closeServed(served);
      })();
      return closing;
    },
  };
}

export async function listenOn(
  options: ListenOptions,
  maxPayload: number,
  onSocket: OnSocket,
): Promise<ListeningProcessor> {
  const { WebSocketServer } = await import("ws");
  const host = options.host ?? "127.0.0.1";
  // ws runs its own HTTP server (426 for plain requests), so nothing here imports node:http.
  const sockets = new WebSocketServer({ port: options.port ?? 4900, host, maxPayload });
  await new Promise<void>((resolve, reject) => {
    sockets.once("error", reject);
    sockets.once("listening", () => {
      sockets.off("error", reject);
      resolve();
    });
  });
  const served = serve(sockets, onSocket);
  const { port } = sockets.address() as AddressInfo;
  const shown = host.includes(":") ? `[${host}]` : host === "0.0.0.0" ? "127.0.0.1" : host;
  let closing: Promise<void> | undefined;
  return {
    url: `ws://${shown}:${port}`,
    port,
    close() {
      closing ??= closeServed(served);
      return closing;
    },
  };
}
