/** createCall's input is typed: wrong or missing fields do not compile; answers are inferred and normalised. */
import type { CallServerInfo, RawCallStatus } from "@ccaas/types";
import { describe, expectTypeOf, it } from "vitest";
import { createVoiceClient, type VoiceCallStatus, type WebPhoneSettings } from "../src/index";

const voice = createVoiceClient({
  baseUrl: "https://api.example/Voice",
  login: "flex",
  password: "x",
  codCampaign: "0",
});

describe("Voice API client types", () => {
  it("infers the normalised answers", () => {
    expectTypeOf(voice.getCallServer()).resolves.toEqualTypeOf<WebPhoneSettings>();
    expectTypeOf<WebPhoneSettings["signalingPort"]>().toBeNumber();
    expectTypeOf<WebPhoneSettings["raw"]>().toEqualTypeOf<CallServerInfo>();
    expectTypeOf(voice.createCall({ destination: "5511980121511" })).resolves.toEqualTypeOf<{ id: string }>();
    expectTypeOf(voice.getCallStatus("id")).resolves.toEqualTypeOf<VoiceCallStatus>();
    expectTypeOf<VoiceCallStatus["status"]>().toEqualTypeOf<
      "Setup" | "Dialing" | "Answered" | "Finished" | "Unknown"
    >();
    expectTypeOf<VoiceCallStatus["raw"]>().toEqualTypeOf<RawCallStatus>();
    expectTypeOf(voice.watchCall("id")).toEqualTypeOf<AsyncGenerator<VoiceCallStatus, void, undefined>>();
  });

  it("rejects a misspelled field, a missing destination and out-of-range values", () => {
    // @ts-expect-error call_destination is the wire name; the input says destination
    void voice.createCall({ call_destination: "5511980121511" });
    // @ts-expect-error destination is required
    void voice.createCall({ type: "external" });
    // @ts-expect-error type is external or internal
    void voice.createCall({ destination: "5511980121511", type: "mobile" });
    // @ts-expect-error recording is none, afterAnswer, fromRinging or "0" | "1" | "2"
    void voice.createCall({ destination: "5511980121511", recording: "3" });
    // @ts-expect-error codCampaign is required
    void createVoiceClient({ baseUrl: "https://api.example/Voice", login: "flex", password: "x" });
  });
});
