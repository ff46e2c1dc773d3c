/** registerVoiceProvider: the seed's registration steps, idempotent, against the sandbox. */
import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { adapterUrls, createPartnerClient, registerVoiceProvider } from "../src/index";
import { injectFaults } from "./support/faults";
import { baseUrl, clientId, clientSecret, templateVersion, useSandbox } from "./support/sandbox";

const platform = useSandbox();

const input = () => ({
  name: "acme-voice",
  adapterBaseUrl: "https://adapter.acme.example/",
  phoneNumberIds: platform.phoneNumberIds,
});
const writes = () => platform.requests.filter((request) => request.method !== "GET");

describe("registerVoiceProvider", () => {
  it("creates the voice provider with the adapter's default URLs and associates each number", async () => {
    const client = platform.client();
    const report = await registerVoiceProvider(client, input());
    const id = report.voiceProvider.id;
    expect(report).toEqual({
      voiceProvider: { id, created: true, updated: false },
      phoneNumbers: platform.phoneNumberIds.map((number) => ({ id: number, action: "associated" })),
    });
    expect(await client.getVoiceProvider(id)).toEqual({
      id,
      name: "acme-voice",
      accept_call_url: "https://adapter.acme.example/calls/accept",
      end_call_url: "https://adapter.acme.example/calls/end",
      hold_call_url: "https://adapter.acme.example/calls/hold",
      resume_call_url: "https://adapter.acme.example/calls/resume",
      mute_call_url: "https://adapter.acme.example/calls/mute",
      unmute_call_url: "https://adapter.acme.example/calls/unmute",
      access_token_url: "https://adapter.acme.example/token",
    });
    const { items } = await client.listPhoneNumbers();
    expect(items).toHaveLength(platform.phoneNumberIds.length);
    for (const number of items) {
      expect(number.voice_provider_id_resource_uri).toBe(
        `/partners/${platform.partnerId}/voiceproviders/${id}`,
      );
    }
    const create = platform.requests.find(
      (request) => request.method === "POST" && request.url.endsWith("/voiceproviders"),
    );
    expect(create?.headers.get("idempotency-key")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("is safe to run twice: the second run changes nothing and says so", async () => {
    const client = platform.client();
    const first = await registerVoiceProvider(client, input());
    const writesBefore = writes().length;
    const second = await registerVoiceProvider(client, input());
    expect(second).toEqual({
      voiceProvider: { id: first.voiceProvider.id, created: false, updated: false },
      phoneNumbers: platform.phoneNumberIds.map((number) => ({ id: number, action: "unchanged" })),
    });
    expect(writes()).toHaveLength(writesBefore);
    expect((await client.listVoiceProviders()).items).toHaveLength(1);
  });

  it("updates only the URLs that changed when the adapter moved", async () => {
    const client = platform.client();
    const first = await registerVoiceProvider(client, {
      name: "acme-voice",
      urls: adapterUrls("https://old.example"),
    });
    const moved = {
      ...adapterUrls("https://old.example"),
      accept_call_url: "https://new.example/calls/accept",
    };
    const [number] = platform.phoneNumberIds;
    const report = await registerVoiceProvider(client, {
      name: "acme-voice",
      urls: moved,
      phoneNumberIds: [number!],
    });
    expect(report.voiceProvider).toEqual({ id: first.voiceProvider.id, created: false, updated: true });
    expect(report.phoneNumbers).toEqual([{ id: number, action: "associated" }]);
    const patch = platform.requests.find((request) => request.method === "PATCH");
    expect(await patch?.json()).toEqual({ accept_call_url: "https://new.example/calls/accept" });
    expect(await client.getVoiceProvider(first.voiceProvider.id)).toMatchObject(moved);
  });

  it("a 409 on create (another run got there first) means: look it up", async () => {
    const client = platform.client();
    // Another process registers the voice provider...
    const { id: existingId } = await client.createVoiceProvider({
      name: "acme-voice",
      ...adapterUrls("https://adapter.acme.example/"),
    });
    // ...just after this run's first list, which therefore misses it; the sandbox answers the rest.
    const lists = injectFaults(platform.server, "get", `${baseUrl}/partners/:partnerId/voiceproviders`, [
      () => HttpResponse.json({ items: [] }),
    ]);
    const report = await registerVoiceProvider(client, input());
    expect(report.voiceProvider).toEqual({ id: existingId, created: false, updated: false });
    expect(lists).toHaveLength(2);
    const creates = platform.requests.filter(
      (request) => request.method === "POST" && request.url.endsWith("/voiceproviders"),
    );
    // Ours, then the run's, which the sandbox refused with 409.
    expect(creates).toHaveLength(2);
    expect((await client.listVoiceProviders()).items).toHaveLength(1);
  });

  it("rejects bad input before any request, naming the argument", async () => {
    const client = platform.client();
    const cases: Array<[unknown, string]> = [
      [{ name: "", adapterBaseUrl: "https://a.example" }, "name"],
      [{ name: "x" }, "urls"],
      [{ name: "x", adapterBaseUrl: "https://a.example", urls: adapterUrls("https://a.example") }, "urls"],
      [{ name: "x", adapterBaseUrl: "ftp://a.example" }, "adapterBaseUrl"],
      [
        { name: "x", urls: { ...adapterUrls("https://a.example"), hold_call_url: "/relative" } },
        "urls.hold_call_url",
      ],
      [{ name: "x", adapterBaseUrl: "https://a.example", phoneNumberIds: [""] }, "phoneNumberIds[0]"],
    ];
    for (const [bad, path] of cases) {
      await expect(registerVoiceProvider(client, bad as ReturnType<typeof input>)).rejects.toMatchObject({
        name: "ValidationError",
        issues: [{ path }],
      });
    }
    const noPartner = createPartnerClient({ baseUrl, clientId, clientSecret, templateVersion });
    await expect(registerVoiceProvider(noPartner, input())).rejects.toThrow(
      /pass partnerId to createPartnerClient/,
    );
    expect(platform.requests).toHaveLength(0);
  });
});
