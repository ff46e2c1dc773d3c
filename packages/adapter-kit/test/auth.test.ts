/** Auth and CORS (issue section 3): agent JWTs against the platform JWKS, the adapter's own tokens, 401/403. */
import { decodeJwt, SignJWT, UnsecuredJWT } from "jose";
import { describe, expect, it } from "vitest";
import { createVoiceAdapter } from "../src/index";
import {
  acceptBody,
  createTestPlatform,
  issuer,
  participantBody,
  partnerId,
  post,
  tokenSecret,
} from "./helpers/platform";
import { createTestAdapter } from "./helpers/test-adapter";

const secretBytes = new TextEncoder().encode(tokenSecret);

async function adapterToken(
  claims: Record<string, unknown>,
  expiresIn: string | number = "10m",
  secret = secretBytes,
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer("urn:ccaas:voice-adapter")
    .setAudience("urn:ccaas:voice-provider-client")
    .setSubject("agent-testAgent")
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(secret);
}

async function tokenFor(
  adapter: { fetch(request: Request): Promise<Response> },
  platformToken: string,
  agentLogonName = "testAgent",
) {
  return post(adapter, "/token", { agentLogonName }, platformToken);
}

describe("bearer tokens on the call-control routes", () => {
  it("401 without a token, with a malformed header, or a token that is not a JWT", async () => {
    const { adapter, handlers } = await createTestAdapter();
    const missing = await post(adapter, "/calls/accept", acceptBody());
    expect(missing.status).toBe(401);
    expect((await missing.json()).message).toMatch(/^Missing bearer token/);
    const basic = await post(adapter, "/calls/accept", acceptBody(), undefined, {
      authorization: "Basic dXNlcjpwdw==",
    });
    expect(basic.status).toBe(401);
    const garbage = await post(adapter, "/calls/accept", acceptBody(), "not-a-jwt");
    expect(garbage.status).toBe(401);
    expect(handlers.accept).not.toHaveBeenCalled();
  });

  it("401 for an expired agent JWT, another issuer, another audience, another key, or alg none", async () => {
    const { adapter } = await createTestAdapter();
    const platform = await createTestPlatform();
    const other = await createTestPlatform();
    const expiredPlatform = await createTestAdapter();
    const expired = await expiredPlatform.platform.agentToken("testAgent", {
      expiresIn: Math.floor(Date.now() / 1000) - 60,
    });
    const expiredResponse = await post(expiredPlatform.adapter, "/calls/accept", acceptBody(), expired);
    expect(expiredResponse.status).toBe(401);
    expect((await expiredResponse.json()).message).toBe(
      "The bearer token has expired. Request a new one and retry.",
    );

    const wrongIssuer = await expiredPlatform.platform.agentToken("testAgent", {
      issuer: "http://evil.test",
    });
    expect((await post(expiredPlatform.adapter, "/calls/accept", acceptBody(), wrongIssuer)).status).toBe(
      401,
    );
    const wrongAudience = await expiredPlatform.platform.agentToken("testAgent", { audience: "other" });
    expect((await post(expiredPlatform.adapter, "/calls/accept", acceptBody(), wrongAudience)).status).toBe(
      401,
    );
    expect((await post(adapter, "/calls/accept", acceptBody(), await other.agentToken())).status).toBe(401);
    expect((await post(adapter, "/calls/accept", acceptBody(), await platform.agentToken())).status).toBe(
      401,
    );
    const none = new UnsecuredJWT({ userName: "testAgent", partnerId })
      .setSubject("x")
      .setIssuer(issuer)
      .setAudience("ccaas")
      .setExpirationTime("1h")
      .encode();
    expect((await post(adapter, "/calls/accept", acceptBody(), none)).status).toBe(401);
  });

  it("403 when the token's agent is not author.userName, or the token is another partner's", async () => {
    const { adapter, platform, handlers, publisher } = await createTestAdapter();
    const otherAgent = await platform.agentToken("otherAgent");
    const response = await post(adapter, "/calls/hold", participantBody(), otherAgent);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      status: "Error",
      code: "forbidden",
      message: 'The bearer token was issued to another agent than author.userName "testAgent".',
    });
    const otherPartner = await platform.agentToken("testAgent", {
      partnerId: "00000000-0000-4000-8000-000000000000",
    });
    expect((await post(adapter, "/calls/hold", participantBody(), otherPartner)).status).toBe(403);
    expect(handlers.hold).not.toHaveBeenCalled();
    expect(publisher.count).toBe(0);
  });

  it("a token from POST /token works on the call-control routes, for its own agent only", async () => {
    const { adapter, platform } = await createTestAdapter();
    const issued = await tokenFor(adapter, await platform.agentToken());
    expect(issued.status).toBe(200);
    const { token, expiresIn } = await issued.json();
    expect(expiresIn).toBe(600);
    expect(decodeJwt(token)).toMatchObject({ userName: "testAgent", sub: "agent-testAgent", partnerId });
    expect((await post(adapter, "/calls/accept", acceptBody(), token)).status).toBe(200);
    const foreign = acceptBody({
      author: { userName: "otherAgent", participantId: acceptBody().author.participantId },
    });
    expect((await post(adapter, "/calls/accept", foreign, token)).status).toBe(403);
  });

  it("refuses an expired adapter token and one signed with another secret", async () => {
    const { adapter } = await createTestAdapter();
    const expired = await adapterToken(
      { userName: "testAgent", partnerId },
      Math.floor(Date.now() / 1000) - 60,
    );
    const expiredResponse = await post(adapter, "/calls/accept", acceptBody(), expired);
    expect(expiredResponse.status).toBe(401);
    expect((await expiredResponse.json()).message).toMatch(/expired/);
    const forged = await adapterToken(
      { userName: "testAgent", partnerId },
      "10m",
      new TextEncoder().encode("x".repeat(40)),
    );
    expect((await post(adapter, "/calls/accept", acceptBody(), forged)).status).toBe(401);
  });

  it("callControlTokens limits the kinds the call-control routes take", async () => {
    const onlyPlatform = await createTestAdapter({ auth: { callControlTokens: "platform" } as never });
    const platformToken = await onlyPlatform.platform.agentToken();
    const { token } = await (await tokenFor(onlyPlatform.adapter, platformToken)).json();
    expect((await post(onlyPlatform.adapter, "/calls/accept", acceptBody(), token)).status).toBe(401);
    expect((await post(onlyPlatform.adapter, "/calls/accept", acceptBody(), platformToken)).status).toBe(200);

    const onlyAdapter = await createTestAdapter({ auth: { callControlTokens: "adapter" } as never });
    const agentJwt = await onlyAdapter.platform.agentToken();
    expect((await post(onlyAdapter.adapter, "/calls/accept", acceptBody(), agentJwt)).status).toBe(401);
    const issued = await (await tokenFor(onlyAdapter.adapter, agentJwt)).json();
    expect((await post(onlyAdapter.adapter, "/calls/accept", acceptBody(), issued.token)).status).toBe(200);
  });
});

