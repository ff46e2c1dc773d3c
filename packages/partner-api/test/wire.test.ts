/** What goes on the wire: auth, template version, request id, user agent, partnerId filled in. */
import { createSandbox, sandboxHandlers } from "@ccaas/sandbox/msw";
import { describe, expect, it, vi } from "vitest";
import { createPartnerClient } from "../src/index";
import {
  baseUrl,
  clientId,
  clientSecret,
  expectedBasic,
  templateVersion,
  useSandbox,
} from "./support/sandbox";

const platform = useSandbox({
  agents: [{ userName: "testAgent", password: "agent-password", lineAppearance: 100 }],
});
const urls = {
  accept_call_url: "https://adapter.acme.example/calls/accept",
  end_call_url: "https://adapter.acme.example/calls/end",
  hold_call_url: "https://adapter.acme.example/calls/hold",
  resume_call_url: "https://adapter.acme.example/calls/resume",
  mute_call_url: "https://adapter.acme.example/calls/mute",
  unmute_call_url: "https://adapter.acme.example/calls/unmute",
  access_token_url: "https://adapter.acme.example/token",
};

describe("partner API requests on the wire", () => {
  it("sends Basic base64(clientId:clientSecret) and x-resource-template-version", async () => {
    const client = platform.client({ retry: false });
    const { id } = await client.createVoiceProvider({ name: "acme-voice", ...urls });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const [request] = platform.requests;
    expect(request?.headers.get("authorization")).toBe(`Basic ${btoa("acme-client:s3cr3t-Value-42")}`);
    expect(request?.headers.get("authorization")).toBe(expectedBasic);
    expect(request?.headers.get("x-resource-template-version")).toBe("1");
    expect(request?.headers.get("content-type")).toBe("application/json");
    expect(request?.url).toBe(`${baseUrl}/partners/${platform.partnerId}/voiceproviders`);
    expect(await request?.json()).toEqual({ name: "acme-voice", ...urls });
  });

  it("adds a UUID x-request-id and a User-Agent naming the package and its version", async () => {
    await platform.client({ retry: false }).listVoiceProviders();
    const [request] = platform.requests;
    expect(request?.headers.get("x-request-id")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(request?.headers.get("user-agent")).toMatch(/^ccaas-partner-api\/\d+\.\d+\.\d+ node\/\d+/);
  });

  it("encodes non-ASCII credentials as UTF-8 (RFC 7617), where btoa alone would throw", async () => {
    const utf8 = createSandbox({
      baseUrl: "https://utf8.partner.test",
      partner: { clientId: "clïent", clientSecret: "sécret✓" },
    });
    platform.server.use(...sandboxHandlers(utf8));
    try {
      const client = createPartnerClient({
        baseUrl: "https://utf8.partner.test",
        partnerId: utf8.control.info().partnerApi.partnerId,
        clientId: "clïent",
        clientSecret: "sécret✓",
        templateVersion,
      });
      await expect(client.listVoiceProviders()).resolves.toEqual({ items: [] });
      expect(platform.requests[0]?.headers.get("authorization")).toBe(
        `Basic ${Buffer.from("clïent:sécret✓", "utf8").toString("base64")}`,
      );
    } finally {
      await utf8.stop();
    }
  });

  it("fills partnerId into raw calls too, unless the call sets it", async () => {
    const client = platform.client({ retry: false });
    const { data } = await client.raw.GET("/partners/{partnerId}/voiceproviders");
    expect(data).toEqual({ items: [] });
    // Another partner's id: these credentials are not valid for it.
    await expect(
      client.raw.GET("/partners/{partnerId}/voiceproviders", {
        params: { path: { partnerId: "00000000-0000-4000-8000-000000000000" } },
      }),
    ).rejects.toMatchObject({ name: "ApiError", status: 401, code: "unauthorized" });
    expect(platform.requests.map((request) => new URL(request.url).pathname)).toEqual([
      `/partners/${platform.partnerId}/voiceproviders`,
      "/partners/00000000-0000-4000-8000-000000000000/voiceproviders",
    ]);
  });

  it("uses the agent's bearer token, not partner secrets, on /api/v2 routes", async () => {
    const agentToken = await platform.sandbox.control.agentToken("testAgent");
    const tokens = vi.fn(async () => agentToken);
    const client = createPartnerClient({ baseUrl, templateVersion, accessToken: tokens });
    const call = await client.placeCall({ phoneNumber: "15555555555" });
    expect(call.selfUri).toBe(`/api/v2/conversations/calls/${call.id}`);
    const station = await client.getMyStation();
    expect(station.webRtcCallAppearances).toBe(100);
    expect(tokens).toHaveBeenCalledTimes(2);
    expect(platform.requests).toHaveLength(2);
    for (const request of platform.requests) {
      expect(request.headers.get("authorization")).toBe(`Bearer ${agentToken}`);
      expect(request.headers.get("x-resource-template-version")).toBe("1");
    }
  });

  it("sends x-softphone-client-id on placeCall when given, like the agent client", async () => {
    const agentToken = await platform.sandbox.control.agentToken("testAgent");
    const client = createPartnerClient({ baseUrl, templateVersion, accessToken: agentToken });
    await client.placeCall({ phoneNumber: "15555555555" }, { softphoneClientId: "tab-9" });
    expect(platform.requests[0]?.headers.get("x-softphone-client-id")).toBe("tab-9");
  });

  it("refuses a partner route without a partnerId, naming it, before sending anything", async () => {
    const client = createPartnerClient({ baseUrl, clientId, clientSecret, templateVersion });
    await expect(client.listChannels()).rejects.toMatchObject({
      name: "ValidationError",
      issues: [{ path: "partnerId" }],
    });
    expect(platform.requests).toHaveLength(0);
  });

  it("refuses a partner route without partner secrets, before sending anything", async () => {
    const agentToken = await platform.sandbox.control.agentToken("testAgent");
    const browserClient = createPartnerClient({
      baseUrl,
      partnerId: platform.partnerId,
      templateVersion,
      accessToken: agentToken,
    });
    await expect(browserClient.listVoiceProviders()).rejects.toMatchObject({
      name: "ValidationError",
      issues: [{ path: "clientId" }],
    });
    const partnerOnly = platform.client();
    await expect(partnerOnly.getMyStation()).rejects.toMatchObject({
      name: "ValidationError",
      issues: [{ path: "accessToken" }],
    });
    expect(platform.requests).toHaveLength(0);
  });

  it("signs an agent in without credentials, and fetches the JWKS without the template version", async () => {
    const client = createPartnerClient({ baseUrl, templateVersion });
    const login = await client.loginAgent({ userName: "testAgent", password: "agent-password" });
    expect(login).toMatchObject({ token_type: "Bearer", agent: { userName: "testAgent" } });
    expect(login.access_token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const { keys } = await client.getJwks();
    expect(keys.length).toBeGreaterThan(0);
    // The token works where an agent token is wanted.
    const agent = createPartnerClient({ baseUrl, templateVersion, accessToken: login.access_token });
    expect((await agent.getMyStation()).userId).toBe(login.agent.id);
    const [signIn, jwks] = platform.requests;
    expect(signIn?.headers.get("authorization")).toBeNull();
    expect(signIn?.headers.get("x-resource-template-version")).toBe("1");
    expect(jwks?.headers.get("authorization")).toBeNull();
    expect(jwks?.headers.get("x-resource-template-version")).toBeNull();
    await expect(
      client.loginAgent({ userName: "testAgent", password: "wrong-password" }),
    ).rejects.toMatchObject({ name: "ApiError", status: 401 });
  });

  it("in a browser, names itself in x-ccaas-client, since browsers drop User-Agent", async () => {
    vi.stubGlobal("document", {});
    vi.resetModules();
    try {
      const { createPartnerClient: createInBrowser } = await import("../src/index");
      // The Request as the client built it: Node's fetch adds its own User-Agent when it sends one.
      let request: Request | undefined;
      const client = createInBrowser({
        baseUrl,
        templateVersion,
        fetch: (sent) => {
          request = sent;
          return fetch(sent);
        },
      });
      await expect(client.getJwks()).resolves.toMatchObject({ keys: expect.any(Array) });
      expect(request?.headers.get("x-ccaas-client")).toMatch(/^ccaas-partner-api\//);
      expect(request?.headers.get("user-agent")).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
