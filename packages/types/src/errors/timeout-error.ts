import { CcaasError } from "./ccaas-error";

const marker = "ccaas.error.timeout";
const symbol = Symbol.for(marker);

/** The operation took longer than its time limit and was abandoned. */
export class TimeoutError extends CcaasError {
  protected readonly [symbol] = true;
  /** The limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number;
  readonly isRetryable = true;

  constructor(message: string, options: { timeoutMs: number; cause?: unknown }) {
    super(message, { code: "timeout", cause: options.cause });
    this.name = "TimeoutError";
    this.timeoutMs = options.timeoutMs;
  }

  static override isInstance(error: unknown): error is TimeoutError {
    return CcaasError.hasMarker(error, marker);
  }
}
