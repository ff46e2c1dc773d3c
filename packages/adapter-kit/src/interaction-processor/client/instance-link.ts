/**
 * The client's connection to one instance: opens the socket, waits for the serviceInfo event (asking with
 * getServiceInfo if it does not come), validates every inbound message against the spec, hands answers to the
 * requests waiting for them (pending-requests.ts: correlation and timeouts), and reconnects with backoff
 * (exponential, full jitter) when the socket closes.
 */

import type { SafeLogger } from "@ccaas/types";
import { CcaasError, NetworkError, type ServiceInfo, ValidationError } from "@ccaas/types";
import { summarizeIssues } from "@ccaas/validation/precompiled";
import { isJsonObject, type JsonObject, normalizeCommand, safeUrl, validateMessage } from "../protocol";
import type { InstanceState, ReconnectOptions, WebSocketConstructor, WebSocketLike } from "./client-options";
import { PendingRequests } from "./pending-requests";

/** The code of the NetworkError a request gets when its socket closes before the answer. */
export const connectionLost = "connection_lost";

const OPEN = 1;

export interface LinkDependencies {
  WebSocket: WebSocketConstructor;
  requestTimeoutMs: number;
  reconnect: Required<ReconnectOptions>;
  log: SafeLogger;
  requestIdPrefix: string;
  /** Returns an error when the instance must be excluded (wrong instance-domain). */
  checkServiceInfo(link: InstanceLink, info: ServiceInfo): CcaasError | undefined;
  onReady(link: InstanceLink): void;
  onDown(link: InstanceLink, sessions: string[]): void;
  onError(link: InstanceLink, error: CcaasError): void;
  random?: () => number;
}

