import { CcaasError } from "@ccaas/types";

const marker = "ccaas.error.adapter-kit.publish";
const symbol = Symbol.for(marker);

/**
 * A participant event could not be published. Publishers throw it with `isRetryable` saying whether the same
 * event may go through on another attempt (a timeout, a broker or network failure) or never will (the
 * platform rejected its content). The adapter retries the retryable ones, then answers the softphone with an
 * error: an event is never dropped silently.
 */
export class PublishError extends CcaasError {
  protected readonly [symbol] = true;
  readonly isRetryable: boolean;
  /** The HTTP status the platform answered with, for the HTTP publisher. */
  readonly status: number | undefined;

  constructor(message: string, options: { isRetryable: boolean; status?: number; cause?: unknown }) {
    super(message, { code: "publish_failed", cause: options.cause });
    this.name = "PublishError";
    this.isRetryable = options.isRetryable;
    this.status = options.status;
  }

  static override isInstance(error: unknown): error is PublishError {
    return CcaasError.hasMarker(error, marker);
  }
}
