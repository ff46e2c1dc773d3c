/**
 * Against a real Kafka broker, only when KAFKA_BROKERS is set (host:port,...): no broker can run on the
 * machines this project is developed and tested on, so CI skips it. Run it where a broker exists:
 * `KAFKA_BROKERS=127.0.0.1:9092 pnpm --filter @ccaas/adapter-kit test test/kafka-broker.test.ts`.
 */
import { describe, expect, it } from "vitest";
import { createKafkaPublisher } from "../src/kafka/index";

const brokers = process.env.KAFKA_BROKERS?.split(",").filter(Boolean) ?? [];
if (brokers.length === 0)
  console.info("Skipping the real-broker Kafka test: KAFKA_BROKERS is not set (no broker can run here).");

describe.skipIf(brokers.length === 0)("Kafka publisher against a real broker", () => {
  it("publishes a record the consumer reads back with the key and headers", async () => {
    const { Admin, Consumer, stringDeserializers } = await import("@platformatic/kafka");
    const topic = `ccaas-adapter-kit-test-${Date.now()}`;
    const admin = new Admin({ clientId: "adapter-kit-test-admin", bootstrapBrokers: brokers });
    await admin.createTopics({ topics: [topic], partitions: 1, replicas: 1 });
    const publisher = createKafkaPublisher({ brokers, topic });
    const event = {
      eventId: crypto.randomUUID(),
      eventType: "PARTICIPANTCALLINITIATED" as const,
      eventTime: new Date().toISOString(),
      partnerId: "215fd887-39be-4935-981f-2670d6afeaa7",
      conversationId: crypto.randomUUID(),
      participant: { participantId: crypto.randomUUID(), userName: "testAgent", purpose: "agent" as const },
    };
    await publisher.publish(event);
    const consumer = new Consumer({
      clientId: "adapter-kit-test-consumer",
      groupId: `adapter-kit-test-${Date.now()}`,
      bootstrapBrokers: brokers,
      deserializers: stringDeserializers,
    });
    const stream = await consumer.consume({ topics: [topic], mode: "earliest" });
    try {
      for await (const message of stream) {
        expect(message.key).toBe(event.conversationId);
        expect(JSON.parse(message.value as string)).toEqual(event);
        const headers = Object.fromEntries(message.headers as Map<string, string>);
        expect(headers).toMatchObject({ eventType: "PARTICIPANTCALLINITIATED", eventId: event.eventId });
        break;
      }
    } finally {
      await stream.close();
      await consumer.close();
      await publisher.close();
      await admin.deleteTopics({ topics: [topic] });
      await admin.close();
    }
  }, 60_000);
});
