/** The producer the publisher builds from its options (the module is replaced: no broker can run here). */
import { describe, expect, it, vi } from "vitest";

const constructed: unknown[] = [];
vi.mock("@platformatic/kafka", () => ({
  stringSerializers: { key: "string-serializers" },
  Producer: class {
    constructor(options: unknown) {
      constructed.push(options);
    }
    async send() {}
    async close() {}
  },
}));

const { createKafkaPublisher } = await import("./kafka-publisher");

describe("the producer createKafkaPublisher builds", () => {
  it("is idempotent with acks=all, string serializers, and passes TLS and SASL through", async () => {
    const publisher = createKafkaPublisher({
      brokers: ["kafka-1:9093", "kafka-2:9093"],
      clientId: "acme-adapter",
      tls: { servername: "kafka.acme.example" },
      sasl: { mechanism: "SCRAM-SHA-512", username: "adapter", password: "s3cret" },
    });
    await publisher.publish({
      eventId: "0b7c6d0e-3c1a-4a51-9d0e-8f6f2f1c2a01",
      eventType: "PARTICIPANTCALLHELD",
      eventTime: "2025-01-15T10:00:05.000Z",
      partnerId: "215fd887-39be-4935-981f-2670d6afeaa7",
      conversationId: "5a974dd7-475a-41c0-a027-bfdf09627b13",
      participant: { participantId: "6e312815-2d32-409b-9c57-f9e79e7baf49" },
    });
    expect(constructed).toEqual([
      expect.objectContaining({
        clientId: "acme-adapter",
        bootstrapBrokers: ["kafka-1:9093", "kafka-2:9093"],
        idempotent: true,
        acks: -1,
        serializers: { key: "string-serializers" },
        tls: { servername: "kafka.acme.example" },
        sasl: { mechanism: "SCRAM-SHA-512", username: "adapter", password: "s3cret" },
      }),
    ]);
  });

  it("tls: true uses the system's CAs", async () => {
    constructed.length = 0;
    const publisher = createKafkaPublisher({ brokers: ["kafka:9093"], tls: true });
    await publisher.publish({
      eventId: "0b7c6d0e-3c1a-4a51-9d0e-8f6f2f1c2a02",
      eventType: "PARTICIPANTCALLHELD",
      eventTime: "2025-01-15T10:00:05.000Z",
      partnerId: "215fd887-39be-4935-981f-2670d6afeaa7",
      conversationId: "5a974dd7-475a-41c0-a027-bfdf09627b13",
      participant: { participantId: "6e312815-2d32-409b-9c57-f9e79e7baf49" },
    });
    expect(constructed[0]).toMatchObject({ tls: {} });
  });
});
