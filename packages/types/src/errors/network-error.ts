import { CcaasError } from "./ccaas-error";

const marker = "ccaas.error.network";
const symbol = Symbol.for(marker);

/** The request never got an HTTP answer: connection refused or reset, DNS failure, a body cut short. */
export class NetworkError extends CcaasError {
  protected readonly [symbol] = true;
  /** Always true: a network failure is worth retrying when the request is idempotent. */
  readonly isRetryable = true;

  constructor(message: string, options: { cause?: unknown; code?: string } = {}) {
    super(message, { code: options.code ?? "network_error", cause: options.cause });
    this.name = "NetworkError";
  }

  static override isInstance(error: unknown): error is NetworkError {
    return CcaasError.hasMarker(error, marker);
  }
}
