/** What goes on the wire: auth, template version, request id, user agent, partnerId filled in. */
import { describe, expect, it, vi } from "vitest";
import { createPartnerClient } from "../src/index";
import {
  agentToken,
  baseUrl,
  clientId,
  clientSecret,
  createPartnerPlatform,
  expectedBasic,
  partnerId,
  templateVersion,
  useMswServer,
} from "./support/handlers";

const server = useMswServer();
const urls = {
  accept_call_url: "https://adapter.acme.example/calls/accept",
  end_call_url: "https://adapter.acme.example/calls/end",
  hold_call_url: "https://adapter.acme.example/calls/hold",
  resume_call_url: "https://adapter.acme.example/calls/resume",
  mute_call_url: "https://adapter.acme.example/calls/mute",
  unmute_call_url: "https://adapter.acme.example/calls/unmute",
  access_token_url: "https://adapter.acme.example/token",
};

function setup() {
  const platform = createPartnerPlatform();
  server.use(...platform.handlers);
  const client = createPartnerClient({
    baseUrl,
    partnerId,
    clientId,
    clientSecret,
    templateVersion,
    retry: false,
  });
  return { platform, client };
}

describe("partner API requests on the wire", () => {
  it("sends Basic base64(clientId:clientSecret) and x-resource-template-version", async () => {
    const { platform, client } = setup();
    const { id } = await client.createVoiceProvider({ name: "acme-voice", ...urls });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const [request] = platform.requests;
    expect(request?.headers.get("authorization")).toBe(`Basic ${btoa("acme-client:s3cr3t-Value-42")}`);
    expect(request?.headers.get("authorization")).toBe(expectedBasic);
    expect(request?.headers.get("x-resource-template-version")).toBe("1");
    expect(request?.headers.get("content-type")).toBe("application/json");
    expect(request?.url).toBe(`${baseUrl}/partners/${partnerId}/voiceproviders`);
    expect(await request?.json()).toEqual({ name: "acme-voice", ...urls });
  });

  it("adds a UUID x-request-id and a User-Agent naming the package and its version", async () => {
    const { platform, client } = setup();
    await client.listVoiceProviders();
    const [request] = platform.requests;
    expect(request?.headers.get("x-request-id")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(request?.headers.get("user-agent")).toMatch(/^ccaas-partner-api\/\d+\.\d+\.\d+ node\/\d+/);
  });

  it("encodes non-ASCII credentials as UTF-8 (RFC 7617), where btoa alone would throw", async () => {
    let seen: string | null = null;
    const client = createPartnerClient({
      baseUrl,
      partnerId,
      clientId: "clïent",
      clientSecret: "sécret✓",
      templateVersion,
      fetch: async (request) => {
        seen = request.headers.get("authorization");
        return Response.json({ items: [] });
      },
    });
    await client.listVoiceProviders();
    expect(seen).toBe(`Basic ${Buffer.from("clïent:sécret✓", "utf8").toString("base64")}`);
  });

  it("fills partnerId into raw calls too, unless the call sets it", async () => {
    const { platform, client } = setup();
    const { data } = await client.raw.GET("/partners/{partnerId}/voiceproviders");
    expect(data).toEqual({ items: [] });
    await expect(
      client.raw.GET("/partners/{partnerId}/voiceproviders", {
        params: { path: { partnerId: "00000000-0000-4000-8000-000000000000" } },
      }),
    ).rejects.toMatchObject({ name: "ApiError", status: 404 });
    expect(platform.requests.map((request) => new URL(request.url).pathname)).toEqual([
      `/partners/${partnerId}/voiceproviders`,
      "/partners/00000000-0000-4000-8000-000000000000/voiceproviders",
    ]);
  });

  it("uses the agent's bearer token, not partner secrets, on /api/v2 routes", async () => {
    const platform = createPartnerPlatform();
    server.use(...platform.handlers);
    const tokens = vi.fn(async () => agentToken);
    const client = createPartnerClient({ baseUrl, templateVersion, accessToken: tokens });
    const call = await client.placeCall({ phoneNumber: "15555555555" });
    expect(call.selfUri).toBe(`/api/v2/conversations/calls/${call.id}`);
    const station = await client.getMyStation();
    expect(station.webRtcCallAppearances).toBe(100);
    expect(tokens).toHaveBeenCalledTimes(2);
    for (const request of platform.requests) {
      expect(request.headers.get("authorization")).toBe(`Bearer ${agentToken}`);
      expect(request.headers.get("x-resource-template-version")).toBe("1");
    }
  });

  it("refuses a partner route without partner secrets, before sending anything", async () => {
    const { platform } = setup();
    const browserClient = createPartnerClient({
      baseUrl,
      partnerId,
      templateVersion,
      accessToken: agentToken,
    });
    await expect(browserClient.listVoiceProviders()).rejects.toMatchObject({
      name: "ValidationError",
      issues: [{ path: "clientId" }],
    });
    const partnerOnly = createPartnerClient({ baseUrl, partnerId, clientId, clientSecret, templateVersion });
    await expect(partnerOnly.getMyStation()).rejects.toMatchObject({
      name: "ValidationError",
      issues: [{ path: "accessToken" }],
    });
    expect(platform.requests).toHaveLength(0);
  });

  it("signs an agent in without credentials, and fetches the JWKS without the template version", async () => {
    const seen: Request[] = [];
    const client = createPartnerClient({
      baseUrl,
      templateVersion,
      fetch: async (request) => {
        seen.push(request);
        return request.url.endsWith("/jwks.json")
          ? Response.json({ keys: [] })
          : Response.json({
              access_token: "a.b.c",
              token_type: "Bearer",
              expires_in: 28800,
              agent: {
                id: "b2d5f8a1-6c3e-4f7a-9d2b-5e8c1a4f7b30",
                userName: "testAgent",
                name: "Test Agent",
              },
            });
      },
    });
    const login = await client.loginAgent({ userName: "testAgent", password: "agent-password" });
    expect(login.access_token).toBe("a.b.c");
    expect(await client.getJwks()).toEqual({ keys: [] });
    expect(seen[0]?.headers.get("authorization")).toBeNull();
    expect(seen[0]?.headers.get("x-resource-template-version")).toBe("1");
    expect(seen[1]?.headers.get("authorization")).toBeNull();
    expect(seen[1]?.headers.get("x-resource-template-version")).toBeNull();
  });

  it("in a browser, names itself in x-ccaas-client, since browsers drop User-Agent", async () => {
    vi.stubGlobal("document", {});
    vi.resetModules();
    try {
      const { createPartnerClient: createInBrowser } = await import("../src/index");
      let request: Request | undefined;
      const client = createInBrowser({
        baseUrl,
        templateVersion,
        fetch: async (sent) => {
          request = sent;
          return Response.json({ keys: [] });
        },
      });
      await client.getJwks();
      expect(request?.headers.get("x-ccaas-client")).toMatch(/^ccaas-partner-api\//);
      expect(request?.headers.get("user-agent")).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
