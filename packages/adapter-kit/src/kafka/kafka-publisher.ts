/**
 * Publishes participant events to Kafka with `@platformatic/kafka` (an optional peer dependency, loaded on
 * first use): an idempotent producer with acks=all, one record per event on `participant-events`, keyed by
 * `conversationId` (one partition per conversation, so its events stay in order), with the `eventType` and
 * `eventId` headers (specs/messages/participant-events.yaml).
 */
import type { ConnectionOptions as TlsOptions } from "node:tls";
import type { ParticipantEventMessage } from "@ccaas/types";
import { PublishError } from "../errors/publish-error";
import type { EventPublisher } from "../events/event-publisher";

/** One record as the kit produces it: strings throughout. */
export interface KafkaRecord {
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** What the publisher needs of a producer; `@platformatic/kafka`'s `Producer` with string serializers fits. */
export interface KafkaProducerLike {
  send(options: { messages: KafkaRecord[]; acks?: number }): Promise<unknown>;
  close(force?: boolean): Promise<void>;
}

export interface KafkaSaslOptions {
  mechanism: "PLAIN" | "SCRAM-SHA-256" | "SCRAM-SHA-512";
  username: string;
  /** Never logged. */
  password: string;
}

export interface KafkaPublisherOptions {
  /** Bootstrap brokers, `host:port`. Required unless `producer` is given. */
  brokers?: readonly string[];
  /** Default `participant-events`. */
  topic?: string;
  /** Default `ccaas-voice-adapter`. */
  clientId?: string;
  /** TLS: `true` for the system's CAs, or Node's TLS options (ca, cert, key, servername, ...). */
  tls?: boolean | TlsOptions;
  sasl?: KafkaSaslOptions;
  /** Time limit of each broker request. Default 10 000 ms. */
  requestTimeoutMs?: number;
  /**
   * Time limit of one `publish`, connecting included. Default 10 000 ms. Past it the attempt fails (retryable)
   * and the producer is rebuilt: the client can otherwise wait forever for a broker that is down.
   */
  publishTimeoutMs?: number;
  /** A producer you made yourself (or a test double) instead of the one built from the options above. */
  producer?: KafkaProducerLike;
}

export interface KafkaPublisher extends EventPublisher {
  readonly topic: string;
  close(): Promise<void>;
}

/** `acks=all`: the record is on every in-sync replica before `publish` resolves. */
const acksAll = -1;
/** Errors another attempt cannot fix: bad configuration, refused credentials, unsupported broker features. */
const permanentCodes = new Set([
  "PLT_KFK_USER",
  "PLT_KFK_AUTHENTICATION",
  "PLT_KFK_UNSUPPORTED",
  "PLT_KFK_UNSUPPORTED_API",
  "PLT_KFK_UNSUPPORTED_COMPRESSION",
  "PLT_KFK_UNSUPPORTED_FORMAT",
]);

export function toKafkaRecord(event: ParticipantEventMessage, topic: string): KafkaRecord {
  return {
    topic,
    key: event.conversationId,
    value: JSON.stringify(event),
    headers: { eventType: event.eventType, eventId: event.eventId },
  };
}

async function createProducer(options: KafkaPublisherOptions): Promise<KafkaProducerLike> {
  const brokers = options.brokers ?? [];
  if (brokers.length === 0)
    throw new TypeError("createKafkaPublisher: brokers is required (host:port, ...).");
  let kafka: typeof import("@platformatic/kafka");
  try {
    kafka = await import("@platformatic/kafka");
  } catch (cause) {
    throw new PublishError(
      "The Kafka publisher needs @platformatic/kafka: install it next to @ccaas/adapter-kit.",
      {
        isRetryable: false,
        cause,
      },
    );
  }
  const tls = options.tls === true ? {} : options.tls || undefined;
  return new kafka.Producer({
    clientId: options.clientId ?? "ccaas-voice-adapter",
    bootstrapBrokers: [...brokers],
    idempotent: true,
    acks: acksAll,
    serializers: kafka.stringSerializers,
    requestTimeout: options.requestTimeoutMs ?? 10_000,
    ...(tls ? { tls } : {}),
    ...(options.sasl ? { sasl: { ...options.sasl } } : {}),
  }) as unknown as KafkaProducerLike;
}

/** Creates the Kafka publisher; the connection is made on the first `publish`. */
export function createKafkaPublisher(options: KafkaPublisherOptions): KafkaPublisher {
  const topic = options.topic ?? "participant-events";
  if (options.producer === undefined && (options.brokers ?? []).length === 0) {
    throw new TypeError("createKafkaPublisher: pass brokers (host:port, ...) or a producer.");
  }
  const timeoutMs = options.publishTimeoutMs ?? 10_000;
  let producer: Promise<KafkaProducerLike> | undefined =
    options.producer && Promise.resolve(options.producer);
  return {
    topic,
    async publish(event) {
      if (producer === undefined) {
        producer = createProducer(options).catch((error: unknown) => {
          producer = undefined;
          throw error;
        });
      }
      const current = producer;
      const client = await current;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          if (options.producer === undefined && producer === current) {
            // Start afresh on the next attempt: a client stuck on a broker that is down may never settle.
            producer = undefined;
            client.close(true).catch(() => {});
          }
          reject(new Error(`no acknowledgement within ${timeoutMs} ms`));
        }, timeoutMs);
      });
      try {
        await Promise.race([
          client.send({ messages: [toKafkaRecord(event, topic)], acks: acksAll }),
          timeout,
        ]);
      } catch (cause) {
        const code = (cause as { code?: unknown } | undefined)?.code;
        throw new PublishError(`Kafka did not take ${event.eventType} ${event.eventId} on ${topic}.`, {
          isRetryable: !(typeof code === "string" && permanentCodes.has(code)),
          cause,
        });
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      const current = producer;
      producer = undefined;
      if (current) await (await current.catch(() => undefined))?.close();
    },
  };
}
