/**
 * The client against a real sandbox on 127.0.0.1 (an ephemeral port), over real HTTP: the seed's partner
 * registration, channels, and an agent signing in and placing a call.
 */
import { type Sandbox, startSandbox } from "@ccaas/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPartnerClient, type PartnerClient, registerVoiceProvider } from "../src/index";

let sandbox: Sandbox;
let client: PartnerClient;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  const { partnerApi } = sandbox.control.info();
  client = createPartnerClient({ ...partnerApi, timeoutMs: 5_000 });
});

afterAll(async () => {
  await sandbox?.stop();
});

describe("partner API client against a running sandbox", () => {
  it("serves on loopback", () => {
    expect(new URL(sandbox.urls.partnerApi).hostname).toBe("127.0.0.1");
  });

  it("registers a voice provider and its numbers, and a second run changes nothing", async () => {
    const phoneNumberIds = sandbox.control.info().phoneNumbers.map((phone) => phone.id);
    const input = { name: "acme-voice", adapterBaseUrl: "https://adapter.acme.example", phoneNumberIds };
    const first = await registerVoiceProvider(client, input);
    expect(first.voiceProvider).toMatchObject({ created: true, updated: false });
    expect(first.phoneNumbers.every((number) => number.action === "associated")).toBe(true);
    const second = await registerVoiceProvider(client, input);
    expect(second).toEqual({
      voiceProvider: { id: first.voiceProvider.id, created: false, updated: false },
      phoneNumbers: phoneNumberIds.map((id) => ({ id, action: "unchanged" })),
    });
    const uri = `/partners/${client.partnerId}/voiceproviders/${first.voiceProvider.id}`;
    const { items } = await client.listPhoneNumbers();
    expect(items.map((number) => number.voice_provider_id_resource_uri)).toEqual(items.map(() => uri));
    await expect(client.deleteVoiceProvider(first.voiceProvider.id)).rejects.toMatchObject({ status: 409 });
  });

  it("creates, lists and deletes a channel", async () => {
    const created = await client.createChannel(
      { name: "crm-sync", webhook_url: "https://hooks.acme.example/ccaas" },
      { idempotencyKey: "channel-1" },
    );
    expect(created.webhook_secret).toMatch(/^whsec_/);
    expect((await client.listChannels()).items.map((channel) => channel.id)).toContain(created.id);
    await client.deleteChannel(created.id);
    await expect(client.getChannel(created.id)).rejects.toMatchObject({ status: 404, code: "not_found" });
  });

  it("signs an agent in, places a call with the token, and hangs it up", async () => {
    const agent = sandbox.control.info().agents.find((candidate) => candidate.userName === "testAgent");
    if (!agent) throw new Error("the sandbox has no testAgent");
    const { templateVersion } = sandbox.control.info().partnerApi;
    const anonymous = createPartnerClient({ baseUrl: sandbox.urls.partnerApi, templateVersion });
    const login = await anonymous.loginAgent({ userName: agent.userName, password: agent.password });
    expect((await anonymous.getJwks()).keys.length).toBeGreaterThan(0);

    const softphone = createPartnerClient({
      baseUrl: sandbox.urls.partnerApi,
      templateVersion,
      accessToken: () => login.access_token,
    });
    const { id } = await softphone.placeCall({ phoneNumber: "15555555555" });
    const conversation = await softphone.getConversationCall(id);
    const me = conversation.participants.find((participant) => participant.userId === agent.id);
    expect(me).toBeDefined();
    await softphone.updateConversationParticipant(id, me!.id, { state: "disconnected" });
    expect((await softphone.getMyStation()).userId).toBe(agent.id);
    // An agent token is no partner credential.
    await expect(
      softphone.raw.GET("/partners/{partnerId}/voiceproviders", {
        params: { path: { partnerId: client.partnerId ?? "" } },
      }),
    ).rejects.toMatchObject({ name: "ValidationError" });
  });

  it("the sandbox never broke its spec", () => {
    expect(sandbox.core.violations.entries).toEqual([]);
  });
});