export class InstanceLink {
  readonly url: string;
  /** The URL without credentials or query, for logs and error messages. */
  readonly label: string;
  state: InstanceState = "connecting";
  serviceInfo: ServiceInfo | undefined;
  readonly sessions = new Set<string>();
  /** prepareSession requests sent and not yet answered: they count toward the load like sessions. */
  preparing = 0;
  readonly #deps: LinkDependencies;
  readonly #pending = new PendingRequests();
  #socket: WebSocketLike | undefined;
  #attempt = 0;
  #counter = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(url: string, deps: LinkDependencies) {
    this.url = url;
    this.label = safeUrl(url);
    this.#deps = deps;
  }

  get load(): number {
    return this.sessions.size + this.preparing;
  }

  connect(): void {
    if (this.state === "closed" || this.state === "excluded") return;
    this.state = "connecting";
    let socket: WebSocketLike;
    try {
      socket = new this.#deps.WebSocket(this.url);
    } catch (error) {
      this.#deps.onError(
        this,
        new NetworkError(`Could not open a WebSocket to ${this.label}: check the URL.`, { cause: error }),
      );
      this.#scheduleReconnect();
      return;
    }
    this.#socket = socket;
    if ("binaryType" in socket) socket.binaryType = "arraybuffer";
    socket.addEventListener("open", () => this.#onOpen(socket));
    socket.addEventListener("message", (event) => {
      if (socket === this.#socket) this.#onMessage(event.data);
    });
    socket.addEventListener("close", (event) => {
      if (socket === this.#socket) this.#onClose(event.code ?? 1006);
    });
  }

  /** Sends a request; resolves with the answer (already validated, command trimmed). */
  request(command: string, data: JsonObject): Promise<JsonObject> {
    const socket = this.#socket;
    if (!socket || socket.readyState !== OPEN) {
      return Promise.reject(
        new NetworkError(`The instance at ${this.label} is not connected.`, { code: connectionLost }),
      );
    }
    this.#counter += 1;
    const requestId = `${this.#deps.requestIdPrefix}-${this.#counter}`;
    return this.#pending.track(requestId, command, this.#deps.requestTimeoutMs, this.label, () =>
      socket.send(JSON.stringify({ command, data, requestId })),
    );
  }

  /** Closes for good: no reconnect. */
  close(): void {
    this.state = "closed";
    clearTimeout(this.#timer);
    this.#pending.failAll(new NetworkError(`The client was closed.`, { code: "client_closed" }));
    this.#socket?.close(1000, "client closed");
    this.#socket = undefined;
  }

  #onOpen(socket: WebSocketLike): void {
    if (socket !== this.#socket) return;
    this.#deps.log.debug?.(`${this.label} open; waiting for serviceInfo`);
    // Services built with the kit send serviceInfo on connect; ask for it if it does not come quickly.
    const wait = Math.min(1_000, this.#deps.requestTimeoutMs / 2);
    this.#timer = setTimeout(() => {
      if (this.state !== "connecting" || socket !== this.#socket) return;
      this.request("getServiceInfo", {}).catch((error: unknown) => {
        if (this.state !== "connecting" || socket !== this.#socket) return;
        const reason = CcaasError.isInstance(error) ? error.message : String(error);
        this.#deps.onError(
          this,
          new CcaasError(`${this.label} did not send its serviceInfo (${reason}); reconnecting later.`, {
            code: "service_info_missing",
            cause: error,
          }),
        );
        socket.close(1000, "no serviceInfo");
      });
    }, wait);
  }

  #onMessage(raw: unknown): void {
    const text =
      typeof raw === "string" ? raw : raw instanceof ArrayBuffer ? new TextDecoder().decode(raw) : "";
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      this.#deps.onError(
        this,
        this.#invalid("a frame that is not JSON", [{ path: "/", message: "is not JSON" }]),
      );
      return;
    }
    if (!isJsonObject(parsed)) {
      this.#deps.onError(
        this,
        this.#invalid("a frame that is not an object", [{ path: "/", message: "must be an object" }]),
      );
      return;
    }
    const command = normalizeCommand(parsed.command) ?? "";
    const message: JsonObject = { ...parsed, command };
    const pending = this.#pending.match(message, command, this.state === "ready");
    const issues = validateMessage("InteractionProcessorResponse", message);
    if (issues.length > 0) {
      const error = this.#invalid(`"${command.slice(0, 64)}"`, issues);
      if (pending) this.#pending.settle(pending, error);
      else this.#deps.onError(this, error);
      return;
    }
    if (command === "serviceInfo") this.#onServiceInfo(message.data as unknown as ServiceInfo);
    if (pending) {
      if (pending.answer !== command) {
        this.#pending.settle(
          pending,
          this.#invalid(`${command} to a ${pending.command} request`, [
            { path: "/command", message: `must be ${pending.answer}` },
          ]),
        );
      } else this.#pending.settle(pending, undefined, message);
    } else if (command !== "serviceInfo") {
      this.#deps.log.debug?.(`${this.label} sent ${command} that answers no request in flight; ignored`);
    }
  }

  #onServiceInfo(info: ServiceInfo): void {
    const error = this.#deps.checkServiceInfo(this, info);
    if (error) {
      this.state = "excluded";
      clearTimeout(this.#timer);
      this.#deps.onError(this, error);
      this.#pending.failAll(error);
      this.#socket?.close(1000, "wrong instance-domain");
      this.#socket = undefined;
      return;
    }
    this.serviceInfo = info;
    if (this.state === "connecting") {
      clearTimeout(this.#timer);
      this.state = "ready";
      this.#attempt = 0;
      this.#deps.log.info?.(
        `${this.label} ready (${info.vendor} ${info.version}, instance-domain ${info["instance-domain"]})`,
      );
      this.#deps.onReady(this);
    }
  }

  #onClose(code: number): void {
    clearTimeout(this.#timer);
    this.#socket = undefined;
    const wasReady = this.state === "ready";
    this.#pending.failAll(
      new NetworkError(`The connection to ${this.label} closed (${code}) before the answer came.`, {
        code: connectionLost,
      }),
    );
    if (this.state === "closed" || this.state === "excluded") return;
    this.state = "down";
    const sessions = [...this.sessions];
    this.sessions.clear();
    if (wasReady) {
      this.#deps.log.warn?.(`${this.label} closed (${code}); ${sessions.length} session(s) were there`);
      this.#deps.onDown(this, sessions);
    }
    this.#scheduleReconnect();
  }

  #scheduleReconnect(): void {
    if (this.state === "closed" || this.state === "excluded") return;
    this.state = "down";
    this.#attempt += 1;
    const { initialDelayMs, maxDelayMs, factor } = this.#deps.reconnect;
    const ceiling = Math.min(maxDelayMs, initialDelayMs * factor ** (this.#attempt - 1));
    // Full jitter, never 0: a tight loop against an instance that refuses at once helps nobody.
    const delay = Math.max(initialDelayMs / 10, Math.round((this.#deps.random ?? Math.random)() * ceiling));
    this.#deps.log.debug?.(`${this.label} reconnect attempt ${this.#attempt} in ${delay} ms`);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.connect(), delay);
  }

  #invalid(what: string, issues: { path: string; message: string }[]): ValidationError {
    return new ValidationError(
      `${this.label} sent ${what}, which breaks specs/messages/interaction-processor.yaml: ${summarizeIssues(issues)}.`,
      { issues },
    );
  }
}
