import type { OpenApiValidator, OperationInfo } from "@ccaas/validation";

/**
 * A validator whose operations live under a base path: voice-api.yaml's paths (`/Login`) are relative to its
 * server URL (`.../Voice`), so the sandbox routes `/Voice/Login` and matches it as `/Login`.
 */
export function withBasePath(validator: OpenApiValidator, basePath: string): OpenApiValidator {
  const prefixed = (operation: OperationInfo): OperationInfo =>
    operation.kind === "operation" ? { ...operation, path: `${basePath}${operation.path}` } : operation;
  return {
    operations: validator.operations.map(prefixed),
    operation: (operationId) => prefixed(validator.operation(operationId)),
    match(method, pathname) {
      if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return { kind: "not-found" };
      const found = validator.match(method, pathname.slice(basePath.length));
      return found.kind === "operation" ? { ...found, operation: prefixed(found.operation) } : found;
    },
    validateRequest: (operationId, request) => validator.validateRequest(operationId, request),
    validateResponse: (operationId, status, body) => validator.validateResponse(operationId, status, body),
  };
}
