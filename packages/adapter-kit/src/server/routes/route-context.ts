/** What the operation routes share: the compiled validators, the token verifier, and the steps every route takes. */
import type { ValidationIssue } from "@ccaas/types";
import { describeError, type SafeLogger } from "@ccaas/types";
import { type MessageValidator, type OpenApiValidator, summarizeIssues } from "@ccaas/validation";
import { bearerToken } from "../../auth/bearer-token";
import type { AcceptedTokens, AgentIdentity, TokenVerifier } from "../../auth/token-verifier";
import { CallControlError } from "../../errors/call-control-error";
import type { Idempotency } from "../../state/idempotency";
import type { AdapterRequest } from "../adapter-request";
import type { HandlerDeadlines } from "../handler-deadlines";
import { HttpProblem } from "../http-problem";
import { checkContentType, parseJson } from "../request-body";
import type { ResolvedOptions } from "../voice-adapter-options";

export interface RouteContext {
  options: ResolvedOptions;
  verifier: TokenVerifier;
  validator: OpenApiValidator;
  messages: MessageValidator;
  idempotency: Idempotency;
  /** The one timer behind every handler's `handlerTimeoutMs`. */
  deadlines: HandlerDeadlines;
  log: SafeLogger;
  /** Redacts tokens and secrets from text that may reach a client or a log. */
  redact(text: string): string;
}

/** A route's answer before it becomes a Response. */
export interface RouteResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Content type (415), size (413), bearer token (401, or 502 when the JWKS is unreachable), JSON (400). */
export async function readAuthenticated(
  route: RouteContext,
  request: AdapterRequest,
  accepted: AcceptedTokens,
  expected: string,
): Promise<{ body: unknown; agent: AgentIdentity }> {
  checkContentType(request.header("content-type"));
  const bytes = await request.readBody(route.options.maxBodyBytes);
  const authorization = request.header("authorization");
  // The usual case, "Bearer <a token verified moments ago>", is answered from the cache without the syntax check
  // (the cache only holds tokens that passed it) and without a promise: most calls come from one softphone.
  const agent =
    (authorization?.startsWith("Bearer ")
      ? route.verifier.cached(authorization.slice(7), accepted)
      : undefined) ?? (await route.verifier.verify(bearerToken(authorization, expected), accepted));
  if (agent.partnerId !== undefined && agent.partnerId.toLowerCase() !== route.options.partnerId) {
    throw new HttpProblem(
      "forbidden",
      "The bearer token was issued for another partner than this adapter's.",
    );
  }
  return { body: parseJson(bytes), agent };
}

function bodyProblem(issues: readonly ValidationIssue[]): HttpProblem {
  return new HttpProblem("validation_failed", `The request body is invalid: ${summarizeIssues(issues)}.`, {
    details: issues.map((issue) => ({ field: issue.path, message: issue.message })),
  });
}

/** Checks the body against the operation's schema in specs/voice-adapter.yaml; 400 with one detail per field. */
export function validateBody<Body>(route: RouteContext, operationId: string, body: unknown): Body {
  const issues = route.validator.validateRequest(operationId, { hasBody: true, body });
  if (issues.length > 0) throw bodyProblem(issues);
  return body as Body;
}

/** Runs a partner handler with a deadline; its failures become 502s that carry none of the error's text. */
export function runHandler<Result>(
  route: RouteContext,
  what: string,
  requestId: string,
  call: (running: { readonly signal: AbortSignal }) => Result | Promise<Result>,
): Promise<Result> {
  const failed = (error: unknown): never => {
    if (error instanceof HttpProblem) throw error;
    route.log.error?.(`request ${requestId}: handler failed to ${what}: ${describeError(error)}`);
    throw new HttpProblem(
      "upstream_failed",
      CallControlError.isInstance(error)
        ? route.redact(error.message)
        : `The telephony failed to ${what}. Retry, and quote the requestId if it persists.`,
      { cause: error },
    );
  };
  // A promise chain, not an async function: this runs on every call, and each async frame is garbage.
  try {
    return Promise.resolve(
      route.deadlines.run(
        call,
        () =>
          new HttpProblem(
            "upstream_failed",
            `The telephony did not ${what} within ${route.options.handlerTimeoutMs} ms. Retry; the request can be repeated safely.`,
          ),
      ),
    ).catch(failed);
  } catch (error) {
    return Promise.reject(error).catch(failed);
  }
}