describe("POST /token", () => {
  it("403 when agentLogonName is not the JWT's agent", async () => {
    const { adapter, platform } = await createTestAdapter();
    const response = await tokenFor(adapter, await platform.agentToken("testAgent"), "otherAgent");
    expect(response.status).toBe(403);
    expect((await response.json()).message).toBe(
      'The agent JWT was issued to another agent than agentLogonName "otherAgent"; an agent can only request its own token.',
    );
  });

  it("requires the platform's agent JWT, not an adapter token", async () => {
    const { adapter, platform } = await createTestAdapter();
    const { token } = await (await tokenFor(adapter, await platform.agentToken())).json();
    const response = await tokenFor(adapter, token);
    expect(response.status).toBe(401);
    expect((await post(adapter, "/token", { agentLogonName: "testAgent" })).status).toBe(401);
  });

  it("validates the body (400) and the content type (415)", async () => {
    const { adapter, platform } = await createTestAdapter();
    const jwt = await platform.agentToken();
    const invalid = await post(adapter, "/token", { agentLogonName: "" }, jwt);
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).details).toEqual([
      { field: "/agentLogonName", message: "must NOT have fewer than 1 characters" },
    ]);
    expect(
      (await post(adapter, "/token", "agentLogonName=x", jwt, { "content-type": "text/plain" })).status,
    ).toBe(415);
  });

  it("a custom token handler returns the telephony's token, or the adapter's with extra claims", async () => {
    const provider = await createTestAdapter(
      {},
      { token: async (request) => ({ token: `provider-${request.agentLogonName}`, expiresIn: 60 }) },
    );
    const jwt = await provider.platform.agentToken();
    expect(await (await tokenFor(provider.adapter, jwt)).json()).toEqual({
      token: "provider-testAgent",
      expiresIn: 60,
    });

    const extra = await createTestAdapter(
      {},
      { token: (_request, context) => context.issueToken({ grants: { voice: true }, userName: "spoof" }) },
    );
    const { token } = await (await tokenFor(extra.adapter, await extra.platform.agentToken())).json();
    expect(decodeJwt(token)).toMatchObject({ grants: { voice: true }, userName: "testAgent" });

    const broken = await createTestAdapter({}, { token: async () => ({ token: "" }) });
    expect((await tokenFor(broken.adapter, await broken.platform.agentToken())).status).toBe(502);
  });
});

