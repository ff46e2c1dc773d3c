import { randomUUID } from "node:crypto";
import type { SignalingErrorMessage, SoftphoneServerMessage } from "@ccaas/types";
import { WebSocket } from "ws";
import { serverMessageProblems } from "./client-messages";

/** Who is on the other end of an authenticated connection. */
export interface ClientIdentity {
  agentId: string;
  userName: string;
  /** The `clientId` the client sent in `authenticate` (one per tab or device). */
  clientId?: string;
}

/**
 * One softphone connection: the socket, who it belongs to once authenticated, and a queue that handles its
 * messages one at a time (an `accept` may await werift while the next `iceCandidate` is already in).
 */
export class SignalingClient {
  readonly id = randomUUID();
  identity: ClientIdentity | undefined;
  authTimer: NodeJS.Timeout | undefined;
  /** Cleared by each ping, set by each pong: a client that misses one is gone. */
  alive = true;
  readonly #socket: WebSocket;
  readonly #onViolation: (message: string) => void;
  #queue: Promise<void> = Promise.resolve();

  constructor(socket: WebSocket, onViolation: (message: string) => void) {
    this.#socket = socket;
    this.#onViolation = onViolation;
  }

  get open(): boolean {
    return this.#socket.readyState === WebSocket.OPEN;
  }

  /** Sends a message after checking it against the spec; a message that breaks it is reported, not sent. */
  send(message: SoftphoneServerMessage): void {
    const problems = serverMessageProblems(message);
    if (problems) {
      this.#onViolation(`signaling ${message.type}: ${problems}`);
      return;
    }
    if (this.open) this.#socket.send(JSON.stringify(message));
  }

  error(code: string, message: string, sessionId?: string): void {
    const error: SignalingErrorMessage = { type: "error", code, message };
    if (sessionId !== undefined) error.sessionId = sessionId;
    this.send(error);
  }

  /** Runs `task` after every task queued before it; a failing task does not stop the queue. */
  enqueue(task: () => Promise<void> | void): void {
    this.#queue = this.#queue.then(task).catch(() => {});
  }

  ping(): void {
    if (!this.open) return;
    this.alive = false;
    this.#socket.ping();
  }

  close(code: number, reason: string): void {
    if (this.#socket.readyState === WebSocket.OPEN || this.#socket.readyState === WebSocket.CONNECTING) {
      this.#socket.close(code, reason);
    }
  }

  /** Drops the connection without a closing handshake (a client that stopped answering pings). */
  terminate(): void {
    this.#socket.terminate();
  }
}
