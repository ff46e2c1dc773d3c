import type { ValidationIssue } from "@ccaas/types";
import type { JsonDocument } from "@ccaas/types/specs";
import type { Ajv2020, ValidateFunction } from "ajv/dist/2020.js";
import { createAjv } from "./create-ajv";
import { type RequestIssue, toIssues } from "./issues";
import { type OperationInfo, type ParameterLocation, readOperations } from "./openapi-document";
import { compilePathTemplate, type PathTemplate } from "./path-template";

/** What arrived, in the form a server framework hands it over. */
export interface RequestParts {
  /** Path parameters from `match()`. */
  params?: Readonly<Record<string, string>>;
  query?: Readonly<Record<string, string | undefined>>;
  /** Header names in any case. */
  headers?: Readonly<Record<string, string | undefined>>;
  /** Whether a body was sent at all (an empty body is not the JSON value `null`). */
  hasBody: boolean;
  /** The parsed JSON body. */
  body?: unknown;
}

export type MatchResult =
  | { kind: "operation"; operation: OperationInfo; params: Record<string, string> }
  | { kind: "method-not-allowed"; allowed: string[] }
  | { kind: "not-found" };

export interface OpenApiValidator {
  readonly operations: readonly OperationInfo[];
  /** Finds the operation for a method and path; the most literal path template wins. */
  match(method: string, pathname: string): MatchResult;
  operation(operationId: string): OperationInfo;
  /** Everything wrong with a request, or an empty list. */
  validateRequest(operationId: string, request: RequestParts): RequestIssue[];
  /** Everything wrong with a response (undocumented status, body breaking its schema), or an empty list. */
  validateResponse(operationId: string, status: number, body: unknown): ValidationIssue[];
}

let documentCount = 0;

/** Compiles validators for every operation and webhook of a bundled OpenAPI 3.1 document, lazily and once. */
export function createOpenApiValidator(document: JsonDocument): OpenApiValidator {
  documentCount += 1;
  const id = `https://schemas.ccaas.dev/openapi/${documentCount}`;
  // Parameters arrive as strings; a second Ajv coerces them to the schema's type ("5" -> 5) before checking.
  const plain = createAjv();
  const coercing = createAjv({ coerceTypes: true });
  plain.addSchema(document, id);
  coercing.addSchema(document, id);

  const operations = readOperations(document);
  const byId = new Map(operations.map((operation) => [operation.operationId, operation]));
  const routes = operations
    .filter((operation) => operation.kind === "operation")
    .map((operation) => ({ operation, template: compilePathTemplate(operation.path) }))
    .sort((a, b) => b.template.literalSegments - a.template.literalSegments);
  const cache = new Map<string, ValidateFunction>();

  function compile(ajv: Ajv2020, key: string, schema: object): ValidateFunction {
    let validate = cache.get(key);
    if (!validate) {
      validate = ajv.compile(schema);
      cache.set(key, validate);
    }
    return validate;
  }

  function schemaAt(pointer: string): ValidateFunction {
    return compile(plain, pointer, { $ref: `${id}#${pointer}` });
  }

  /** Per operation and location; `undefined` when the operation declares no parameter there (nothing to check). */
  const parameterValidators = new Map<string, ValidateFunction | undefined>();

  function parametersValidator(
    operation: OperationInfo,
    location: ParameterLocation,
  ): ValidateFunction | undefined {
    const key = `${operation.operationId}:${location}`;
    if (parameterValidators.has(key)) return parameterValidators.get(key);
    const parameters = operation.parameters.filter((parameter) => parameter.in === location);
    const validate =
      parameters.length === 0
        ? undefined
        : compile(coercing, key, {
            type: "object",
            properties: Object.fromEntries(
              parameters.map((p) => [p.name, { $ref: `${id}#${p.schemaPointer}` }]),
            ),
            required: parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
          });
    parameterValidators.set(key, validate);
    return validate;
  }

  function operation(operationId: string): OperationInfo {
    const found = byId.get(operationId);
    if (!found) throw new Error(`Unknown operationId "${operationId}": it is not in the spec.`);
    return found;
  }

  function checkParameters(info: OperationInfo, location: ParameterLocation, values: object): RequestIssue[] {
    const validate = parametersValidator(info, location);
    // Ajv coerces in place; validate a copy so the caller's objects stay as they were.
    if (!validate || validate({ ...values })) return [];
    return toIssues(validate.errors).map((issue) => ({
      ...issue,
      path: issue.path.replace(/^\//, ""),
      in: location,
    }));
  }

  return {
    operations,
    operation,
    match(method, pathname) {
      const allowed: string[] = [];
      let template: PathTemplate | undefined;
      for (const route of routes) {
        if (template && route.template.template !== template.template) break;
        const params = route.template.match(pathname);
        if (!params) continue;
        template = route.template;
        if (route.operation.method === method.toUpperCase())
          return { kind: "operation", operation: route.operation, params };
        allowed.push(route.operation.method);
      }
      return allowed.length > 0
        ? { kind: "method-not-allowed", allowed: allowed.sort() }
        : { kind: "not-found" };
    },
    validateRequest(operationId, request) {
      const info = operation(operationId);
      const headers = Object.fromEntries(
        Object.entries(request.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
      );
      const issues: RequestIssue[] = [
        ...checkParameters(info, "path", request.params ?? {}),
        ...checkParameters(info, "query", request.query ?? {}),
        ...checkParameters(info, "header", headers),
      ];
      const body = info.requestBody;
      if (body?.schemaPointer && request.hasBody) {
        const validate = schemaAt(body.schemaPointer);
        if (!validate(request.body))
          issues.push(...toIssues(validate.errors).map((issue) => ({ ...issue, in: "body" as const })));
      } else if (body?.required && !request.hasBody) {
        issues.push({ in: "body", path: "/", message: "a JSON request body is required" });
      }
      return issues;
    },
    validateResponse(operationId, status, body) {
      const info = operation(operationId);
      const key = [String(status), `${String(status)[0]}XX`, "DEFAULT"].find((candidate) =>
        info.responses.has(candidate),
      );
      if (key === undefined)
        return [{ path: "/", message: `status ${status} is not a documented response of ${operationId}` }];
      const pointer = info.responses.get(key);
      if (pointer === undefined) {
        return body === undefined
          ? []
          : [{ path: "/", message: `${operationId} ${status} has no body in the spec` }];
      }
      const validate = schemaAt(pointer);
      return validate(body) ? [] : toIssues(validate.errors);
    },
  };
}
