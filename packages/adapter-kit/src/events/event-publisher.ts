import type { ParticipantEventMessage } from "@ccaas/types";

/**
 * Where an adapter's participant events go: Kafka in production (`@ccaas/adapter-kit/kafka`), the sandbox's
 * ingest endpoint in development (`createHttpPublisher`), memory in tests (`createInMemoryPublisher`, the
 * default).
 *
 * `publish` resolves once the event is durably accepted (for Kafka: acknowledged by all in-sync replicas) and
 * rejects otherwise, preferably with a `PublishError` saying whether another attempt may succeed. The adapter
 * retries, so a publisher need not; it must not resolve for an event it dropped.
 */
export interface EventPublisher {
  publish(event: ParticipantEventMessage): Promise<void>;
  /** Flushes and releases connections. */
  close?(): Promise<void>;
}
