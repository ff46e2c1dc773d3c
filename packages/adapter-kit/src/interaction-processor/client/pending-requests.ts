/**
 * The requests of one instance link that wait for their answer: each with its timeout, matched to its answer
 * by `requestId` when the answer has one, else by command in send order (services may answer without one).
 * Apart from InstanceLink, which owns the socket and its reconnects.
 */
import { TimeoutError } from "@ccaas/types";
import type { JsonObject } from "../protocol";

export interface Pending {
  requestId: string;
  command: string;
  /** The command of the answer: the request's, or `serviceInfo` for getServiceInfo. */
  answer: string;
  resolve(message: JsonObject): void;
  reject(error: unknown): void;
  timer: ReturnType<typeof setTimeout>;
}

export class PendingRequests {
  readonly #pending = new Map<string, Pending>();

  /**
   * Waits for the answer to a request `transmit` sends; rejects with a `TimeoutError` after `timeoutMs`.
   * `transmit` runs inside the promise, so a send that throws rejects it.
   */
  track(
    requestId: string,
    command: string,
    timeoutMs: number,
    label: string,
    transmit: () => void,
  ): Promise<JsonObject> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(requestId);
        reject(
          new TimeoutError(
            `${command} got no answer from ${label} within ${timeoutMs} ms. The instance may be stuck or overloaded; try again, or raise requestTimeoutMs.`,
            { timeoutMs },
          ),
        );
      }, timeoutMs);
      const answer = command === "getServiceInfo" ? "serviceInfo" : command;
      this.#pending.set(requestId, { requestId, command, answer, resolve, reject, timer });
      transmit();
    });
  }

  /**
   * By `requestId` when the answer has one; else the oldest request in flight with the answer's command.
   * `ready`: the link already has its serviceInfo, so an unprompted one answers nothing.
   */
  match(message: JsonObject, command: string, ready: boolean): Pending | undefined {
    if (typeof message.requestId === "string") return this.#pending.get(message.requestId);
    // An unprompted serviceInfo event has neither requestId nor result.
    for (const pending of this.#pending.values()) {
      if (command === "" ? message.result === "failure" : pending.answer === command) {
        if (command === "serviceInfo" && ready) continue;
        return pending;
      }
    }
    return undefined;
  }

  settle(pending: Pending, error: unknown, message?: JsonObject): void {
    clearTimeout(pending.timer);
    this.#pending.delete(pending.requestId);
    if (error !== undefined) pending.reject(error);
    else pending.resolve(message as JsonObject);
  }

  /** Rejects every request in flight (the socket closed, the instance was excluded, the client closed). */
  failAll(error: unknown): void {
    for (const pending of [...this.#pending.values()]) this.settle(pending, error);
  }
}
