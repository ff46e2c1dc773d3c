/** The generated types hold the specs' shapes: wrong field names, missing fields and bad enum values do not compile. */
import { describe, expectTypeOf, it } from "vitest";
import type {
  AcceptCallRequest,
  CallCreateRequest,
  CreateVoiceProviderRequest,
  ParticipantEventMessage,
  SoftphoneServerMessage,
  StartSoftphoneSessionParams,
  VoiceCallState,
} from "./index";

describe("generated types", () => {
  it("voice provider bodies are snake_case as in the seed", () => {
    const body: CreateVoiceProviderRequest = {
      name: "acme-voice",
      accept_call_url: "https://adapter.example/calls/accept",
      end_call_url: "https://adapter.example/calls/end",
      hold_call_url: "https://adapter.example/calls/hold",
      resume_call_url: "https://adapter.example/calls/resume",
      mute_call_url: "https://adapter.example/calls/mute",
      unmute_call_url: "https://adapter.example/calls/unmute",
      access_token_url: "https://adapter.example/token",
    };
    expectTypeOf(body.accept_call_url).toEqualTypeOf<string>();
    // @ts-expect-error camelCase is not the wire format
    const wrongCase: CreateVoiceProviderRequest = { ...body, acceptCallUrl: "https://adapter.example" };
    // @ts-expect-error access_token_url is required
    const missing: CreateVoiceProviderRequest = {
      name: "x",
      accept_call_url: "",
      end_call_url: "",
      hold_call_url: "",
      resume_call_url: "",
      mute_call_url: "",
      unmute_call_url: "",
    };
    void wrongCase;
    void missing;
  });

  it("adapter requests are camelCase with an author", () => {
    expectTypeOf<AcceptCallRequest["author"]>().toHaveProperty("participantId");
    // @ts-expect-error author is required
    const noAuthor: AcceptCallRequest = { conversationId: "5a974dd7-475a-41c0-a027-bfdf09627b13" };
    void noAuthor;
  });

  it("Voice API enums are closed", () => {
    expectTypeOf<CallCreateRequest["call_type"]>().toEqualTypeOf<"external" | "internal">();
    expectTypeOf<CallCreateRequest["call_recorder"]>().toEqualTypeOf<"0" | "1" | "2">();
    expectTypeOf<VoiceCallState>().toEqualTypeOf<"Setup" | "Dialing" | "Answered" | "Finished">();
  });

  it("IStartSoftphoneSessionParams keeps the seed's field names", () => {
    expectTypeOf<StartSoftphoneSessionParams>().toHaveProperty("routingSkillsIds");
    expectTypeOf<StartSoftphoneSessionParams>().toHaveProperty("uuiData");
  });

  it("message unions narrow on their discriminator", () => {
    const handle = (message: SoftphoneServerMessage) => {
      if (message.type === "propose") expectTypeOf(message.conversationId).toEqualTypeOf<string>();
    };
    const event = (message: ParticipantEventMessage) => message.eventType;
    expectTypeOf(event).returns.toEqualTypeOf<
      | "PARTICIPANTCALLINITIATED"
      | "PARTICIPANTCALLCOMPLETED"
      | "PARTICIPANTCALLHELD"
      | "PARTICIPANTCALLRESUMED"
      | "PARTICIPANTCALLMUTED"
      | "PARTICIPANTCALLUNMUTED"
    >();
    void handle;
  });
});
