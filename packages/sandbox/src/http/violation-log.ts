import type { SandboxLogger } from "../options";
import { SandboxError } from "./sandbox-error";

/**
 * Where the sandbox reports its own faults: a reply that breaks the spec, or a handler that crashed. They are
 * recorded (tests assert there are none) and, by default, fail the request loudly instead of lying to the client.
 */
export class ViolationLog {
  readonly #entries: string[] = [];
  readonly #mode: "throw" | "log";
  readonly #logger: SandboxLogger;

  constructor(mode: "throw" | "log", logger: SandboxLogger) {
    this.#mode = mode;
    this.#logger = logger;
  }

  get entries(): readonly string[] {
    return this.#entries;
  }

  report(message: string): void {
    const entry = `The sandbox broke its own spec: ${message}`;
    this.#entries.push(entry);
    console.error(entry);
    if (this.#mode === "throw") throw new SandboxError(500, "internal_error", entry);
  }

  unexpected(error: unknown): void {
    const entry = `A sandbox handler crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    this.#entries.push(entry);
    this.#logger.error(entry);
  }
}
