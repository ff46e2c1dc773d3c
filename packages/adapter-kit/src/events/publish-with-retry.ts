/**
 * Publishes events in order, retrying each one that failed with a retryable error: exponential backoff with
 * full jitter, a bounded number of attempts. When an event still fails the error is thrown (never swallowed)
 * and the events after it are not published, so a retry of the whole request resumes in order.
 */
import type { ParticipantEventMessage } from "@ccaas/types";
import { describeError, type SafeLogger } from "@ccaas/types";
import { PublishError } from "../errors/publish-error";
import type { EventPublisher } from "./event-publisher";

export interface PublishRetryOptions {
  /** Attempts per event, the first included. Default 3. */
  maxAttempts?: number;
  /** Backoff ceiling before the first retry, doubled each time. Default 50 ms. */
  baseDelayMs?: number;
  /** Largest backoff ceiling. Default 1 000 ms. */
  maxDelayMs?: number;
}

export type ResolvedPublishRetry = Required<PublishRetryOptions>;

export function resolvePublishRetry(options: PublishRetryOptions | undefined): ResolvedPublishRetry {
  const resolved = { maxAttempts: 3, baseDelayMs: 50, maxDelayMs: 1_000, ...options };
  for (const [key, value] of Object.entries(resolved)) {
    const minimum = key === "maxAttempts" ? 1 : 0;
    if (typeof value !== "number" || !Number.isFinite(value) || value < minimum) {
      throw new TypeError(`createVoiceAdapter: publishRetry.${key} must be a number, ${minimum} or more.`);
    }
  }
  return { ...resolved, maxAttempts: Math.floor(resolved.maxAttempts) };
}

function isRetryable(error: unknown): boolean {
  return PublishError.isInstance(error) ? error.isRetryable : true;
}

export function publishWithRetry(
  publisher: EventPublisher,
  events: readonly ParticipantEventMessage[],
  policy: ResolvedPublishRetry,
  log: SafeLogger,
  random: () => number = Math.random,
): Promise<void> {
  // One event (every accept) published at the first attempt: no retry loop around it.
  if (events.length === 1) {
    const [event] = events as [ParticipantEventMessage];
    const failed = (error: unknown) => retry(publisher, events, policy, log, random, { error });
    try {
      return publisher.publish(event).catch(failed);
    } catch (error) {
      return failed(error);
    }
  }
  return retry(publisher, events, policy, log, random, undefined);
}

/** Publishes `events` in order with retries; `first` holds the error of the first event's first attempt, if made. */
async function retry(
  publisher: EventPublisher,
  events: readonly ParticipantEventMessage[],
  policy: ResolvedPublishRetry,
  log: SafeLogger,
  random: () => number,
  first: { error: unknown } | undefined,
): Promise<void> {
  let pending = first;
  for (const event of events) {
    for (let attempt = 1; ; attempt += 1) {
      try {
        if (pending !== undefined) {
          const { error } = pending;
          pending = undefined;
          throw error;
        }
        await publisher.publish(event);
        break;
      } catch (error) {
        const last = attempt >= policy.maxAttempts || !isRetryable(error);
        log.warn?.(
          `publish ${event.eventType} ${event.eventId} attempt ${attempt}/${policy.maxAttempts} failed${last ? "" : ", retrying"}: ${describeError(error)}`,
        );
        if (last) throw error;
        const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
        await new Promise((resolve) => setTimeout(resolve, Math.round(random() * ceiling)));
      }
    }
  }
}
