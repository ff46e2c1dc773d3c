import type { PartnerClient } from "@ccaas/partner-api";
import type { PhoneNumber, VoiceProvider } from "@ccaas/types";
import { describe, expect, it } from "vitest";
import { registerAdapter } from "./register-adapter";

const partnerId = "215fd887-39be-4935-981f-2670d6afeaa7";

/** A partner client over in-memory resources: the operations registerVoiceProvider calls, nothing else. */
function fakePartner() {
  const providers: VoiceProvider[] = [];
  const numbers: PhoneNumber[] = [
    {
      id: "7c0f9a52-3d1e-4b8a-9f6e-2a5d8c4b1e07",
      phone_number: "+18883973342",
      type: "toll_free",
      voice_provider_id_resource_uri: null,
    },
    {
      id: "8d1f0b63-4e2f-4c9b-8a7f-3b6e9d5c2f18",
      phone_number: "+18449401117",
      type: "toll_free",
      voice_provider_id_resource_uri: null,
    },
  ];
  const calls: string[] = [];
  const client = {
    partnerId,
    async listVoiceProviders() {
      calls.push("listVoiceProviders");
      return { items: providers };
    },
    async createVoiceProvider(body: Omit<VoiceProvider, "id">) {
      calls.push("createVoiceProvider");
      const provider = { ...body, id: crypto.randomUUID() } as VoiceProvider;
      providers.push(provider);
      return { id: provider.id };
    },
    async updateVoiceProvider(id: string, body: Partial<VoiceProvider>) {
      calls.push("updateVoiceProvider");
      const provider = providers.find((candidate) => candidate.id === id) as VoiceProvider;
      Object.assign(provider, body);
      return provider;
    },
    async listPhoneNumbers() {
      calls.push("listPhoneNumbers");
      return { items: numbers };
    },
    async associatePhoneNumber(id: string, body: { voice_provider_id_resource_uri: string }) {
      calls.push("associatePhoneNumber");
      const number = numbers.find((candidate) => candidate.id === id) as PhoneNumber;
      number.voice_provider_id_resource_uri = body.voice_provider_id_resource_uri;
      return number;
    },
  };
  return { client: client as unknown as PartnerClient, providers, numbers, calls };
}

describe("registerAdapter", () => {
  it("creates the voice provider with the default URLs and associates numbers given in E.164 or by id", async () => {
    const partner = fakePartner();
    const report = await registerAdapter({
      client: partner.client,
      name: "acme-voice",
      adapterBaseUrl: "https://adapter.acme.example/",
      phoneNumbers: ["+18883973342", "8d1f0b63-4e2f-4c9b-8a7f-3b6e9d5c2f18"],
    });
    expect(report.voiceProvider).toMatchObject({ name: "acme-voice", created: true, updated: false });
    expect(partner.providers[0]).toMatchObject({
      name: "acme-voice",
      accept_call_url: "https://adapter.acme.example/calls/accept",
      end_call_url: "https://adapter.acme.example/calls/end",
      hold_call_url: "https://adapter.acme.example/calls/hold",
      resume_call_url: "https://adapter.acme.example/calls/resume",
      mute_call_url: "https://adapter.acme.example/calls/mute",
      unmute_call_url: "https://adapter.acme.example/calls/unmute",
      access_token_url: "https://adapter.acme.example/token",
    });
    expect(report.phoneNumbers).toEqual([
      { id: "7c0f9a52-3d1e-4b8a-9f6e-2a5d8c4b1e07", phoneNumber: "+18883973342", action: "associated" },
      { id: "8d1f0b63-4e2f-4c9b-8a7f-3b6e9d5c2f18", phoneNumber: "+18449401117", action: "associated" },
    ]);
    expect(partner.numbers[0]?.voice_provider_id_resource_uri).toBe(
      `/partners/${partnerId}/voiceproviders/${report.voiceProvider.id}`,
    );
  });

  it("is idempotent: a second run changes nothing; changed paths update the URLs", async () => {
    const partner = fakePartner();
    const options = {
      client: partner.client,
      name: "acme-voice",
      adapterBaseUrl: "https://adapter.acme.example",
      phoneNumbers: ["+18883973342"],
    };
    const first = await registerAdapter(options);
    const second = await registerAdapter(options);
    expect(second.voiceProvider).toMatchObject({
      id: first.voiceProvider.id,
      created: false,
      updated: false,
    });
    expect(second.phoneNumbers[0]?.action).toBe("unchanged");
    expect(partner.calls.filter((call) => call === "createVoiceProvider")).toHaveLength(1);
    const third = await registerAdapter({ ...options, paths: { token: "/auth/token" } });
    expect(third.voiceProvider).toMatchObject({ created: false, updated: true });
    expect(partner.providers[0]?.access_token_url).toBe("https://adapter.acme.example/auth/token");
  });

  it("refuses a number the partner does not own, and missing credentials", async () => {
    const partner = fakePartner();
    await expect(
      registerAdapter({
        client: partner.client,
        name: "x",
        adapterBaseUrl: "https://a.example",
        phoneNumbers: ["+15555550100"],
      }),
    ).rejects.toThrow(/\+15555550100 is not one of the partner's phone numbers/);
    await expect(registerAdapter({ name: "x", adapterBaseUrl: "https://a.example" })).rejects.toThrow(
      /platformBaseUrl, partnerId, clientId, clientSecret are required/,
    );
  });
});
