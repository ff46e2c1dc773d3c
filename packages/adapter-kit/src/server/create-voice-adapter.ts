/**
 * `createVoiceAdapter`: the partner's handlers plus options in, a web-standard fetch handler out (Hono inside),
 * so one adapter runs on Node (`serve`), Bun, Deno, Workers or Lambda.
 */

import { createRedactor, createSafeLogger, describeError } from "@ccaas/types";
import { messageSchemas, voiceAdapterDocument } from "@ccaas/types/specs";
import { createMessageValidator, createOpenApiValidator } from "@ccaas/validation";
import { Hono } from "hono";
import { cors } from "hono/cors";
import { createTokenVerifier } from "../auth/token-verifier";
import type { EventPublisher } from "../events/event-publisher";
import type { CallOperation } from "../events/participant-events";
import { createIdempotency } from "../state/idempotency";
import type { StateStore } from "../state/state-store";
import type { VoiceAdapterHandlers } from "./handlers";
import { errorBody, HttpProblem } from "./http-problem";
import { createCallRoute, operationIds } from "./routes/call-route";
import type { RouteContext, RouteResult } from "./routes/route-context";
import { createTokenRoute } from "./routes/token-route";
import {
  defaultPaths,
  resolveOptions,
  type VoiceAdapterOptions,
  type VoiceAdapterRoute,
} from "./voice-adapter-options";

/** A running adapter: hand `fetch` to any runtime (`export default adapter` on Bun and Workers). */
export interface VoiceAdapter {
  /** Serves one request. Never rejects: every failure is an `AdapterError` response. */
  fetch(request: Request): Promise<Response>;
  /** The paths the adapter serves each route at. */
  readonly paths: Readonly<Record<VoiceAdapterRoute, string>>;
  /** Where events go (the in-memory publisher unless `publisher` was given). */
  readonly publisher: EventPublisher;
  readonly stateStore: StateStore;
  /** Closes the publisher and the state store. */
  close(): Promise<void>;
}

const callOperations: CallOperation[] = ["accept", "end", "hold", "resume", "mute", "unmute"];
const safeRequestId = /^[A-Za-z0-9._:-]{1,64}$/;

/** Request ids unique across instances (random prefix) and cheap per request (a counter). */
function requestIds(): () => string {
  const prefix = crypto.randomUUID().slice(0, 8);
  let counter = 0;
  return () => {
    counter += 1;
    return `${prefix}-${counter.toString(36)}`;
  };
}

/**
 * Creates a voice adapter from one handler per operation.
 *
 * @example
 * const adapter = createVoiceAdapter(
 *   { accept, end, hold, resume, mute, unmute },
 *   { partnerId, auth: { platformJwksUrl, issuer: platformBaseUrl, tokenSecret } },
 * );
 * await serve(adapter, { port: 4800 });
 */
