import { CcaasError } from "./ccaas-error";

const marker = "ccaas.error.api";
const symbol = Symbol.for(marker);

/** Statuses worth trying again: the request may succeed later unchanged. */
const retryableStatuses = new Set([408, 425, 429, 500, 502, 503, 504]);

export interface ApiErrorOptions {
  status: number;
  /** The error code from the response body when it has one, otherwise `http_<status>`. */
  code?: string;
  /** The server's request id (`x-request-id`), to quote when asking for support. */
  requestId?: string;
  /** The parsed response body (or its text when it was not JSON). */
  body?: unknown;
  /** Milliseconds the server asked to wait before retrying (`Retry-After`), when it said. */
  retryAfterMs?: number;
  cause?: unknown;
}

/** The server answered, with an error status. */
export class ApiError extends CcaasError {
  protected readonly [symbol] = true;
  readonly status: number;
  readonly requestId: string | undefined;
  readonly body: unknown;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: ApiErrorOptions) {
    super(message, { code: options.code ?? `http_${options.status}`, cause: options.cause });
    this.name = "ApiError";
    this.status = options.status;
    this.requestId = options.requestId;
    this.body = options.body;
    this.retryAfterMs = options.retryAfterMs;
  }

  /** True when the same request may succeed if sent again later (429, 503, other 5xx, 408). */
  get isRetryable(): boolean {
    return retryableStatuses.has(this.status);
  }

  static override isInstance(error: unknown): error is ApiError {
    return CcaasError.hasMarker(error, marker);
  }
}
