/**
 * How the softphone reaches signaling: one message-level connection per attempt. The default opens a
 * WebSocket; tests pass `createFakeSignaling().transport` from `@ccaas/softphone/testing`.
 */
import type { SoftphoneClientMessage, SoftphoneServerMessage } from "@ccaas/types";

/** What a transport reports about one connection. */
export interface SignalingHandlers {
  open(): void;
  message(message: SoftphoneServerMessage): void;
  /** The connection is gone (never called after the SDK's own `close()`). */
  close(code: number, reason: string): void;
}

/** One open (or opening) signaling connection. */
export interface SignalingConnection {
  send(message: SoftphoneClientMessage): void;
  close(): void;
}

/** Opens a connection to `url` (`ws(s)://<platform>/signaling`). */
export type SignalingTransport = (url: string, handlers: SignalingHandlers) => SignalingConnection;

/** Frames that are not JSON objects with a string `type` are dropped: the server's protocol is open. */
function parse(data: unknown): SoftphoneServerMessage | undefined {
  if (typeof data !== "string") return undefined;
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === "object" &&
      value !== null &&
      typeof (value as { type?: unknown }).type === "string"
      ? (value as SoftphoneServerMessage)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The default transport: the platform's `WebSocket` (browsers, Node 22+, Deno, Bun). */
export const webSocketTransport: SignalingTransport = (url, handlers) => {
  const socket = new WebSocket(url);
  let closed = false;
  socket.onopen = () => handlers.open();
  socket.onmessage = (event) => {
    const message = parse(event.data);
    if (message) handlers.message(message);
  };
  socket.onclose = (event) => {
    if (!closed) handlers.close(event.code, event.reason);
    closed = true;
  };
  return {
    send(message) {
      if (socket.readyState === 1) socket.send(JSON.stringify(message));
    },
    close() {
      closed = true;
      socket.close(1000, "client closing");
    },
  };
};
