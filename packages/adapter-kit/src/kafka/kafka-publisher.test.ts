import type { ParticipantEventMessage } from "@ccaas/types";
import { describe, expect, it, vi } from "vitest";
import { acceptBody, endBody, post } from "../../test/helpers/platform";
import { createTestAdapter } from "../../test/helpers/test-adapter";
import { PublishError } from "../errors/publish-error";
import { createKafkaPublisher, type KafkaProducerLike, type KafkaRecord } from "./kafka-publisher";

const event: ParticipantEventMessage = {
  eventId: "0b7c6d0e-3c1a-4a51-9d0e-8f6f2f1c2a01",
  eventType: "PARTICIPANTCALLINITIATED",
  eventTime: "2025-01-15T10:00:05.000Z",
  partnerId: "215fd887-39be-4935-981f-2670d6afeaa7",
  conversationId: "5a974dd7-475a-41c0-a027-bfdf09627b13",
  participant: {
    participantId: "4a70a876-bf90-4360-92c3-0edd7463c691",
    userName: "testAgent",
    purpose: "agent",
  },
  author: { userName: "testAgent", participantId: "4a70a876-bf90-4360-92c3-0edd7463c691" },
};

function fakeProducer(failures: Array<unknown> = []) {
  const sent: Array<{ messages: KafkaRecord[]; acks?: number }> = [];
  const producer: KafkaProducerLike & { closed: boolean } = {
    closed: false,
    async send(options) {
      const failure = failures.shift();
      if (failure !== undefined) throw failure;
      sent.push(options);
    },
    async close() {
      producer.closed = true;
    },
  };
  return { producer, sent };
}

describe("createKafkaPublisher", () => {
  it("produces one record on participant-events, keyed by conversationId, with eventType and eventId headers, acks=all", async () => {
    const { producer, sent } = fakeProducer();
    const publisher = createKafkaPublisher({ producer });
    await publisher.publish(event);
    expect(sent).toEqual([
      {
        acks: -1,
        messages: [
          {
            topic: "participant-events",
            key: event.conversationId,
            value: JSON.stringify(event),
            headers: { eventType: "PARTICIPANTCALLINITIATED", eventId: event.eventId },
          },
        ],
      },
    ]);
    expect(JSON.parse(sent[0]?.messages[0]?.value ?? "")).toEqual(event);
  });

  it("uses the configured topic and closes the producer", async () => {
    const { producer, sent } = fakeProducer();
    const publisher = createKafkaPublisher({ producer, topic: "acme.participant-events" });
    await publisher.publish(event);
    expect(sent[0]?.messages[0]?.topic).toBe("acme.participant-events");
    await publisher.close();
    expect(producer.closed).toBe(true);
  });

  it("wraps failures in PublishError: network errors are retryable, configuration and auth errors are not", async () => {
    const network = Object.assign(new Error("connect ECONNREFUSED"), { code: "PLT_KFK_NETWORK" });
    const auth = Object.assign(new Error("SASL failed"), { code: "PLT_KFK_AUTHENTICATION" });
    const { producer } = fakeProducer([network, auth]);
    const publisher = createKafkaPublisher({ producer });
    const first = await publisher.publish(event).catch((error: unknown) => error);
    expect(PublishError.isInstance(first) && first.isRetryable).toBe(true);
    const second = await publisher.publish(event).catch((error: unknown) => error);
    expect(PublishError.isInstance(second) && second.isRetryable).toBe(false);
  });

  it("fails an attempt that gets no acknowledgement in time, as retryable", async () => {
    const producer: KafkaProducerLike = { send: () => new Promise(() => {}), close: async () => {} };
    const publisher = createKafkaPublisher({ producer, publishTimeoutMs: 30 });
    const error = await publisher.publish(event).catch((caught: unknown) => caught);
    expect(PublishError.isInstance(error) && error.isRetryable).toBe(true);
  });

  it("needs brokers or a producer", () => {
    expect(() => createKafkaPublisher({})).toThrow(/brokers/);
  });

  it("through the adapter: a failing send is retried with the same record, then the request succeeds", async () => {
    const network = Object.assign(new Error("leader not available"), { code: "PLT_KFK_RESPONSE" });
    const { producer, sent } = fakeProducer([network, network]);
    const send = vi.spyOn(producer, "send");
    const { adapter, platform } = await createTestAdapter({ publisher: createKafkaPublisher({ producer }) });
    const response = await post(adapter, "/calls/accept", acceptBody(), await platform.agentToken());
    expect(response.status).toBe(200);
    expect(send).toHaveBeenCalledTimes(3);
    const values = send.mock.calls.map(([options]) => options.messages[0]?.value);
    expect(new Set(values).size).toBe(1);
    expect(sent).toHaveLength(1);
  });

  it("through the adapter: a send that keeps failing is an error answer", async () => {
    const network = Object.assign(new Error("broker down"), { code: "PLT_KFK_NETWORK" });
    const { producer } = fakeProducer([network, network, network]);
    const { adapter, platform } = await createTestAdapter({ publisher: createKafkaPublisher({ producer }) });
    const response = await post(adapter, "/calls/end", endBody(), await platform.agentToken());
    expect(response.status).toBe(502);
  });
});
