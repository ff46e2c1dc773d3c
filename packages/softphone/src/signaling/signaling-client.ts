/**
 * The signaling link: connect, `authenticate`, wait for `ready`, and after a drop reconnect with backoff,
 * authenticate again (with a fresh token) and send `sync`. Peer connections do not live here: a drop does
 * not touch media, the session manager decides what a reconnect means for each call.
 */
import type { ReadyMessage, SoftphoneClientMessage, SoftphoneServerMessage } from "@ccaas/types";
import { SessionError } from "../errors/session-error";
import type { SoftphoneLog } from "../logger";
import type { ReconnectOptions } from "../options";
import type { SoftphoneStatus } from "../types";
import { backoffDelay } from "./backoff";
import type { SignalingConnection, SignalingTransport } from "./signaling-transport";

export interface SignalingClientOptions {
  url: string;
  clientId: string;
  token: () => Promise<string>;
  transport: SignalingTransport;
  reconnect: ReconnectOptions | false;
  log: SoftphoneLog;
  random?: () => number;
}

export interface SignalingClientEvents {
  ready(message: ReadyMessage, reconnected: boolean): void;
  message(message: SoftphoneServerMessage): void;
  disconnected(code: number, reason: string, willReconnect: boolean): void;
  reconnecting(attempt: number, delayMs: number): void;
  /** Reconnecting gave up (maxAttempts) or the token was refused after a drop. */
  failed(error: SessionError): void;
}

const failure = (message: string, code: string) => new SessionError(message, { code });

export class SignalingClient {
  status: SoftphoneStatus = "idle";
  readonly #options: SignalingClientOptions;
  readonly #events: SignalingClientEvents;
  #connection: SignalingConnection | undefined;
  #everReady = false;
  #attempt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The server refused the token on the current connection. */
  #refused = "";
  #first: { resolve(): void; reject(error: unknown): void } | undefined;
  #starting: Promise<void> | undefined;
  /** ICE candidates found while the link is down: sent once it is back. */
  readonly #held: SoftphoneClientMessage[] = [];

  constructor(options: SignalingClientOptions, events: SignalingClientEvents) {
    this.#options = options;
    this.#events = events;
  }

  /** Connects; resolves at the first `ready`, rejects if that attempt fails. Call again to retry. */
  start(): Promise<void> {
    if (this.status === "destroyed")
      return Promise.reject(failure("This softphone was destroyed.", "destroyed"));
    if (this.status === "idle") {
      this.#starting = new Promise<void>((resolve, reject) => {
        this.#first = { resolve, reject };
        this.#open();
      });
    }
    return this.#starting ?? Promise.resolve();
  }

  /**
   * Sends a message now, or fails with `not_connected`. ICE candidates never fail: they wait for the link
   * (or are dropped once destroyed).
   */
  send(message: SoftphoneClientMessage): void {
    if (this.status === "connected") this.#connection?.send(message);
    else if (message.type === "iceCandidate") this.#held.push(message);
    else {
      throw failure(
        `Signaling is ${this.status === "destroyed" ? "destroyed" : "not connected"}: ${message.type} not sent. Wait for "connected".`,
        this.status === "destroyed" ? "destroyed" : "not_connected",
      );
    }
  }

  stop(): void {
    this.status = "destroyed";
    clearTimeout(this.#timer);
    this.#held.length = 0;
    this.#connection?.close();
    this.#connection = undefined;
    this.#first?.reject(failure("The softphone was destroyed while connecting.", "destroyed"));
    this.#first = undefined;
  }

  #open(): void {
    if (this.status === "destroyed") return;
    this.status = this.#everReady ? "reconnecting" : "connecting";
    this.#refused = "";
    let connection: SignalingConnection | undefined;
    const current = () => connection !== undefined && connection === this.#connection;
    const lost = (code: number, reason: string) => {
      if (current()) this.#lost(code, reason);
    };
    try {
      connection = this.#options.transport(this.#options.url, {
        open: () => {
          this.#options.token().then(
            (token) => {
              this.#options.log.secret(token);
              if (current())
                connection?.send({ type: "authenticate", token, clientId: this.#options.clientId });
            },
            () => {
              connection?.close();
              lost(4001, "the access token provider failed");
            },
          );
        },
        message: (message) => {
          if (!current()) return;
          if (message.type === "ready") this.#ready(message);
          else if (message.type === "error" && message.code === "UNAUTHENTICATED")
            this.#refused = message.message;
          else if (this.status === "connected") this.#events.message(message);
        },
        close: lost,
      });
      this.#connection = connection;
    } catch (error) {
      this.#options.log.log.error?.(`signaling: could not open ${this.#options.url}: ${String(error)}`);
      setTimeout(() => this.#lost(1006, "transport failed"), 0);
    }
  }

  #ready(message: ReadyMessage): void {
    const reconnected = this.#everReady;
    this.#everReady = true;
    this.#attempt = 0;
    this.status = "connected";
    this.#options.log.log.info?.(`signaling: ready as ${message.agent.userName}`);
    const first = this.#first;
    this.#first = undefined;
    this.#events.ready(message, reconnected);
    // Events sent while the socket was down are not replayed: ask for the state as it is now.
    if (reconnected) this.#connection?.send({ type: "sync" });
    for (const held of this.#held.splice(0)) this.send(held);
    first?.resolve();
  }

  #lost(code: number, reason: string): void {
    this.#connection = undefined;
    if (this.status === "destroyed") return;
    const refused = this.#refused;
    const first = this.#first;
    if (first) {
      // The first attempt: the app awaits initialize(); tell it instead of retrying behind its back.
      this.#first = undefined;
      this.status = "idle";
      first.reject(
        refused
          ? failure(`Signaling refused the token: ${refused}`, "unauthenticated")
          : failure(`Could not connect to ${this.#options.url} (close ${code} ${reason}).`, "not_connected"),
      );
      return;
    }
    const policy = this.#options.reconnect;
    this.#attempt += 1;
    const retry = policy && this.#attempt <= (policy.maxAttempts ?? Number.POSITIVE_INFINITY);
    if (this.#attempt === 1) this.#events.disconnected(code, reason, !!retry);
    if (!retry) {
      this.status = "idle";
      this.#events.failed(
        refused
          ? failure(`Signaling refused the token after a reconnect: ${refused}`, "unauthenticated")
          : failure(
              `Signaling is down; gave up after ${this.#attempt - 1} reconnect attempts.`,
              "not_connected",
            ),
      );
      return;
    }
    this.status = "reconnecting";
    const delay = backoffDelay(this.#attempt, policy, this.#options.random ?? Math.random);
    this.#options.log.log.warn?.(
      `signaling: lost (${code}); reconnect attempt ${this.#attempt} in ${delay} ms`,
    );
    this.#events.reconnecting(this.#attempt, delay);
    this.#timer = setTimeout(() => this.#open(), delay);
  }
}
