/** The client is typed from specs/partner-api.yaml: wrong or missing fields do not compile; answers are inferred. */
import type { Channel, PhoneNumber, VoiceProvider, VoiceProviderCreated } from "@ccaas/types";
import { describe, expectTypeOf, it } from "vitest";
import { createPartnerClient, type PartnerResponse } from "../src/index";

const client = createPartnerClient({
  baseUrl: "https://api.ccaas.dev",
  partnerId: "215fd887-39be-4935-981f-2670d6afeaa7",
  clientId: "id",
  clientSecret: "secret",
  templateVersion: "1",
});
const urls = {
  accept_call_url: "https://a.example/calls/accept",
  end_call_url: "https://a.example/calls/end",
  hold_call_url: "https://a.example/calls/hold",
  resume_call_url: "https://a.example/calls/resume",
  mute_call_url: "https://a.example/calls/mute",
  unmute_call_url: "https://a.example/calls/unmute",
  access_token_url: "https://a.example/token",
};

describe("named methods", () => {
  it("infer each operation's answer", async () => {
    expectTypeOf(
      client.createVoiceProvider({ name: "acme", ...urls }),
    ).resolves.toEqualTypeOf<VoiceProviderCreated>();
    expectTypeOf(client.getVoiceProvider("id")).resolves.toEqualTypeOf<VoiceProvider>();
    expectTypeOf(client.listPhoneNumbers()).resolves.toEqualTypeOf<{ items: PhoneNumber[] }>();
    expectTypeOf(client.getChannel("id")).resolves.toEqualTypeOf<Channel>();
    expectTypeOf(client.deleteChannel("id")).resolves.toBeVoid();
    expectTypeOf<PartnerResponse<"updateConversationParticipant">>().toExtend<undefined | object>();
    expectTypeOf((await client.placeCall({ phoneNumber: "15555555555" })).id).toBeString();
  });

  it("reject a misspelled field, a missing required field and a wrong type", () => {
    // @ts-expect-error acceptCallUrl is not the wire name (accept_call_url is)
    void client.createVoiceProvider({ name: "acme", ...urls, acceptCallUrl: "https://a.example" });
    const { access_token_url: _, ...withoutToken } = urls;
    // @ts-expect-error access_token_url is required
    void client.createVoiceProvider({ name: "acme", ...withoutToken });
    // @ts-expect-error voice_provider_id_resource_uri is required
    void client.associatePhoneNumber("id", {});
    // @ts-expect-error webRtcCallAppearances is 1 or 100
    void client.updateStation("id", { webRtcCallAppearances: 2 });
    // @ts-expect-error the id comes first
    void client.getVoiceProvider();
  });
});

describe("raw client", () => {
  it("knows every path, fills partnerId and the template version, and types params and answers", async () => {
    const { data } = await client.raw.GET("/partners/{partnerId}/voiceproviders/{voiceProviderId}", {
      params: { path: { voiceProviderId: "id" } },
    });
    expectTypeOf(data).toEqualTypeOf<VoiceProvider | undefined>();
    // @ts-expect-error voiceProviderId is still required
    void client.raw.GET("/partners/{partnerId}/voiceproviders/{voiceProviderId}", { params: { path: {} } });
    // @ts-expect-error no such path
    void client.raw.GET("/partners/{partnerId}/voice-providers");
    void client.raw.POST("/partners/{partnerId}/phonenumbers/{phoneNumberId}", {
      params: { path: { phoneNumberId: "id" } },
      // @ts-expect-error voiceProviderId is not the body's field
      body: { voiceProviderId: "x" },
    });
  });
});
