import type { ApiFamily } from "../http/api-family";
import type { OperationHandlers } from "../http/mount-operations";
import { SandboxError } from "../http/sandbox-error";

const header = "x-resource-template-version";

/**
 * Rejects a request whose `x-resource-template-version` differs from the sandbox's configured version (a
 * missing header is already a 400 from validation). Applies to every operation that declares the header.
 */
export function requireTemplateVersion<Operations>(
  handlers: OperationHandlers<Operations>,
  family: ApiFamily,
  expected: string,
): OperationHandlers<Operations> {
  const guarded: Record<string, unknown> = {};
  for (const [operationId, handler] of Object.entries(handlers) as Array<
    [string, (input: never) => unknown]
  >) {
    const declares = family.validator
      .operation(operationId)
      .parameters.some((p) => p.in === "header" && p.name === header);
    guarded[operationId] = !declares
      ? handler
      : (input: { context: { req: { header(name: string): string | undefined } } }) => {
          const given = input.context.req.header(header);
          if (given !== undefined && given !== expected) {
            throw new SandboxError(
              400,
              "validation_failed",
              `The ${header} header is "${given.slice(0, 64)}", but this sandbox serves template version "${expected}". Send ${header}: ${expected}.`,
              [{ field: `header:${header}`, message: `must be "${expected}"` }],
            );
          }
          return handler(input as never);
        };
  }
  return guarded as OperationHandlers<Operations>;
}
