import { messageSchemas } from "@ccaas/types/specs";
import { describe, expect, it } from "vitest";
import { createMessageValidator } from "../src/index";

const messages = createMessageValidator(messageSchemas);
const event = {
  eventId: "0b9f3c1e-5f2a-4c8e-9d1b-7a6e5f4d3c2b",
  eventType: "PARTICIPANTCALLINITIATED",
  eventTime: "2026-11-22T13:40:00Z",
  partnerId: "215fd887-39be-4935-981f-2670d6afeaa7",
  conversationId: "5a974dd7-475a-41c0-a027-bfdf09627b13",
  participant: { participantId: "4a70a876-bf90-4360-92c3-0edd7463c691" },
};

describe("createMessageValidator", () => {
  it("validates against a file's messages or one definition, following cross-file refs", () => {
    expect(messages.validate("participant-events.yaml", event)).toEqual([]);
    expect(messages.validate("participant-events.yaml#/$defs/ParticipantCallInitiatedEvent", event)).toEqual(
      [],
    );
    const station = {
      type: "stationEvent",
      station: {
        id: "0f2b6c1e-8a43-4c1f-9d7e-2b1f5c3a9e10",
        name: "testAgent's WebRTC phone",
        userId: "9b1d2c3e-4f50-4a6b-8c7d-0e1f2a3b4c5d",
        webRtcCallAppearances: 3,
        webRtcPersistentEnabled: true,
      },
    };
    expect(messages.validate("softphone-signaling.yaml#/$defs/StationEventMessage", station)).toContainEqual({
      path: "/station/webRtcCallAppearances",
      message: "must be one of: 1, 100",
    });
  });

  it("rejects an event type that does not exist", () => {
    expect(
      messages.validate("participant-events.yaml", { ...event, eventType: "PARTICIPANTCALLSTARTED" }),
    ).not.toEqual([]);
  });

  it("says which schema names exist when given an unknown one", () => {
    expect(() => messages.validate("nope.yaml", {})).toThrow(/Unknown message schema "nope.yaml"/);
  });
});
