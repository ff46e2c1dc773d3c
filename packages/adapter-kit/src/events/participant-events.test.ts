import { messageSchemas } from "@ccaas/types/specs";
import { createMessageValidator } from "@ccaas/validation";
import { describe, expect, it } from "vitest";
import { buildParticipantEvents, defaultRemovedParticipants } from "./participant-events";

const messages = createMessageValidator(messageSchemas);
const partnerId = "215fd887-39be-4935-981f-2670d6afeaa7";
const author = { userName: "testAgent", participantId: "4a70a876-bf90-4360-92c3-0edd7463c691" };
const customer = "6e312815-2d32-409b-9c57-f9e79e7baf49";
const conversationId = "5a974dd7-475a-41c0-a027-bfdf09627b13";

describe("buildParticipantEvents", () => {
  it("builds events that match specs/messages/participant-events.yaml, with the seed's names", () => {
    const all = [
      ...buildParticipantEvents("accept", { conversationId, author }, { partnerId }),
      ...buildParticipantEvents(
        "end",
        { conversationId, author, participantId: customer, removeAllParticipants: true },
        { partnerId },
      ),
      ...(["hold", "resume", "mute", "unmute"] as const).flatMap((operation) =>
        buildParticipantEvents(operation, { conversationId, author, participantId: customer }, { partnerId }),
      ),
    ];
    expect(all.map((event) => event.eventType)).toEqual([
      "PARTICIPANTCALLINITIATED",
      "PARTICIPANTCALLCOMPLETED",
      "PARTICIPANTCALLCOMPLETED",
      "PARTICIPANTCALLHELD",
      "PARTICIPANTCALLRESUMED",
      "PARTICIPANTCALLMUTED",
      "PARTICIPANTCALLUNMUTED",
    ]);
    for (const event of all) expect(messages.validate("participant-events.yaml", event)).toEqual([]);
  });

  it("names the agent when the participant is the author's own", () => {
    const [mute] = buildParticipantEvents(
      "mute",
      { conversationId, author, participantId: author.participantId },
      { partnerId },
    );
    expect(mute?.participant).toEqual({
      participantId: author.participantId,
      userName: "testAgent",
      purpose: "agent",
    });
  });

  it("uses the injected id and clock", () => {
    const [event] = buildParticipantEvents(
      "accept",
      { conversationId, author },
      { partnerId, newId: () => "0b7c6d0e-3c1a-4a51-9d0e-8f6f2f1c2a01", now: () => new Date(0) },
    );
    expect(event).toMatchObject({
      eventId: "0b7c6d0e-3c1a-4a51-9d0e-8f6f2f1c2a01",
      eventTime: "1970-01-01T00:00:00.000Z",
    });
  });
});

describe("defaultRemovedParticipants", () => {
  it("is the participant alone, or the agent and the participant when everyone is removed", () => {
    const request = { conversationId, author, participantId: customer, removeAllParticipants: false };
    expect(defaultRemovedParticipants(request)).toEqual([{ participantId: customer }]);
    expect(
      defaultRemovedParticipants({ ...request, removeAllParticipants: true }).map((p) => p.participantId),
    ).toEqual([author.participantId, customer]);
    expect(
      defaultRemovedParticipants({
        ...request,
        participantId: author.participantId,
        removeAllParticipants: true,
      }),
    ).toHaveLength(1);
  });
});
