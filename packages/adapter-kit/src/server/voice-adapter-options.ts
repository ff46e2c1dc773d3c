import type { Logger } from "@ccaas/types";
import { ValidationError } from "@ccaas/types";
import {
  type ResolvedAuthOptions,
  resolveAuthOptions,
  type VoiceAdapterAuthOptions,
} from "../auth/auth-options";
import type { EventPublisher } from "../events/event-publisher";
import { createInMemoryPublisher } from "../events/in-memory-publisher";
import {
  type PublishRetryOptions,
  type ResolvedPublishRetry,
  resolvePublishRetry,
} from "../events/publish-with-retry";
import { createInMemoryStateStore } from "../state/in-memory-state-store";
import type { StateStore } from "../state/state-store";

/** The routes an adapter serves; each has a default path, changeable with `paths`. */
export type VoiceAdapterRoute = "accept" | "end" | "hold" | "resume" | "mute" | "unmute" | "token" | "health";

/** The default paths (specs/voice-adapter.yaml). Register these under your base URL, or your own `paths`. */
export const defaultPaths: Readonly<Record<VoiceAdapterRoute, string>> = {
  accept: "/calls/accept",
  end: "/calls/end",
  hold: "/calls/hold",
  resume: "/calls/resume",
  mute: "/calls/mute",
  unmute: "/calls/unmute",
  token: "/token",
  health: "/health",
};

export type FetchHandler = (request: Request) => Response | Promise<Response>;

export interface VoiceAdapterOptions {
  /** Your CCaaS partner id (a UUID): every event carries it, and agent JWTs of other partners are refused. */
  partnerId: string;
  /** How callers prove who they are: the platform's agent JWTs and the adapter's own tokens. */
  auth: VoiceAdapterAuthOptions;
  /** Where participant events go. Default: in memory (nothing leaves the process; for tests and demos). */
  publisher?: EventPublisher;
  /** Idempotency records. Default: in memory (one instance); `@ccaas/adapter-kit/redis` for several. */
  stateStore?: StateStore;
  /** Paths to serve the operations at, when not the defaults (`/calls/accept`, ..., `/token`, `/health`). */
  paths?: Partial<Record<VoiceAdapterRoute, string>>;
  /**
   * Browser origins allowed to call the adapter (the softphone's, e.g. `https://agent.example.com`). Exact
   * origins only; without it no CORS headers are sent and browsers on other origins are refused.
   */
  cors?: { origins: readonly string[]; maxAgeSeconds?: number };
  /** Largest request body accepted, in bytes. Default 16 KiB (the documented bodies are a few hundred bytes). */
  maxBodyBytes?: number;
  /**
   * A repeated request (same operation and body, or the same `Idempotency-Key`) within `windowMs` (default
   * 60 s) gets the first answer and publishes nothing. `leaseMs` (default 30 s) bounds how long a repeat waits
   * for the first one still running.
   */
  idempotency?: { windowMs?: number; leaseMs?: number };
  /** Retries of a failed publish. Default: 3 attempts per event. */
  publishRetry?: PublishRetryOptions;
  /** A handler still running after this many milliseconds fails the request (502). Default 10 000. */
  handlerTimeoutMs?: number;
  /**
   * Check every response and every published event against the spec too (tests, development); a violation
   * becomes a 500. Default false: requests are always validated, answers and events are built to the spec.
   */
  validateResponses?: boolean;
  /** More fetch handlers to serve, by exact path (for example a webhook handler from `@ccaas/adapter-kit/webhooks`). */
  routes?: Readonly<Record<string, FetchHandler>>;
  /** Where diagnostics go (`console` works). Silent by default; tokens and secrets are redacted. */
  logger?: Partial<Logger>;
}