export function createVoiceAdapter(
  handlers: VoiceAdapterHandlers,
  options: VoiceAdapterOptions,
): VoiceAdapter {
  const resolved = resolveOptions(options);
  for (const operation of callOperations) {
    if (typeof handlers?.[operation] !== "function") {
      throw new TypeError(
        `createVoiceAdapter: handlers.${operation} must be a function (what ${operation} means for your telephony).`,
      );
    }
  }
  if (handlers.token !== undefined && typeof handlers.token !== "function") {
    throw new TypeError("createVoiceAdapter: handlers.token must be a function when given.");
  }
  const redact = createRedactor([resolved.auth.secretText]);
  const log = createSafeLogger(resolved.logger, redact);
  if (resolved.auth.generatedSecret) {
    log.warn?.(
      "auth.tokenSecret is not set: tokens from POST /token verify only on this instance. Set it when running several.",
    );
  }
  if (resolved.defaultPublisher) {
    log.warn?.(
      "No publisher given: participant events stay in memory. Pass the Kafka or HTTP publisher to reach the platform.",
    );
  }
  const validator = createOpenApiValidator(voiceAdapterDocument);
  const route: RouteContext = {
    options: resolved,
    verifier: createTokenVerifier(resolved.auth),
    validator,
    messages: createMessageValidator(messageSchemas),
    idempotency: createIdempotency(
      resolved.stateStore,
      { windowMs: resolved.windowMs, leaseMs: resolved.leaseMs, pollMs: 25 },
      log,
    ),
    log,
    redact,
  };

  function respond(requestId: string, operationId: string | undefined, result: RouteResult): Response {
    let { status, body } = result;
    let headers = result.headers ?? {};
    if (resolved.validateResponses && operationId !== undefined) {
      const issues = validator.validateResponse(operationId, status, body);
      if (issues.length > 0) {
        log.error?.(`request ${requestId}: response ${status} breaks the spec: ${JSON.stringify(issues)}`);
        const problem = new HttpProblem(
          "internal_error",
          "The adapter built an answer that breaks its spec. Quote the requestId.",
        );
        status = problem.status;
        body = errorBody(problem, requestId);
        headers = {};
      }
    }
    return new Response(JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json", "x-request-id": requestId, ...headers },
    });
  }

  function failure(requestId: string, operationId: string | undefined, error: unknown): Response {
    let problem: HttpProblem;
    if (error instanceof HttpProblem) {
      problem = error;
    } else {
      log.error?.(`request ${requestId}: unexpected failure: ${describeError(error)}`);
      problem = new HttpProblem(
        "internal_error",
        "The adapter failed unexpectedly. Retry later and quote the requestId if it persists.",
      );
    }
    return respond(requestId, operationId, {
      status: problem.status,
      body: errorBody(problem, requestId),
      headers: problem.headers,
    });
  }

  const nextRequestId = requestIds();
  /** The caller's `x-request-id` when it is a plain token (so logs correlate), else a new one. */
  function requestIdOf(request: Request): string {
    const incoming = request.headers.get("x-request-id");
    return incoming !== null && safeRequestId.test(incoming) ? incoming : nextRequestId();
  }

  const app = new Hono();
  if (resolved.corsOrigins.length > 0) {
    app.use(
      "*",
      cors({
        origin: resolved.corsOrigins,
        allowMethods: ["GET", "POST", "OPTIONS"],
        allowHeaders: ["Authorization", "Content-Type", "Idempotency-Key", "X-Request-Id"],
        exposeHeaders: ["X-Request-Id", "Retry-After", "Idempotent-Replayed"],
        maxAge: resolved.corsMaxAge,
      }),
    );
  }

  const serveOperation =
    (operationId: string, run: (request: Request, requestId: string) => Promise<RouteResult>) =>
    async (c: { req: { raw: Request } }) => {
      const requestId = requestIdOf(c.req.raw);
      try {
        return respond(requestId, operationId, await run(c.req.raw, requestId));
      } catch (error) {
        return failure(requestId, operationId, error);
      }
    };

  app.get(resolved.paths.health, (c) =>
    respond(requestIdOf(c.req.raw), "getHealth", { status: 200, body: { status: "ok" } }),
  );
  for (const operation of callOperations) {
    app.post(
      resolved.paths[operation],
      serveOperation(operationIds[operation], createCallRoute(route, operation, handlers)),
    );
  }
  app.post(resolved.paths.token, serveOperation("createToken", createTokenRoute(route, handlers)));
  for (const [path, handler] of Object.entries(resolved.routes)) app.all(path, (c) => handler(c.req.raw));

  const allowed = new Map<string, string>(
    (Object.keys(defaultPaths) as VoiceAdapterRoute[]).map((name) => [
      resolved.paths[name],
      name === "health" ? "GET" : "POST",
    ]),
  );
  for (const [path, method] of allowed) {
    app.all(path, (c) => {
      const problem = new HttpProblem(
        "method_not_allowed",
        `${c.req.method} is not allowed on ${path}; use ${method}.`,
        {
          headers: { allow: method },
        },
      );
      return failure(requestIdOf(c.req.raw), undefined, problem);
    });
  }
  app.notFound((c) =>
    failure(
      requestIdOf(c.req.raw),
      undefined,
      new HttpProblem(
        "not_found",
        `Nothing is served at ${new URL(c.req.url).pathname.slice(0, 200)}. The adapter serves ${[...allowed.keys()].join(", ")}.`,
      ),
    ),
  );
  app.onError((error, c) => failure(requestIdOf(c.req.raw), undefined, error));

  return {
    paths: resolved.paths,
    publisher: resolved.publisher,
    stateStore: resolved.stateStore,
    async fetch(request) {
      try {
        return await app.fetch(request);
      } catch (error) {
        return failure(nextRequestId(), undefined, error);
      }
    },
    async close() {
      await resolved.publisher.close?.();
      await resolved.stateStore.close?.();
    },
  };
}
