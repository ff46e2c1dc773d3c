import { randomUUID } from "node:crypto";
import type { ConversationWebhookEvent, WebhookDelivery } from "@ccaas/types";
import type { OpenApiValidator } from "@ccaas/validation";
import { summarizeIssues } from "@ccaas/validation";
import type { ConversationChange } from "../conversations/conversation-engine";
import type { SandboxCore } from "../create-sandbox";
import { webhookHeaders } from "./standard-webhooks";
import { webhookEventFor, webhookOperationIds } from "./webhook-events";

/** The spec: "any 2xx answer within 15 seconds" acknowledges a delivery. */
const answerTimeoutMs = 15_000;
const maxRecords = 10_000;

function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === "TimeoutError") return `no answer within ${answerTimeoutMs / 1000} s`;
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return cause?.code ?? cause?.message ?? error.message;
}

/** The URL as recorded: credentials in a webhook URL's userinfo are secrets, so they are dropped. */
function redacted(raw: string): string {
  try {
    const url = new URL(raw);
    url.username = "";
    url.password = "";
    return url.toString();
  } catch {
    return raw;
  }
}

/**
 * Conversation webhooks: follows the engine's changes, turns them into the spec's webhook bodies (validated
 * against partner-api.yaml's `webhooks` before sending), and POSTs each to every channel subscribed to its
 * type, signed per Standard Webhooks. A non-2xx answer, a timeout or a network error is retried with
 * exponential backoff (`initialBackoffMs`, doubling, up to `maxAttempts` attempts) under the same
 * `webhook-id`, re-signed with a fresh timestamp. Every attempt is recorded.
 */
export class WebhookDispatcher {
  readonly #core: SandboxCore;
  readonly #validator: OpenApiValidator;
  readonly #records: WebhookDelivery[] = [];
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  readonly #inFlight = new Set<AbortController>();
  #closed = false;
  // Deferred so a slow or failing receiver never runs inside the request that changed the conversation.
  readonly #onChange = (change: ConversationChange) => queueMicrotask(() => this.#dispatch(change));

  constructor(core: SandboxCore, validator: OpenApiValidator) {
    this.#core = core;
    this.#validator = validator;
    core.engine.on("change", this.#onChange);
  }

  /** Every delivery attempt, oldest first, optionally for one channel. */
  deliveries(channelId?: string): WebhookDelivery[] {
    const wanted = channelId?.toLowerCase();
    return this.#records
      .filter((record) => wanted === undefined || record.channelId === wanted)
      .map((record) => ({ ...record }));
  }

  /** Stops following the engine, cancels pending retries and aborts deliveries in flight. */
  close(): void {
    this.#closed = true;
    this.#core.engine.off("change", this.#onChange);
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    for (const controller of this.#inFlight) controller.abort();
    this.#inFlight.clear();
  }

  #dispatch(change: ConversationChange): void {
    if (this.#closed) return;
    const event = webhookEventFor(change, this.#core.partner.partnerId);
    if (!event) return;
    const channels = [...this.#core.partner.channels.values()].filter((stored) =>
      stored.channel.events.includes(event.type),
    );
    if (channels.length === 0) return;
    if (!this.#conforms(event, channels[0]?.webhookSecret ?? "whsec_AAAA")) return;
    // Serialised once: every attempt to every channel sends the same bytes.
    const body = JSON.stringify(event);
    for (const stored of channels) void this.#attempt(stored.channel.id, event, body, 1);
  }

  /** Checks the body and headers against the spec's webhook; a violation is the sandbox's bug, reported loudly. */
  #conforms(event: ConversationWebhookEvent, secret: string): boolean {
    const body = JSON.stringify(event);
    const headers = { "content-type": "application/json", ...webhookHeaders(secret, event.id, body) };
    const issues = this.#validator.validateRequest(webhookOperationIds[event.type], {
      hasBody: true,
      body: event,
      headers,
    });
    if (issues.length === 0) return true;
    try {
      this.#core.violations.report(`webhook ${event.type}: ${summarizeIssues(issues)}`);
    } catch {
      // In "throw" mode report() throws for the HTTP layer; here it is recorded and the webhook is not sent.
    }
    return false;
  }

  async #attempt(
    channelId: string,
    event: ConversationWebhookEvent,
    body: string,
    attempt: number,
  ): Promise<void> {
    const stored = this.#core.partner.channels.get(channelId);
    // A channel deleted meanwhile gets nothing more, as the spec says of deleteChannel.
    if (!stored || this.#closed) return;
    const url = stored.channel.webhook_url;
    const headers = {
      "content-type": "application/json",
      "user-agent": "ccaas-sandbox-webhooks",
      ...webhookHeaders(stored.webhookSecret, event.id, body),
    };
    const controller = new AbortController();
    this.#inFlight.add(controller);
    const attemptedAt = new Date().toISOString();
    const started = performance.now();
    let responseStatus: number | null = null;
    let error: string | undefined;
    try {
      // globalThis.fetch at call time, so an msw server in a test sees the delivery too.
      const response = await globalThis.fetch(url, {
        method: "POST",
        headers,
        body,
        redirect: "manual",
        signal: AbortSignal.any([controller.signal, AbortSignal.timeout(answerTimeoutMs)]),
      });
      responseStatus = response.status;
      await response.body?.cancel().catch(() => undefined);
    } catch (failure) {
      error = describeFailure(failure);
    } finally {
      this.#inFlight.delete(controller);
    }
    const delivered = responseStatus !== null && responseStatus >= 200 && responseStatus < 300;
    const { maxAttempts, initialBackoffMs } = this.#core.options.webhooks;
    const willRetry =
      !delivered && !this.#closed && attempt < maxAttempts && this.#core.partner.channels.has(channelId);
    this.#record({
      id: randomUUID(),
      webhookId: event.id,
      channelId,
      eventType: event.type,
      url: redacted(url),
      attempt,
      attemptedAt,
      outcome: delivered ? "delivered" : "failed",
      responseStatus,
      ...(error !== undefined ? { error } : {}),
      durationMs: Math.max(0, Math.round((performance.now() - started) * 100) / 100),
      willRetry,
    });
    if (!willRetry) return;
    const timer = setTimeout(
      () => {
        this.#timers.delete(timer);
        void this.#attempt(channelId, event, body, attempt + 1);
      },
      initialBackoffMs * 2 ** (attempt - 1),
    );
    this.#timers.add(timer);
  }

  #record(record: WebhookDelivery): void {
    this.#records.push(record);
    if (this.#records.length > maxRecords) this.#records.splice(0, this.#records.length - maxRecords);
  }
}
