/**
 * One client connection: sends the serviceInfo event on open, answers each frame, and keeps going whatever the
 * frame was. Requests with a `requestId` run concurrently; those without one are answered in arrival order, so
 * a client that follows the seed (which correlates by command alone) gets its answers in the order it asked.
 */

import type { SafeLogger, TypedEmitter } from "@ccaas/types";
import type { RawData, WebSocket } from "ws";
import { type Answer, type AnswerDependencies, answerRequest, readFrame } from "./answer-request";
import type { InteractionProcessorEvents, RequestContext } from "./server-options";

const OPEN = 1;

export class ProcessorConnection {
  readonly id: string;
  readonly #socket: WebSocket;
  readonly #deps: AnswerDependencies;
  readonly #events: TypedEmitter<InteractionProcessorEvents>;
  readonly #remoteAddress: string | undefined;
  readonly #abort = new AbortController();
  #inOrder: Promise<void> = Promise.resolve();

  constructor(
    id: string,
    socket: WebSocket,
    remoteAddress: string | undefined,
    deps: AnswerDependencies,
    events: TypedEmitter<InteractionProcessorEvents>,
  ) {
    this.id = id;
    this.#socket = socket;
    this.#remoteAddress = remoteAddress;
    this.#deps = deps;
    this.#events = events;
    socket.on("message", (data, isBinary) => this.#onMessage(data, isBinary));
    socket.on("error", (error) => this.#log.debug?.(`${id} socket error: ${error.message}`));
    socket.once("close", (code) => {
      this.#abort.abort();
      this.#log.info?.(`${id} closed (${code})`);
      this.#events.emit("disconnect", { connectionId: id, code });
    });
    this.#log.info?.(`${id} connected${remoteAddress ? ` from ${remoteAddress}` : ""}`);
    this.#events.emit("connection", { connectionId: id, remoteAddress });
    this.#send({ command: "serviceInfo", data: deps.info });
  }

  get #log(): SafeLogger {
    return this.#deps.log;
  }

  /** Says goodbye (1001) and cuts the connection if the peer does not close its side quickly. */
  close(): Promise<void> {
    this.#abort.abort();
    const socket = this.#socket;
    if (socket.readyState === 3) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => socket.terminate(), 500);
      socket.once("close", () => {
        clearTimeout(timer);
        resolve();
      });
      socket.close(1001, "service stopping");
    });
  }

  #onMessage(data: RawData, isBinary: boolean): void {
    // The spec's frames are text; a binary frame holding UTF-8 JSON is read the same way.
    const text = Array.isArray(data)
      ? Buffer.concat(data).toString("utf8")
      : Buffer.isBuffer(data)
        ? data.toString("utf8")
        : Buffer.from(data).toString("utf8");
    if (isBinary) this.#log.debug?.(`${this.id} got a binary frame; reading it as UTF-8 text`);
    const started = performance.now();
    const frame = readFrame(text);
    const run = async (): Promise<void> => {
      let answer: Answer;
      if (frame.kind === "rejected") {
        answer = { message: frame.answer, result: "failure", code: frame.code };
      } else {
        const context: RequestContext = {
          connectionId: this.id,
          requestId: frame.requestId,
          remoteAddress: this.#remoteAddress,
          signal: this.#abort.signal,
        };
        answer = await answerRequest(frame, this.#deps, context);
      }
      const durationMs = Math.round((performance.now() - started) * 10) / 10;
      const command = frame.command || "(malformed)";
      const id = frame.requestId === undefined ? "" : ` [${frame.requestId.slice(0, 32)}]`;
      const agent = frame.kind === "request" ? agentOf(frame.request) : "";
      this.#log.debug?.(
        `${this.id} ${command}${id}${agent} -> ${answer.result}${answer.code ? ` ${answer.code}` : ""} in ${durationMs} ms`,
      );
      this.#send(answer.message);
      this.#events.emit("request", {
        connectionId: this.id,
        command: frame.command,
        requestId: frame.requestId,
        result: answer.result,
        code: answer.code,
        durationMs,
      });
    };
    const guarded = () =>
      run().catch((error: unknown) =>
        this.#log.error?.(
          `${this.id} could not answer: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
    if (frame.requestId !== undefined) void guarded();
    else this.#inOrder = this.#inOrder.then(guarded);
  }

  #send(message: object): void {
    // Once the connection is closing, answers to requests still running have nobody to go to.
    if (this.#abort.signal.aborted) return;
    if (this.#socket.readyState === OPEN) this.#socket.send(JSON.stringify(message));
  }
}

function agentOf(request: { data?: unknown }): string {
  const data = request.data as { agent?: { id?: unknown } } | undefined;
  return typeof data?.agent?.id === "string" ? ` agent ${data.agent.id.slice(0, 64)}` : "";
}