export interface ResolvedOptions {
  partnerId: string;
  auth: ResolvedAuthOptions;
  publisher: EventPublisher;
  defaultPublisher: boolean;
  stateStore: StateStore;
  paths: Record<VoiceAdapterRoute, string>;
  corsOrigins: string[];
  corsMaxAge: number;
  maxBodyBytes: number;
  windowMs: number;
  leaseMs: number;
  publishRetry: ResolvedPublishRetry;
  handlerTimeoutMs: number;
  validateResponses: boolean;
  routes: Record<string, FetchHandler>;
  logger: Partial<Logger> | undefined;
}

const context = "createVoiceAdapter";
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function invalid(path: string, message: string): never {
  throw new ValidationError(`${context}: ${path} ${message}`, { issues: [{ path, message }] });
}

function positive(value: unknown, path: string, fallback: number): number {
  const resolved = value ?? fallback;
  if (typeof resolved !== "number" || !Number.isFinite(resolved) || resolved <= 0)
    invalid(path, "must be a positive number.");
  return resolved;
}

function origin(text: unknown, index: number): string {
  const path = `cors.origins[${index}]`;
  if (text === "*") invalid(path, 'must be an exact origin: "*" would let any web page control calls.');
  try {
    const url = new URL(String(text));
    if (url.origin === "null" || `${url.origin}` !== String(text).replace(/\/$/, "")) throw new Error();
    return url.origin;
  } catch {
    return invalid(path, `must be an origin such as https://agent.example.com, got ${JSON.stringify(text)}.`);
  }
}

export function resolveOptions(options: VoiceAdapterOptions): ResolvedOptions {
  if (typeof options !== "object" || options === null) invalid("options", "must be an object.");
  if (typeof options.partnerId !== "string" || !uuid.test(options.partnerId)) {
    invalid("partnerId", "must be your CCaaS partner id (a UUID).");
  }
  const paths = { ...defaultPaths };
  for (const [route, path] of Object.entries(options.paths ?? {})) {
    if (!(route in defaultPaths))
      invalid(`paths.${route}`, `is not a route; routes are ${Object.keys(defaultPaths).join(", ")}.`);
    if (typeof path !== "string" || !path.startsWith("/"))
      invalid(`paths.${route}`, 'must be a path starting with "/".');
    paths[route as VoiceAdapterRoute] = path;
  }
  const routes = { ...options.routes };
  const seen = new Set<string>();
  for (const path of [...Object.values(paths), ...Object.keys(routes)]) {
    if (seen.has(path)) invalid("paths", `serve ${path} twice; give each route its own path.`);
    seen.add(path);
  }
  for (const [path, handler] of Object.entries(routes)) {
    if (!path.startsWith("/") || typeof handler !== "function")
      invalid(`routes["${path}"]`, "must map a path to a fetch handler.");
  }
  const origins = options.cors?.origins ?? [];
  if (!Array.isArray(origins)) invalid("cors.origins", "must be an array of origins.");
  return {
    partnerId: options.partnerId.toLowerCase(),
    auth: resolveAuthOptions(options.auth),
    publisher: options.publisher ?? createInMemoryPublisher(),
    defaultPublisher: options.publisher === undefined,
    stateStore: options.stateStore ?? createInMemoryStateStore(),
    paths,
    corsOrigins: origins.map(origin),
    corsMaxAge: positive(options.cors?.maxAgeSeconds, "cors.maxAgeSeconds", 600),
    maxBodyBytes: positive(options.maxBodyBytes, "maxBodyBytes", 16 * 1024),
    windowMs: positive(options.idempotency?.windowMs, "idempotency.windowMs", 60_000),
    leaseMs: positive(options.idempotency?.leaseMs, "idempotency.leaseMs", 30_000),
    publishRetry: resolvePublishRetry(options.publishRetry),
    handlerTimeoutMs: positive(options.handlerTimeoutMs, "handlerTimeoutMs", 10_000),
    validateResponses: options.validateResponses ?? false,
    routes,
    logger: options.logger,
  };
}
