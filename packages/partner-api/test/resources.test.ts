/**
 * Every named method against the sandbox: voice providers, phone numbers and channels with partner
 * credentials; the conversation and station endpoints with an agent token. What the user sees is what a
 * later read returns.
 */
import { ApiError } from "@ccaas/types";
import { describe, expect, it } from "vitest";
import { adapterUrls, createPartnerClient } from "../src/index";
import { baseUrl, templateVersion, useSandbox } from "./support/sandbox";

const platform = useSandbox();
const urls = adapterUrls("https://adapter.acme.example");

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => expect.fail("expected the call to fail"),
    (caught: unknown) => caught,
  );
  expect(ApiError.isInstance(error)).toBe(true);
  return error as ApiError;
}

async function agentClient(userName = "testAgent") {
  const accessToken = await platform.sandbox.control.agentToken(userName);
  return createPartnerClient({ baseUrl, templateVersion, accessToken });
}

describe("voice providers", () => {
  it("create, read, list, update and delete", async () => {
    const client = platform.client();
    const { id } = await client.createVoiceProvider({ name: "acme-voice", ...urls });
    expect(await client.getVoiceProvider(id)).toEqual({ id, name: "acme-voice", ...urls });
    const other = await client.createVoiceProvider({ name: "acme-voice-eu", ...urls });
    expect((await client.listVoiceProviders()).items.map((provider) => provider.id)).toEqual([id, other.id]);

    const updated = await client.updateVoiceProvider(id, {
      name: "acme-voice-us",
      hold_call_url: "https://adapter.acme.example/v2/hold",
    });
    expect(updated).toEqual({
      id,
      name: "acme-voice-us",
      ...urls,
      hold_call_url: "https://adapter.acme.example/v2/hold",
    });
    expect(await client.getVoiceProvider(id)).toEqual(updated);

    await expect(client.deleteVoiceProvider(id)).resolves.toBeUndefined();
    expect(await rejection(client.getVoiceProvider(id))).toMatchObject({ status: 404, code: "not_found" });
    expect((await client.listVoiceProviders()).items.map((provider) => provider.id)).toEqual([other.id]);
  });

  it("a taken name is a 409 conflict, on create and on rename", async () => {
    const client = platform.client();
    await client.createVoiceProvider({ name: "acme-voice", ...urls });
    const { id } = await client.createVoiceProvider({ name: "acme-voice-2", ...urls });
    const created = await rejection(client.createVoiceProvider({ name: "acme-voice", ...urls }));
    expect(created).toMatchObject({ status: 409, code: "conflict", isRetryable: false });
    expect(created.message).toMatch(/already exists/);
    expect(await rejection(client.updateVoiceProvider(id, { name: "acme-voice" }))).toMatchObject({
      status: 409,
    });
  });

  it("a create with an Idempotency-Key replays its first answer; another body with that key is a 409", async () => {
    const client = platform.client();
    const first = await client.createVoiceProvider({ name: "acme-voice", ...urls }, { idempotencyKey: "k1" });
    const again = await client.createVoiceProvider({ name: "acme-voice", ...urls }, { idempotencyKey: "k1" });
    expect(again).toEqual(first);
    expect((await client.listVoiceProviders()).items).toHaveLength(1);
    expect(
      await rejection(client.createVoiceProvider({ name: "other", ...urls }, { idempotencyKey: "k1" })),
    ).toMatchObject({ status: 409, code: "conflict" });
  });

  it("a voice provider still serving a number cannot be deleted", async () => {
    const client = platform.client();
    const { id } = await client.createVoiceProvider({ name: "acme-voice", ...urls });
    const [number] = platform.phoneNumberIds;
    await client.associatePhoneNumber(number!, {
      voice_provider_id_resource_uri: `/partners/${platform.partnerId}/voiceproviders/${id}`,
    });
    const error = await rejection(client.deleteVoiceProvider(id));
    expect(error).toMatchObject({ status: 409, code: "conflict" });
    expect(error.message).toMatch(/still associated/);
  });
});

