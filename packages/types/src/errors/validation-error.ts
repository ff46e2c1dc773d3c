import { CcaasError } from "./ccaas-error";

const marker = "ccaas.error.validation";
const symbol = Symbol.for(marker);

/** One thing wrong with an input. */
export interface ValidationIssue {
  /** Where: a JSON pointer (`/author/userName`) or an argument name (`baseUrl`). */
  path: string;
  /** What is wrong with it and what is expected instead. */
  message: string;
}

/** An input was rejected before anything was sent: a bad argument, or a body that breaks the spec. */
export class ValidationError extends CcaasError {
  protected readonly [symbol] = true;
  readonly issues: readonly ValidationIssue[];
  readonly isRetryable = false;

  constructor(message: string, options: { issues: readonly ValidationIssue[]; cause?: unknown }) {
    super(message, { code: "validation_failed", cause: options.cause });
    this.name = "ValidationError";
    this.issues = options.issues;
  }

  static override isInstance(error: unknown): error is ValidationError {
    return CcaasError.hasMarker(error, marker);
  }
}