describe("the platform JWKS by URL", () => {
  const handlers = { accept() {}, end() {}, hold() {}, resume() {}, mute() {}, unmute() {} };

  it("fetches the keys from platformJwksUrl", async () => {
    const platform = await createTestPlatform();
    const fetched: string[] = [];
    const adapter = createVoiceAdapter(handlers, {
      partnerId,
      auth: {
        platformJwksUrl: "http://platform.ccaas.test/.well-known/jwks.json",
        issuer,
        tokenSecret,
        fetch: async (input) => {
          fetched.push(String(input instanceof Request ? input.url : input));
          return Response.json(platform.jwks);
        },
      },
    });
    expect((await post(adapter, "/calls/accept", acceptBody(), await platform.agentToken())).status).toBe(
      200,
    );
    expect(fetched).toEqual(["http://platform.ccaas.test/.well-known/jwks.json"]);
  });

  it("answers 502 (not 401) when the JWKS cannot be fetched", async () => {
    const platform = await createTestPlatform();
    const adapter = createVoiceAdapter(handlers, {
      partnerId,
      validateResponses: true,
      auth: {
        platformJwksUrl: "http://platform.ccaas.test/.well-known/jwks.json",
        issuer,
        tokenSecret,
        fetch: async () => {
          throw new TypeError("fetch failed");
        },
      },
    });
    const response = await post(adapter, "/calls/accept", acceptBody(), await platform.agentToken());
    expect(response.status).toBe(502);
    expect((await response.json()).code).toBe("upstream_failed");
  });
});

describe("CORS", () => {
  const softphone = "https://agent.example.com";

  it("answers a preflight from an allowed origin with the headers the softphone needs", async () => {
    const { adapter } = await createTestAdapter({ cors: { origins: [softphone] } });
    const response = await adapter.fetch(
      new Request("http://adapter.test/calls/accept", {
        method: "OPTIONS",
        headers: {
          origin: softphone,
          "access-control-request-method": "POST",
          "access-control-request-headers": "authorization, content-type",
        },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(softphone);
    expect(response.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
  });

  it("sends no allow-origin to other origins, and puts it on error answers for allowed ones", async () => {
    const { adapter, platform } = await createTestAdapter({ cors: { origins: [softphone] } });
    const evil = await post(adapter, "/calls/accept", acceptBody(), await platform.agentToken(), {
      origin: "https://evil.example",
    });
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();
    const denied = await post(adapter, "/calls/accept", acceptBody(), undefined, { origin: softphone });
    expect(denied.status).toBe(401);
    expect(denied.headers.get("access-control-allow-origin")).toBe(softphone);
  });

  it("sends no CORS headers when no origin is configured", async () => {
    const { adapter, platform } = await createTestAdapter();
    const response = await post(adapter, "/calls/accept", acceptBody(), await platform.agentToken(), {
      origin: softphone,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});