describe("phone numbers", () => {
  it("lists the partner's numbers and associates one with a voice provider, then another", async () => {
    const client = platform.client();
    const { items } = await client.listPhoneNumbers();
    expect(items.map((number) => number.id)).toEqual(platform.phoneNumberIds);
    expect(items.every((number) => number.voice_provider_id_resource_uri === null)).toBe(true);
    const [number] = items;
    expect(await client.getPhoneNumber(number!.id)).toEqual(number);

    const first = await client.createVoiceProvider({ name: "first", ...urls });
    const second = await client.createVoiceProvider({ name: "second", ...urls });
    const uri = (id: string) => `/partners/${platform.partnerId}/voiceproviders/${id}`;
    expect(
      await client.associatePhoneNumber(number!.id, { voice_provider_id_resource_uri: uri(first.id) }),
    ).toEqual({ ...number, voice_provider_id_resource_uri: uri(first.id) });
    await client.associatePhoneNumber(number!.id, { voice_provider_id_resource_uri: uri(second.id) });
    expect((await client.getPhoneNumber(number!.id)).voice_provider_id_resource_uri).toBe(uri(second.id));
  });

  it("an unknown number or voice provider is a 404 naming it", async () => {
    const client = platform.client();
    const missing = "0b6e2f84-91c7-4d35-a8e2-6f1d3c9b7a45";
    expect(await rejection(client.getPhoneNumber(missing))).toMatchObject({ status: 404 });
    const [number] = platform.phoneNumberIds;
    const error = await rejection(
      client.associatePhoneNumber(number!, {
        voice_provider_id_resource_uri: `/partners/${platform.partnerId}/voiceproviders/${missing}`,
      }),
    );
    expect(error).toMatchObject({ status: 404, code: "not_found" });
    expect(error.message).toContain(missing);
  });
});

describe("channels", () => {
  it("create (the secret, once), read and list (never the secret), delete", async () => {
    const client = platform.client();
    const created = await client.createChannel({
      name: "crm-sync",
      webhook_url: "https://hooks.acme.example/ccaas",
      events: ["conversation.closed"],
    });
    expect(created).toMatchObject({
      name: "crm-sync",
      webhook_url: "https://hooks.acme.example/ccaas",
      events: ["conversation.closed"],
      webhook_secret: expect.stringMatching(/^whsec_/),
    });
    const { webhook_secret: _, ...channel } = created;
    expect(await client.getChannel(created.id)).toEqual(channel);
    expect((await client.listChannels()).items).toEqual([channel]);
    await expect(client.deleteChannel(created.id)).resolves.toBeUndefined();
    expect(await rejection(client.getChannel(created.id))).toMatchObject({ status: 404 });
    expect((await client.listChannels()).items).toEqual([]);
  });

  it("subscribes to every event by default; plain http is for loopback receivers only", async () => {
    const client = platform.client();
    const local = await client.createChannel({ name: "local", webhook_url: "http://127.0.0.1:9999/hooks" });
    expect(local.events).toEqual(expect.arrayContaining(["conversation.closed"]));
    const error = await rejection(
      client.createChannel({ name: "plain", webhook_url: "http://hooks.acme.example/ccaas" }),
    );
    expect(error).toMatchObject({ status: 400, code: "validation_failed" });
    expect(error.message).toMatch(/webhook_url must be https/);
  });
});

describe("agent endpoints", () => {
  it("place a call, find it, hold and hang up its customer", async () => {
    const client = await agentClient();
    const { id } = await client.placeCall({ phoneNumber: "15555555555" });
    expect((await client.listConversationCalls()).items.map((call) => call.id)).toEqual([id]);
    const conversation = await client.getConversationCall(id);
    expect(conversation).toMatchObject({ id, direction: "outbound" });
    const customer = conversation.participants.find((participant) => participant.purpose === "customer");
    expect(customer).toMatchObject({ address: "15555555555" });

    const held = await client.updateConversationParticipant(id, customer!.id, { held: true });
    expect(held).toMatchObject({ id: customer!.id, held: true });
    await client.updateConversationParticipant(id, customer!.id, { state: "disconnected" });
    expect(
      await rejection(client.updateConversationParticipant(id, customer!.id, { muted: true })),
    ).toMatchObject({ status: 409 });
  });

  it("an agent sees only its own conversations", async () => {
    const mine = await agentClient("testAgent");
    const theirs = await agentClient("laAgent");
    const { id } = await mine.placeCall({ phoneNumber: "15555555555" });
    expect((await theirs.listConversationCalls()).items).toEqual([]);
    expect(await rejection(theirs.getConversationCall(id))).toMatchObject({ status: 404 });
  });

  it("read and change the agent's own station", async () => {
    const client = await agentClient();
    const station = await client.getMyStation();
    expect(station).toMatchObject({ webRtcCallAppearances: 100, webRtcPersistentEnabled: false });
    const changed = await client.updateStation(station.id, {
      webRtcCallAppearances: 1,
      webRtcPersistentEnabled: true,
    });
    expect(changed).toMatchObject({
      id: station.id,
      webRtcCallAppearances: 1,
      webRtcPersistentEnabled: true,
    });
    expect(await client.getMyStation()).toEqual(changed);
    const other = await (await agentClient("laAgent")).getMyStation();
    expect(await rejection(client.updateStation(other.id, { webRtcCallAppearances: 100 }))).toMatchObject({
      status: 404,
    });
  });

  it("without a valid token: 401", async () => {
    const client = createPartnerClient({ baseUrl, templateVersion, accessToken: "not-a-token" });
    expect(await rejection(client.getMyStation())).toMatchObject({ status: 401, code: "unauthorized" });
  });
});
