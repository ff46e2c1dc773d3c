/**
 * An error answer in the spec's `AdapterError` shape: `{ status: "Error", code, message, requestId?, details? }`.
 * Thrown inside the request pipeline and turned into the response at one place, so every error looks alike.
 */
import type { AdapterErrorBody } from "@ccaas/types";

export type AdapterErrorCode = AdapterErrorBody["code"];
export type ErrorDetail = NonNullable<AdapterErrorBody["details"]>[number];

/** The HTTP status of each code, as specs/voice-adapter.yaml documents them. */
export const statusOf = {
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal_error: 500,
  upstream_failed: 502,
} as const satisfies Record<AdapterErrorCode, number>;

export class HttpProblem extends Error {
  readonly code: AdapterErrorCode;
  readonly status: number;
  readonly details: ErrorDetail[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    code: AdapterErrorCode,
    message: string,
    options: { details?: ErrorDetail[]; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "HttpProblem";
    this.code = code;
    this.status = statusOf[code];
    this.details = options.details;
    this.headers = options.headers ?? {};
  }
}

export function errorBody(problem: HttpProblem, requestId: string): AdapterErrorBody {
  return {
    status: "Error",
    code: problem.code,
    message: problem.message,
    requestId,
    ...(problem.details ? { details: problem.details } : {}),
  };
}
