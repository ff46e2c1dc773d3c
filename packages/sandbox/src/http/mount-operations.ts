import { randomUUID } from "node:crypto";
import { summarizeIssues } from "@ccaas/validation";
import type { Context, Hono } from "hono";
import type { ApiFamily, Caller } from "./api-family";
import type { ReplyOf, RequestBodyOf } from "./operation-types";
import { SandboxError } from "./sandbox-error";
import type { ViolationLog } from "./violation-log";

export interface OperationInput<Operation> {
  params: Record<string, string>;
  query: Record<string, string | undefined>;
  body: RequestBodyOf<Operation>;
  caller: Caller;
  requestId: string;
  context: Context;
}

export type OperationHandler<Operation> = (
  input: OperationInput<Operation>,
) => Promise<ReplyOf<Operation>> | ReplyOf<Operation>;

export type OperationHandlers<Operations> = {
  [OperationId in keyof Operations]?: OperationHandler<Operations[OperationId]>;
};

/** A handler with its operation's types erased, as the router stores it. */
type ErasedHandler = (input: OperationInput<unknown>) => Promise<ErasedReply> | ErasedReply;
type ErasedReply = { status: number; body?: unknown; headers?: Record<string, string> };

function honoPath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ":$1");
}

async function readJsonBody(c: Context): Promise<{ hasBody: boolean; body?: unknown }> {
  const text = await c.req.text();
  if (text.length === 0) return { hasBody: false };
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new SandboxError(
      415,
      "unsupported_media_type",
      `Send the body as JSON with "Content-Type: application/json" (got "${type || "none"}").`,
    );
  }
  try {
    return { hasBody: true, body: JSON.parse(text) };
  } catch {
    throw new SandboxError(
      400,
      "validation_failed",
      "The request body is not valid JSON: check for trailing commas and unquoted names.",
      [{ field: "/", message: "is not valid JSON" }],
    );
  }
}

/** Renders any thrown value as the family's error response; unexpected errors become a 500 without details. */
export function errorResponse(c: Context, family: ApiFamily, error: unknown, requestId: string): Response {
  const known =
    error instanceof SandboxError
      ? error
      : new SandboxError(500, "internal_error", "The sandbox failed unexpectedly; see its console.");
  const reply = family.renderError({
    status: known.status,
    code: known.code,
    message: known.message,
    details: known.details,
    requestId,
  });
  return c.json(reply.body as object, reply.status as 400, { "x-request-id": requestId });
}

/**
 * Mounts handlers by operationId on their spec paths. Every request is authenticated, parsed and validated
 * against the spec before its handler runs; every reply is validated against the spec before it is sent.
 */
export function mountOperations<Operations>(
  app: Hono,
  family: ApiFamily,
  handlers: OperationHandlers<Operations>,
  violations: ViolationLog,
): void {
  for (const [operationId, handler] of Object.entries(handlers) as Array<
    [string, ErasedHandler | undefined]
  >) {
    if (!handler) continue;
    const operation = family.validator.operation(operationId);
    app.on(operation.method, honoPath(operation.path), async (c) => {
      const requestId = c.req.header("x-request-id") ?? `req_${randomUUID()}`;
      try {
        const caller = await family.authenticate(c, operation);
        const { hasBody, body } = await readJsonBody(c);
        const params = c.req.param() as Record<string, string>;
        const query = c.req.query();
        const issues = family.validator.validateRequest(operationId, {
          params,
          query,
          headers: c.req.header(),
          hasBody,
          body,
        });
        if (issues.length > 0) {
          const details = issues.map((issue) => ({
            field: issue.in === "body" ? issue.path : `${issue.in}:${issue.path}`,
            message: issue.message,
          }));
          throw new SandboxError(
            400,
            "validation_failed",
            `The request breaks the spec of ${operationId}: ${summarizeIssues(issues)}`,
            details,
          );
        }
        const reply = await handler({ params, query, body: body as never, caller, requestId, context: c });
        const problems = family.validator.validateResponse(operationId, reply.status as number, reply.body);
        if (problems.length > 0)
          violations.report(
            `${family.name} ${operationId} ${String(reply.status)}: ${summarizeIssues(problems)}`,
          );
        const headers = { "x-request-id": requestId, ...reply.headers };
        if (reply.body === undefined) return c.body(null, reply.status as 204, headers);
        return c.json(reply.body as object, reply.status as 200, headers);
      } catch (error) {
        if (!(error instanceof SandboxError)) violations.unexpected(error);
        return errorResponse(c, family, error, requestId);
      }
    });
  }
}
