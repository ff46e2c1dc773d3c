/**
 * `createVoiceAdapter`: the partner's handlers plus options in, a web-standard fetch handler out (Hono inside),
 * so one adapter runs on Node (`serve`), Bun, Deno, Workers or Lambda.
 */

import { createRedactor, createSafeLogger } from "@ccaas/types";
import { messageSchemas, voiceAdapterDocument } from "@ccaas/types/specs";
import { createMessageValidator, createOpenApiValidator } from "@ccaas/validation";
import { Hono } from "hono";
import { cors } from "hono/cors";
import { createTokenVerifier } from "../auth/token-verifier";
import type { EventPublisher } from "../events/event-publisher";
import type { CallOperation } from "../events/participant-events";
import { createIdempotency } from "../state/idempotency";
import type { StateStore } from "../state/state-store";
import { fromWebRequest } from "./adapter-request";
import { createAnswers, toResponse } from "./answers";
import { createHandlerDeadlines } from "./handler-deadlines";
import type { VoiceAdapterHandlers } from "./handlers";
import { HttpProblem } from "./http-problem";
import { createNodeListener, type NodeRoute, nodeListenerKey } from "./node-listener";
import { createCallRoute, operationIds } from "./routes/call-route";
import type { RouteContext } from "./routes/route-context";
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
const exposedHeaders = ["X-Request-Id", "Retry-After", "Idempotent-Replayed"];

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
    deadlines: createHandlerDeadlines(resolved.handlerTimeoutMs),
    log,
    redact,
  };

  const answers = createAnswers(validator, resolved.validateResponses, log);
  const { failure, requestIdOf } = answers;

  // The kit's POST routes: served through Hono by `fetch`, and directly on Node by `serve` (same answers).
  const postRoutes = new Map<string, NodeRoute>();
  for (const operation of callOperations) {
    postRoutes.set(resolved.paths[operation], {
      operationId: operationIds[operation],
      operation: createCallRoute(route, operation, handlers),
    });
  }
  postRoutes.set(resolved.paths.token, {
    operationId: "createToken",
    operation: createTokenRoute(route, handlers),
  });

  const fail = (request: Request, error: unknown) =>
    toResponse(failure(requestIdOf(request.headers.get("x-request-id")), undefined, error));

  const corsOrigins = new Set(resolved.corsOrigins);
  const corsExposed = exposedHeaders.join(",");
  /** What hono/cors adds to an answer (not a preflight), for the Node path. */
  const corsHeaders = (origin: string | null): Record<string, string> => {
    if (corsOrigins.size === 0) return {};
    const headers: Record<string, string> = { "access-control-expose-headers": corsExposed, vary: "Origin" };
    if (origin !== null && corsOrigins.has(origin)) headers["access-control-allow-origin"] = origin;
    return headers;
  };

  const app = new Hono();
  if (resolved.corsOrigins.length > 0) {
    app.use(
      "*",
      cors({
        origin: resolved.corsOrigins,
        allowMethods: ["GET", "POST", "OPTIONS"],
        allowHeaders: ["Authorization", "Content-Type", "Idempotency-Key", "X-Request-Id"],
        exposeHeaders: exposedHeaders,
        maxAge: resolved.corsMaxAge,
      }),
    );
  }

  app.get(resolved.paths.health, (c) =>
    toResponse(
      answers.respond(requestIdOf(c.req.header("x-request-id")), "getHealth", {
        status: 200,
        body: { status: "ok" },
      }),
    ),
  );
  for (const [path, { operationId, operation }] of postRoutes) {
    app.post(path, async (c) =>
      toResponse(await answers.serve(operationId, operation, fromWebRequest(c.req.raw))),
    );
  }
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
      return toResponse(failure(requestIdOf(c.req.header("x-request-id")), undefined, problem));
    });
  }
  app.notFound((c) =>
    fail(
      c.req.raw,
      new HttpProblem(
        "not_found",
        `Nothing is served at ${new URL(c.req.url).pathname.slice(0, 200)}. The adapter serves ${[...allowed.keys()].join(", ")}.`,
      ),
    ),
  );
  app.onError((error, c) => fail(c.req.raw, error));

  const nodeListener = createNodeListener({
    routes: postRoutes,
    maxBodyBytes: resolved.maxBodyBytes,
    answers,
    corsHeaders,
  });

  const adapter: VoiceAdapter = {
    paths: resolved.paths,
    publisher: resolved.publisher,
    stateStore: resolved.stateStore,
    async fetch(request) {
      try {
        return await app.fetch(request);
      } catch (error) {
        return toResponse(failure(requestIdOf(null), undefined, error));
      }
    },
    async close() {
      await resolved.publisher.close?.();
      await resolved.stateStore.close?.();
    },
  };
  // `serve`'s direct path on Node, kept off the public type (it names node:http types other runtimes lack)
  // and non-enumerable (a copy of the adapter is a plain fetch handler, served through Hono).
  Object.defineProperty(adapter, nodeListenerKey, { value: nodeListener });
  return adapter;
}
