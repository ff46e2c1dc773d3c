const marker = "ccaas.error";
const symbol = Symbol.for(marker);

export interface CcaasErrorOptions {
  /** Stable, machine-readable reason, e.g. `not_found` or `timeout`. Switch on this, not on the message. */
  code: string;
  /** The underlying error, when this one wraps another. */
  cause?: unknown;
}

/**
 * The base class of every error the SDK throws. Messages say what was wrong and what to do; they never
 * contain credentials or tokens.
 *
 * Use `CcaasError.isInstance(error)` (or a subclass's `isInstance`) instead of `instanceof`: the check
 * relies on a `Symbol.for` marker, so it still works when two copies of the SDK are installed.
 */
export class CcaasError extends Error {
  protected readonly [symbol] = true;
  readonly code: string;

  constructor(message: string, options: CcaasErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    // Minifiers rename classes; an explicit name keeps logs and `error.name` checks readable.
    this.name = "CcaasError";
    this.code = options.code;
  }

  static isInstance(error: unknown): error is CcaasError {
    return CcaasError.hasMarker(error, marker);
  }

  /** For subclasses: true when `error` carries the `Symbol.for(marker)` brand. */
  protected static hasMarker(error: unknown, marker: string): boolean {
    const brand = Symbol.for(marker);
    return (
      typeof error === "object" &&
      error !== null &&
      brand in error &&
      (error as Record<symbol, unknown>)[brand] === true
    );
  }
}
