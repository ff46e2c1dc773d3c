/**
 * An error a route throws to answer with a spec-shaped error response. `code` is the spec's error code
 * (`not_found`, `conflict`, ...); each API family renders it in its own error format.
 */
export class SandboxError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ReadonlyArray<{ field: string; message: string }>;

  constructor(
    status: number,
    code: string,
    message: string,
    details: ReadonlyArray<{ field: string; message: string }> = [],
  ) {
    super(message);
    this.name = "SandboxError";
    this.status = status;
    this.code = code;
    this.details = details;
  }
}
