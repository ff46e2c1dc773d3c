import type { ParticipantEventMessage } from "@ccaas/types";
import { describe, expect, it } from "vitest";
import { PublishError } from "../errors/publish-error";
import { createHttpPublisher } from "./http-publisher";

const event = {
  eventId: "0b7c6d0e-3c1a-4a51-9d0e-8f6f2f1c2a01",
  eventType: "PARTICIPANTCALLCOMPLETED",
  eventTime: "2025-01-15T10:00:05.000Z",
  partnerId: "215fd887-39be-4935-981f-2670d6afeaa7",
  conversationId: "5a974dd7-475a-41c0-a027-bfdf09627b13",
  participant: { participantId: "4a70a876-bf90-4360-92c3-0edd7463c691" },
} satisfies ParticipantEventMessage;

function publisherAnswering(status: number | Error, seen: Request[] = []) {
  return createHttpPublisher({
    platformBaseUrl: "http://127.0.0.1:4700/",
    fetch: async (request) => {
      seen.push(request);
      if (status instanceof Error) throw status;
      return new Response(JSON.stringify({ eventId: event.eventId, outcome: "applied" }), { status });
    },
  });
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.catch((caught: unknown) => caught);
  expect(PublishError.isInstance(error)).toBe(true);
  return error as PublishError;
}

describe("createHttpPublisher", () => {
  it("posts the event as JSON to /ingest/participant-events and takes 202", async () => {
    const seen: Request[] = [];
    await publisherAnswering(202, seen).publish(event);
    expect(seen[0]?.url).toBe("http://127.0.0.1:4700/ingest/participant-events");
    expect(seen[0]?.method).toBe("POST");
    expect(seen[0]?.headers.get("content-type")).toBe("application/json");
    expect(await seen[0]?.json()).toEqual(event);
  });

  it("says which failures another attempt may fix", async () => {
    expect((await failure(publisherAnswering(503).publish(event))).isRetryable).toBe(true);
    expect(
      (await failure(publisherAnswering(new TypeError("fetch failed")).publish(event))).isRetryable,
    ).toBe(true);
    const refused = await failure(publisherAnswering(400).publish(event));
    expect(refused.isRetryable).toBe(false);
    expect(refused.status).toBe(400);
    expect(
      (await failure(publisherAnswering(409).publish({ ...event, eventType: "PARTICIPANTCALLHELD" })))
        .isRetryable,
    ).toBe(false);
  });

  it("treats 409 on PARTICIPANTCALLCOMPLETED as delivered: the participant has already left", async () => {
    await expect(publisherAnswering(409).publish(event)).resolves.toBeUndefined();
  });

  it("needs a URL", () => {
    expect(() => createHttpPublisher({})).toThrow(/platformBaseUrl/);
    expect(() => createHttpPublisher({ url: "ftp://x" })).toThrow(/http/);
  });
});
