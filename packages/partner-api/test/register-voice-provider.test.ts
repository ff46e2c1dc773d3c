/** registerVoiceProvider: the seed's registration steps, idempotent. */
import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { adapterUrls, createPartnerClient, registerVoiceProvider } from "../src/index";
import {
  baseUrl,
  clientId,
  clientSecret,
  createPartnerPlatform,
  partnerId,
  phoneNumberIds,
  route,
  templateVersion,
  useMswServer,
} from "./support/handlers";

const server = useMswServer();

function setup() {
  const platform = createPartnerPlatform();
  server.use(...platform.handlers);
  const client = createPartnerClient({ baseUrl, partnerId, clientId, clientSecret, templateVersion });
  return { platform, client };
}

const input = { name: "acme-voice", adapterBaseUrl: "https://adapter.acme.example/", phoneNumberIds };

describe("registerVoiceProvider", () => {
  it("creates the voice provider with the adapter's default URLs and associates each number", async () => {
    const { platform, client } = setup();
    const report = await registerVoiceProvider(client, input);
    const id = report.voiceProvider.id;
    expect(report).toEqual({
      voiceProvider: { id, created: true, updated: false },
      phoneNumbers: phoneNumberIds.map((number) => ({ id: number, action: "associated" })),
    });
    expect(platform.voiceProviders.get(id)).toEqual({
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
    for (const number of platform.phoneNumbers.values()) {
      expect(number.voice_provider_id_resource_uri).toBe(`/partners/${partnerId}/voiceproviders/${id}`);
    }
    const create = platform.requests.find(
      (request) => request.method === "POST" && request.url.endsWith("/voiceproviders"),
    );
    expect(create?.headers.get("idempotency-key")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("is safe to run twice: the second run changes nothing and says so", async () => {
    const { platform, client } = setup();
    const first = await registerVoiceProvider(client, input);
    const writesBefore = platform.requests.filter((request) => request.method !== "GET").length;
    const second = await registerVoiceProvider(client, input);
    expect(second).toEqual({
      voiceProvider: { id: first.voiceProvider.id, created: false, updated: false },
      phoneNumbers: phoneNumberIds.map((number) => ({ id: number, action: "unchanged" })),
    });
    expect(platform.requests.filter((request) => request.method !== "GET")).toHaveLength(writesBefore);
    expect(platform.voiceProviders.size).toBe(1);
  });

  it("updates only the URLs that changed when the adapter moved", async () => {
    const { platform, client } = setup();
    const first = await registerVoiceProvider(client, {
      name: "acme-voice",
      urls: adapterUrls("https://old.example"),
    });
    const moved = {
      ...adapterUrls("https://old.example"),
      accept_call_url: "https://new.example/calls/accept",
    };
    const report = await registerVoiceProvider(client, {
      name: "acme-voice",
      urls: moved,
      phoneNumberIds: [phoneNumberIds[0]!],
    });
    expect(report.voiceProvider).toEqual({ id: first.voiceProvider.id, created: false, updated: true });
    expect(report.phoneNumbers).toEqual([{ id: phoneNumberIds[0], action: "associated" }]);
    const patch = platform.requests.find((request) => request.method === "PATCH");
    expect(await patch?.json()).toEqual({ accept_call_url: "https://new.example/calls/accept" });
  });

  it("a 409 on create (another run got there first) means: look it up", async () => {
    const { platform, client } = setup();
    const existingId = "394e3814-7562-4f25-a854-2b74e91ad15a";
    let lists = 0;
    server.use(
      // The first list misses the voice provider another process is creating at that moment.
      route("get", "/partners/{partnerId}/voiceproviders", () => {
        lists += 1;
        return HttpResponse.json({ items: lists === 1 ? [] : [...platform.voiceProviders.values()] });
      }),
    );
    platform.voiceProviders.set(existingId, {
      id: existingId,
      name: "acme-voice",
      ...adapterUrls(input.adapterBaseUrl),
    });
    const report = await registerVoiceProvider(client, input);
    expect(report.voiceProvider).toEqual({ id: existingId, created: false, updated: false });
    expect(lists).toBe(2);
  });

  it("rejects bad input before any request, naming the argument", async () => {
    const { platform, client } = setup();
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
      await expect(registerVoiceProvider(client, bad as typeof input)).rejects.toMatchObject({
        name: "ValidationError",
        issues: [{ path }],
      });
    }
    const noPartner = createPartnerClient({ baseUrl, clientId, clientSecret, templateVersion });
    await expect(registerVoiceProvider(noPartner, input)).rejects.toThrow(
      /pass partnerId to createPartnerClient/,
    );
    expect(platform.requests).toHaveLength(0);
  });
});
