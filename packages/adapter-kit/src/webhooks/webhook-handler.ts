/**
 * `createWebhookHandler`: a fetch handler for the platform's conversation webhooks. It verifies the signature
 * on the raw body, refuses stale or future timestamps, processes each `webhook-id` once (through a
 * `StateStore`, shared between instances with Redis), and hands typed events to the partner's handlers.
 *
 * Answers: 204 processed; 200 a replay of a delivery already processed (acknowledged so the platform stops
 * retrying, the handler is not called again); 401 bad signature or timestamp; 400 a signed body that breaks
 * the schema; 409 the same delivery is being processed right now; 500 the handler threw or the state store is
 * down (the platform retries later).
 */
import type { ConversationWebhookEvent, WebhookEventType } from "@ccaas/types";
import { createSafeLogger, describeError, type Logger } from "@ccaas/types";
import { StateStoreError } from "../errors/state-store-error";
import { readBody } from "../server/request-body";
import { createInMemoryStateStore } from "../state/in-memory-state-store";
import type { StateStore } from "../state/state-store";
import { verifyWebhook } from "./verify-webhook";
import { WebhookVerificationError } from "./webhook-verification-error";

type Awaitable<T> = T | Promise<T>;

export interface WebhookContext {
  /** `webhook-id`, the same on every retry of this delivery. */
  webhookId: string;
  /** When the platform signed this delivery attempt. */
  timestamp: Date;
}

/** One optional handler per event type, each receiving its own event type. */
export type WebhookEventHandlers = {
  [Type in WebhookEventType]?: (
    event: Extract<ConversationWebhookEvent, { type: Type }>,
    context: WebhookContext,
  ) => Awaitable<void>;
};

export interface WebhookHandlerOptions {
  /** The channel's `webhook_secret` (`whsec_...`), or several while you rotate it. */
  secret: string | readonly string[];
  /** Called for every new, verified event (after the per-type handler in `on`, if any). Throw to have it redelivered. */
  onEvent?: (event: ConversationWebhookEvent, context: WebhookContext) => Awaitable<void>;
  /** Handlers per event type. */
  on?: WebhookEventHandlers;
  /** Where processed `webhook-id`s are remembered. Default: in memory; pass the Redis store when running several instances. */
  stateStore?: StateStore;
  /** Largest accepted distance between `webhook-timestamp` and now, either way. Default 300 s. */
  toleranceSeconds?: number;
  /** The clock, in milliseconds since the epoch. Default `Date.now`. */
  now?: () => number;
  /** Largest accepted body. Default 1 MiB. */
  maxBodyBytes?: number;
  logger?: Partial<Logger>;
}

function answer(status: number, body?: unknown): Response {
  return body === undefined
    ? new Response(null, { status })
    : new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

const problem = (status: number, code: string, message: string) => answer(status, { code, message });

/** The raw body (signatures cover its exact bytes), or undefined past the limit. */
async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array | undefined> {
  try {
    return await readBody(request, maxBytes);
  } catch {
    return undefined;
  }
}

export function createWebhookHandler(
  options: WebhookHandlerOptions,
): (request: Request) => Promise<Response> {
  const secrets = typeof options.secret === "string" ? [options.secret] : [...(options.secret ?? [])];
  if (secrets.length === 0 || secrets.some((secret) => typeof secret !== "string" || secret.length < 8)) {
    throw new TypeError(
      "createWebhookHandler: secret must be the channel's webhook_secret (whsec_...), or a list of them.",
    );
  }
  const store = options.stateStore ?? createInMemoryStateStore();
  const tolerance = options.toleranceSeconds ?? 300;
  const now = options.now ?? Date.now;
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const log = createSafeLogger(options.logger, secrets);
  // A delivery can verify for `tolerance` seconds either side of its timestamp: remember its id that long, and more.
  const rememberMs = (2 * tolerance + 60) * 1000;
  const leaseMs = 30_000;

  return async (request) => {
    if (request.method !== "POST")
      return problem(
        405,
        "method_not_allowed",
        `${request.method} is not allowed; the platform POSTs webhooks.`,
      );
    const body = await readLimited(request, maxBodyBytes);
    if (body === undefined)
      return problem(413, "payload_too_large", `The webhook body exceeds ${maxBodyBytes} bytes.`);
    let verified: Awaited<ReturnType<typeof verifyWebhook>>;
    try {
      verified = await verifyWebhook(body, request.headers, {
        secret: secrets,
        toleranceSeconds: tolerance,
        now,
      });
    } catch (error) {
      if (!WebhookVerificationError.isInstance(error)) throw error;
      log.warn?.(`webhook refused: ${error.message}`);
      return error.reason === "invalid_body"
        ? problem(400, "validation_failed", error.message)
        : problem(401, "unauthorized", error.message);
    }
    const { id, event } = verified;
    if (event === undefined) return answer(204);
    const key = `webhook:${id}`;
    try {
      if (!(await store.setIfAbsent(key, "processing", leaseMs))) {
        const state = await store.get(key);
        if (state === "done") return answer(200, { status: "duplicate" });
        return problem(409, "conflict", "This delivery is being processed; retry later.");
      }
    } catch (error) {
      log.error?.(`webhook ${id}: state store failed: ${describeError(error)}`);
      return problem(500, "internal_error", "The replay check is unavailable; retry later.");
    }
    const context: WebhookContext = { webhookId: id, timestamp: new Date(verified.timestamp * 1000) };
    try {
      const typed = options.on?.[event.type] as
        | ((event: ConversationWebhookEvent, context: WebhookContext) => Awaitable<void>)
        | undefined;
      await typed?.(event, context);
      await options.onEvent?.(event, context);
    } catch (error) {
      log.error?.(`webhook ${id} (${event.type}): handler failed: ${describeError(error)}`);
      await store.delete(key).catch(() => {});
      return problem(500, "internal_error", "The handler failed; the platform will deliver the event again.");
    }
    await store.set(key, "done", rememberMs).catch((error: unknown) => {
      const kind = StateStoreError.isInstance(error) ? "state store unavailable" : describeError(error);
      log.warn?.(
        `webhook ${id}: processed but not remembered (${kind}); a replay within the lease is still refused.`,
      );
    });
    return answer(204);
  };
}
