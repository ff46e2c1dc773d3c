import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import type { ServerType } from "@hono/node-server";
import { WebSocketServer } from "ws";
import type { SandboxCore } from "../create-sandbox";
import { type SignalingCounts, SignalingHub, type SignalingOptions } from "./signaling-hub";

/** Path of the signaling WebSocket on the sandbox's one port. */
export const SIGNALING_PATH = "/signaling";
/** Largest frame accepted: an SDP is a few KiB; anything near this is not signaling. */
const MAX_FRAME_BYTES = 256 * 1024;

const hubs = new WeakMap<SandboxCore, SignalingHub>();

/**
 * Serves softphone signaling on the HTTP server's `upgrade` for `/signaling` (a `ws` server without a port of
 * its own). Returns what `stop()` needs.
 */
export function attachSignaling(
  core: SandboxCore,
  server: ServerType,
  options: Partial<SignalingOptions> = {},
): { close(): Promise<void> } {
  const hub = new SignalingHub(core, {
    authTimeoutMs: options.authTimeoutMs ?? core.options.signaling.authTimeoutMs,
    proposeTimeoutMs: options.proposeTimeoutMs ?? core.options.signaling.proposeTimeoutMs,
    reconnectGraceMs: options.reconnectGraceMs ?? core.options.signaling.reconnectGraceMs,
    heartbeatMs: options.heartbeatMs ?? 30_000,
  });
  hubs.set(core, hub);
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  const http = server as Server;
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? "/", "http://sandbox").pathname;
    if (path !== SIGNALING_PATH) {
      // Another module may serve this upgrade; answer only when nobody else listens.
      if (http.listenerCount("upgrade") === 1)
        socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => hub.connect(ws));
  };
  http.on("upgrade", onUpgrade);
  return {
    async close() {
      http.off("upgrade", onUpgrade);
      await hub.close();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      hubs.delete(core);
    },
  };
}

/** What signaling holds right now (connections, proposals, sessions), for tests that check nothing leaks. */
export function signalingCounts(core: SandboxCore): SignalingCounts | undefined {
  return hubs.get(core)?.counts;
}
