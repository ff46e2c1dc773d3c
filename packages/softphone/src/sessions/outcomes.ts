/**
 * How each recent call ended up on this client, as a promise settled once: its session, or why none
 * started. A REST answer that arrives after the pending session (or after the whole call) still finds it.
 */
import type { SessionError } from "../errors/session-error";

interface Outcome<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: SessionError): void;
}

/** Outcomes kept, oldest dropped first. */
const KEPT = 200;

export class Outcomes<T> {
  readonly #outcomes = new Map<string, Outcome<T>>();

  get(conversationId: string): Outcome<T> {
    let outcome = this.#outcomes.get(conversationId);
    if (!outcome) {
      const settle = {} as Omit<Outcome<T>, "promise">;
      const promise = new Promise<T>((resolve, reject) => Object.assign(settle, { resolve, reject }));
      promise.catch(() => {}); // nobody may be waiting for it: never an unhandled rejection
      outcome = { promise, ...settle };
      this.#outcomes.set(conversationId, outcome);
      if (this.#outcomes.size > KEPT) this.#outcomes.delete(this.#outcomes.keys().next().value ?? "");
    }
    return outcome;
  }

  ids(): string[] {
    return [...this.#outcomes.keys()];
  }
}
