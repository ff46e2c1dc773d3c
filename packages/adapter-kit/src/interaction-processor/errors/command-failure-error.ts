import { CcaasError, type CommandFailure } from "@ccaas/types";

const marker = "ccaas.error.adapter-kit.command-failure";
const symbol = Symbol.for(marker);

export interface CommandFailureErrorOptions {
  /** The failure code, e.g. `INVALID_CREDENTIALS`, `UNKNOWN_COMMAND`, `MALFORMED_REQUEST`. */
  code: string;
  /** The command that failed (trimmed), when known. */
  command?: string;
  /** The service's `failure.context` (a stack trace, when the service exposes them). */
  context?: string;
  /** The request the service echoed, with `data.agent.password` replaced by `[redacted]`. */
  original?: CommandFailure["original"];
  /** The ws URL of the instance that answered. */
  instance?: string;
  cause?: unknown;
}

/**
 * An Interaction Processor answered `"result": "failure"`. On the client, `prepareSession()` and
 * `getCapabilities()` reject with it, carrying the answer's `failure.code`, `failure.message`, `failure.context`
 * and `original` (password redacted). On the server, throw it from a handler to answer with your own code and
 * message: any other error becomes an `INTERNAL_ERROR` whose message carries none of the error's text.
 *
 * @example
 * throw new CommandFailureError("The CTI refused the agent's credentials.", { code: "INVALID_CREDENTIALS" });
 */
export class CommandFailureError extends CcaasError {
  protected readonly [symbol] = true;
  readonly command: string | undefined;
  readonly context: string | undefined;
  readonly original: CommandFailure["original"] | undefined;
  readonly instance: string | undefined;

  constructor(message: string, options: CommandFailureErrorOptions) {
    super(message, { code: options.code, cause: options.cause });
    this.name = "CommandFailureError";
    this.command = options.command;
    this.context = options.context;
    this.original = options.original;
    this.instance = options.instance;
  }

  static override isInstance(error: unknown): error is CommandFailureError {
    return CcaasError.hasMarker(error, marker);
  }
}
