import { CcaasError } from "@ccaas/types";

const marker = "ccaas.error.adapter-kit.state-store";
const symbol = Symbol.for(marker);

/**
 * The shared state store (Redis) did not answer: it is down, unreachable or too slow. The adapter then
 * refuses the request (500 with `Retry-After`) instead of acting without its idempotency record.
 */
export class StateStoreError extends CcaasError {
  protected readonly [symbol] = true;
  readonly isRetryable = true;

  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { code: "state_store_unavailable", cause: options.cause });
    this.name = "StateStoreError";
  }

  static override isInstance(error: unknown): error is StateStoreError {
    return CcaasError.hasMarker(error, marker);
  }
}
