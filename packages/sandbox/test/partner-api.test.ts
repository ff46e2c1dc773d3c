/**
 * Every operation of partner-api.yaml against a running sandbox, with plain fetch, each response checked
 * against the spec: partner resources under Basic credentials, agent endpoints under an agent's JWT.
 */
import { createRemoteJWKSet, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../src/start-sandbox";
import { adapterUrls, agentFetch, partnerFetch, partnerHeaders, postJson } from "./support/partner-client";
import { SpecCheck } from "./support/spec-check";

const spec = new SpecCheck("partner");
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});

afterAll(async () => {
  await sandbox.stop();
});

async function login(userName = "testAgent", password = "agent-password"): Promise<string> {
  const response = await postJson(
    `${sandbox.urls.partnerApi}/api/v2/agents/login`,
    { userName, password },
    { "x-resource-template-version": "1" },
  );
  const body = await spec.check<{ access_token: string }>("loginAgent", response, 200);
  return body.access_token;
}

describe("partner credentials and headers", () => {
  it("answers 401 with a Basic challenge without credentials", async () => {
    const response = await fetch(
      `${sandbox.urls.partnerApi}/partners/${sandbox.control.info().partnerApi.partnerId}/voiceproviders`,
      {
        headers: { "x-resource-template-version": "1" },
      },
    );
    expect(response.headers.get("www-authenticate")).toBe('Basic realm="ccaas"');
    const body = await spec.check<{ code: string }>("listVoiceProviders", response, 401);
    expect(body.code).toBe("unauthorized");
  });

  it("answers 401 for a wrong secret, without echoing it", async () => {
    const response = await partnerFetch(sandbox, "GET", "/voiceproviders", undefined, {
      authorization: `Basic ${Buffer.from("sandbox-client:not-the-secret").toString("base64")}`,
    });
    const text = await response.clone().text();
    expect(text).not.toContain("not-the-secret");
    await spec.check("listVoiceProviders", response, 401);
  });

  it("requires x-resource-template-version and names it", async () => {
    const { "x-resource-template-version": _omitted, ...headers } = partnerHeaders(sandbox);
    const partnerId = sandbox.control.info().partnerApi.partnerId;
    const response = await fetch(`${sandbox.urls.partnerApi}/partners/${partnerId}/phonenumbers`, {
      headers,
    });
    const body = await spec.check<{ message: string }>("listPhoneNumbers", response, 400);
    expect(body.message).toContain("x-resource-template-version");
  });

  it("rejects a template version the sandbox does not serve", async () => {
    const response = await partnerFetch(sandbox, "GET", "/phonenumbers", undefined, {
      "x-resource-template-version": "7",
    });
    const body = await spec.check<{ message: string }>("listPhoneNumbers", response, 400);
    expect(body.message).toMatch(/x-resource-template-version.*"1"/);
  });

  it("answers 401 for another partner's id", async () => {
    const response = await fetch(
      `${sandbox.urls.partnerApi}/partners/00000000-0000-4000-8000-000000000000/channels`,
      { headers: partnerHeaders(sandbox) },
    );
    await spec.check("listChannels", response, 401);
  });
});

describe("voice providers and phone numbers", () => {
  it("registers, reads, updates, associates and deletes a voice provider", async () => {
    const created = await spec.check<{ id: string }>(
      "createVoiceProvider",
      await partnerFetch(sandbox, "POST", "/voiceproviders", { name: "acme-voice", ...adapterUrls }),
      201,
    );

    const duplicate = await spec.check<{ details: Array<{ field: string }> }>(
      "createVoiceProvider",
      await partnerFetch(sandbox, "POST", "/voiceproviders", { name: "acme-voice", ...adapterUrls }),
      409,
    );
    expect(duplicate.details[0]?.field).toBe("/name");

    const listed = await partnerFetch(sandbox, "GET", "/voiceproviders");
    expect(listed.headers.get("www-authenticate")).toBeNull();
    expect(listed.headers.get("x-request-id")).toMatch(/^req_/);
    const list = await spec.check<{ items: Array<{ id: string }> }>("listVoiceProviders", listed, 200);
    expect(list.items.map((item) => item.id)).toContain(created.id);

    const read = await spec.check<{ name: string }>(
      "getVoiceProvider",
      await partnerFetch(sandbox, "GET", `/voiceproviders/${created.id}`),
      200,
    );
    expect(read.name).toBe("acme-voice");

    const moved = await spec.check<{ accept_call_url: string; hold_call_url: string }>(
      "updateVoiceProvider",
      await partnerFetch(sandbox, "PATCH", `/voiceproviders/${created.id}`, {
        accept_call_url: "https://adapter-eu.acme.example/calls/accept",
      }),
      200,
    );
    expect(moved.accept_call_url).toBe("https://adapter-eu.acme.example/calls/accept");
    expect(moved.hold_call_url).toBe(adapterUrls.hold_call_url);

    const other = await spec.check<{ id: string }>(
      "createVoiceProvider",
      await partnerFetch(sandbox, "POST", "/voiceproviders", { name: "other-voice", ...adapterUrls }),
      201,
    );
    await spec.check(
      "updateVoiceProvider",
      await partnerFetch(sandbox, "PATCH", `/voiceproviders/${other.id}`, { name: "acme-voice" }),
      409,
    );

    const numbers = await spec.check<{ items: Array<{ id: string; phone_number: string }> }>(
      "listPhoneNumbers",
      await partnerFetch(sandbox, "GET", "/phonenumbers"),
      200,
    );
    const number = numbers.items[0];
    if (!number) throw new Error("the sandbox has no numbers");
    const partnerId = sandbox.control.info().partnerApi.partnerId;
    const uri = `/partners/${partnerId}/voiceproviders/${created.id}`;
    const associated = await spec.check<{ voice_provider_id_resource_uri: string }>(
      "associatePhoneNumber",
      await partnerFetch(sandbox, "POST", `/phonenumbers/${number.id}`, {
        voice_provider_id_resource_uri: uri,
      }),
      200,
    );
    expect(associated.voice_provider_id_resource_uri).toBe(uri);
    const readNumber = await spec.check<{ voice_provider_id_resource_uri: string }>(
      "getPhoneNumber",
      await partnerFetch(sandbox, "GET", `/phonenumbers/${number.id}`),
      200,
    );
    expect(readNumber.voice_provider_id_resource_uri).toBe(uri);

    const stillUsed = await spec.check<{ message: string }>(
      "deleteVoiceProvider",
      await partnerFetch(sandbox, "DELETE", `/voiceproviders/${created.id}`),
      409,
    );
    expect(stillUsed.message).toContain(number.phone_number);

    await spec.check(
      "associatePhoneNumber",
      await partnerFetch(sandbox, "POST", `/phonenumbers/${number.id}`, {
        voice_provider_id_resource_uri: `/partners/${partnerId}/voiceproviders/${other.id}`,
      }),
      200,
    );
    await spec.check(
      "deleteVoiceProvider",
      await partnerFetch(sandbox, "DELETE", `/voiceproviders/${created.id}`),
      204,
    );
    await spec.check(
      "getVoiceProvider",
      await partnerFetch(sandbox, "GET", `/voiceproviders/${created.id}`),
      404,
    );
    await spec.check(
      "deleteVoiceProvider",
      await partnerFetch(sandbox, "DELETE", `/voiceproviders/${created.id}`),
      404,
    );
  });

  it("names the offending field of an invalid body", async () => {
    const bad = await spec.check<{ code: string; details: Array<{ field: string }> }>(
      "createVoiceProvider",
      await partnerFetch(sandbox, "POST", "/voiceproviders", {
        name: "bad",
        ...adapterUrls,
        accept_call_url: "not a url",
        extra: 1,
      }),
      400,
    );
    expect(bad.code).toBe("validation_failed");
    expect(bad.details.map((detail) => detail.field).sort()).toEqual(["/accept_call_url", "/extra"]);
  });

  it("answers 404 naming the field for an association to an unknown voice provider", async () => {
    const [number] = sandbox.control.info().phoneNumbers;
    const partnerId = sandbox.control.info().partnerApi.partnerId;
    const body = await spec.check<{ details: Array<{ field: string }> }>(
      "associatePhoneNumber",
      await partnerFetch(sandbox, "POST", `/phonenumbers/${number?.id}`, {
        voice_provider_id_resource_uri: `/partners/${partnerId}/voiceproviders/11111111-1111-4111-8111-111111111111`,
      }),
      404,
    );
    expect(body.details[0]?.field).toBe("/voice_provider_id_resource_uri");
    await spec.check(
      "getPhoneNumber",
      await partnerFetch(sandbox, "GET", "/phonenumbers/11111111-1111-4111-8111-111111111111"),
      404,
    );
  });

  it("replays a create with the same Idempotency-Key and body, and refuses another body", async () => {
    const key = { "idempotency-key": "create-once-1" };
    const first = await partnerFetch(
      sandbox,
      "POST",
      "/voiceproviders",
      { name: "idempotent-voice", ...adapterUrls },
      key,
    );
    const second = await partnerFetch(
      sandbox,
      "POST",
      "/voiceproviders",
      { ...adapterUrls, name: "idempotent-voice" },
      key,
    );
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    const a = await spec.check<{ id: string }>("createVoiceProvider", first, 201);
    const b = await spec.check<{ id: string }>("createVoiceProvider", second, 201);
    expect(b.id).toBe(a.id);
    await spec.check(
      "createVoiceProvider",
      await partnerFetch(sandbox, "POST", "/voiceproviders", { name: "something-else", ...adapterUrls }, key),
      409,
    );
  });
});

describe("channels", () => {
  it("creates a channel with a signing secret shown once, lists, reads and deletes it", async () => {
    const created = await spec.check<{ id: string; webhook_secret: string; events: string[] }>(
      "createChannel",
      await partnerFetch(sandbox, "POST", "/channels", {
        name: "acme-events",
        webhook_url: "https://adapter.acme.example/webhooks",
      }),
      201,
    );
    expect(created.webhook_secret).toMatch(/^whsec_[A-Za-z0-9+/]+={0,2}$/);
    expect(created.events).toHaveLength(4);
    const list = await spec.check<{ items: Array<Record<string, unknown>> }>(
      "listChannels",
      await partnerFetch(sandbox, "GET", "/channels"),
      200,
    );
    expect(list.items.find((item) => item.id === created.id)).not.toHaveProperty("webhook_secret");
    const read = await spec.check<Record<string, unknown>>(
      "getChannel",
      await partnerFetch(sandbox, "GET", `/channels/${created.id}`),
      200,
    );
    expect(read).not.toHaveProperty("webhook_secret");
    await spec.check("deleteChannel", await partnerFetch(sandbox, "DELETE", `/channels/${created.id}`), 204);
    await spec.check("getChannel", await partnerFetch(sandbox, "GET", `/channels/${created.id}`), 404);
    await spec.check("deleteChannel", await partnerFetch(sandbox, "DELETE", `/channels/${created.id}`), 404);
  });

  it("accepts plain http only for loopback receivers", async () => {
    await spec.check(
      "createChannel",
      await partnerFetch(sandbox, "POST", "/channels", {
        name: "plain",
        webhook_url: "http://adapter.acme.example/hooks",
      }),
      400,
    );
    await spec.check(
      "createChannel",
      await partnerFetch(sandbox, "POST", "/channels", {
        name: "local",
        webhook_url: "http://127.0.0.1:9/hooks",
        events: ["conversation.closed"],
      }),
      201,
    );
  });
});

describe("agents", () => {
  it("signs an agent in with a JWT that the JWKS verifies", async () => {
    const token = await login();
    const jwksResponse = await fetch(sandbox.urls.jwks);
    await spec.check("getJwks", jwksResponse.clone(), 200);
    const jwks = createRemoteJWKSet(new URL(sandbox.urls.jwks));
    const { payload } = await jwtVerify(token, jwks);
    expect(payload.userName).toBe("testAgent");
    expect(payload.sub).toBe(sandbox.core.agents.byUserName("testAgent")?.id);
  });

  it("answers 401 to a wrong password without saying which half was wrong", async () => {
    const response = await postJson(
      `${sandbox.urls.partnerApi}/api/v2/agents/login`,
      { userName: "testAgent", password: "nope" },
      { "x-resource-template-version": "1" },
    );
    const body = await spec.check<{ message: string }>("loginAgent", response, 401);
    expect(body.message).not.toContain("nope");
    await spec.check(
      "loginAgent",
      await postJson(
        `${sandbox.urls.partnerApi}/api/v2/agents/login`,
        { userName: "ghost", password: "nope" },
        { "x-resource-template-version": "1" },
      ),
      401,
    );
  });

  it("answers 401 with a Bearer challenge to agent endpoints without a valid token", async () => {
    const none = await fetch(`${sandbox.urls.partnerApi}/api/v2/users/me/station`, {
      headers: { "x-resource-template-version": "1" },
    });
    expect(none.headers.get("www-authenticate")).toContain("Bearer");
    await spec.check("getMyStation", none, 401);
    const token = await login();
    const forged = `${token.slice(0, -4)}AAAA`;
    await spec.check(
      "getMyStation",
      await agentFetch(sandbox, forged, "GET", "/api/v2/users/me/station"),
      401,
    );
    // Partner credentials are not an agent token.
    await spec.check(
      "listConversationCalls",
      await fetch(`${sandbox.urls.partnerApi}/api/v2/conversations/calls`, {
        headers: partnerHeaders(sandbox),
      }),
      401,
    );
  });
});

describe("conversations and stations", () => {
  it("places a call as the agent, lists and reads it, holds and hangs up the customer", async () => {
    const token = await login();
    const other = await login("laAgent");
    const placed = await spec.check<{ id: string; selfUri: string }>(
      "placeCall",
      await agentFetch(
        sandbox,
        token,
        "POST",
        "/api/v2/conversations/calls",
        { phoneNumber: "15555555555" },
        { "x-softphone-client-id": "tab-1" },
      ),
      200,
    );
    expect(placed.selfUri).toBe(`/api/v2/conversations/calls/${placed.id}`);

    const mine = await spec.check<{ items: Array<{ id: string }> }>(
      "listConversationCalls",
      await agentFetch(sandbox, token, "GET", "/api/v2/conversations/calls"),
      200,
    );
    expect(mine.items.map((item) => item.id)).toContain(placed.id);
    const theirs = await spec.check<{ items: Array<{ id: string }> }>(
      "listConversationCalls",
      await agentFetch(sandbox, other, "GET", "/api/v2/conversations/calls"),
      200,
    );
    expect(theirs.items.map((item) => item.id)).not.toContain(placed.id);

    const conversation = await spec.check<{ participants: Array<{ id: string; purpose: string }> }>(
      "getConversationCall",
      await agentFetch(sandbox, token, "GET", placed.selfUri),
      200,
    );
    await spec.check("getConversationCall", await agentFetch(sandbox, other, "GET", placed.selfUri), 404);
    const customer = conversation.participants.find((participant) => participant.purpose === "customer");
    if (!customer) throw new Error("no customer participant");
    const path = `${placed.selfUri}/participants/${customer.id}`;

    await spec.check(
      "updateConversationParticipant",
      await agentFetch(sandbox, other, "PATCH", path, { held: true }),
      404,
    );
    const held = await spec.check<{ state: string; held: boolean }>(
      "updateConversationParticipant",
      await agentFetch(sandbox, token, "PATCH", path, { held: true }),
      200,
    );
    expect(held).toMatchObject({ held: true });
    const gone = await spec.check<{ state: string }>(
      "updateConversationParticipant",
      await agentFetch(sandbox, token, "PATCH", path, { state: "disconnected" }),
      200,
    );
    expect(gone.state).toBe("disconnected");
    await spec.check(
      "updateConversationParticipant",
      await agentFetch(sandbox, token, "PATCH", path, { muted: true }),
      409,
    );
    await spec.check(
      "updateConversationParticipant",
      await agentFetch(sandbox, token, "PATCH", path, {}),
      400,
    );

    const after = await spec.check<{ items: Array<{ id: string }> }>(
      "listConversationCalls",
      await agentFetch(sandbox, token, "GET", "/api/v2/conversations/calls"),
      200,
    );
    expect(after.items.map((item) => item.id)).not.toContain(placed.id);
  });

  it("refuses a call without a target, and a conference with someone else's conversation", async () => {
    const token = await login();
    await spec.check(
      "placeCall",
      await agentFetch(sandbox, token, "POST", "/api/v2/conversations/calls", { callerId: "+18005550199" }),
      400,
    );
    const body = await spec.check<{ details: Array<{ field: string }> }>(
      "placeCall",
      await agentFetch(sandbox, token, "POST", "/api/v2/conversations/calls", {
        conversationIds: ["22222222-2222-4222-8222-222222222222"],
      }),
      404,
    );
    expect(body.details[0]?.field).toBe("/conversationIds/0");
  });

  it("places a call once per Idempotency-Key", async () => {
    const token = await login();
    const headers = { "idempotency-key": "call-once" };
    const a = await spec.check<{ id: string }>(
      "placeCall",
      await agentFetch(
        sandbox,
        token,
        "POST",
        "/api/v2/conversations/calls",
        { phoneNumber: "15555550123" },
        headers,
      ),
      200,
    );
    const b = await spec.check<{ id: string }>(
      "placeCall",
      await agentFetch(
        sandbox,
        token,
        "POST",
        "/api/v2/conversations/calls",
        { phoneNumber: "15555550123" },
        headers,
      ),
      200,
    );
    expect(b.id).toBe(a.id);
  });

  it("reads and changes the agent's own station, and announces the change", async () => {
    const token = await login();
    const station = await spec.check<{ id: string; webRtcCallAppearances: number }>(
      "getMyStation",
      await agentFetch(sandbox, token, "GET", "/api/v2/users/me/station"),
      200,
    );
    expect(station.webRtcCallAppearances).toBe(100);
    const changes: unknown[] = [];
    const listener = (change: unknown) => changes.push(change);
    sandbox.core.agents.on("stationChanged", listener);
    const updated = await spec.check<{ webRtcCallAppearances: number; webRtcPersistentEnabled: boolean }>(
      "updateStation",
      await agentFetch(sandbox, token, "PATCH", `/api/v2/stations/${station.id}`, {
        webRtcCallAppearances: 1,
        webRtcPersistentEnabled: true,
      }),
      200,
    );
    sandbox.core.agents.off("stationChanged", listener);
    expect(updated).toMatchObject({ webRtcCallAppearances: 1, webRtcPersistentEnabled: true });
    expect(changes).toEqual([{ agentId: sandbox.core.agents.byUserName("testAgent")?.id, station: updated }]);
    const otherStation = sandbox.core.agents.byUserName("laAgent")?.station.id;
    await spec.check(
      "updateStation",
      await agentFetch(sandbox, token, "PATCH", `/api/v2/stations/${otherStation}`, {
        webRtcCallAppearances: 100,
      }),
      404,
    );
    await spec.check(
      "updateStation",
      await agentFetch(sandbox, token, "PATCH", `/api/v2/stations/${station.id}`, {
        webRtcCallAppearances: 2,
      }),
      400,
    );
    await spec.check(
      "updateStation",
      await agentFetch(sandbox, token, "PATCH", `/api/v2/stations/${station.id}`, {
        webRtcCallAppearances: 100,
        webRtcPersistentEnabled: false,
      }),
      200,
    );
  });
});

describe("the whole spec", () => {
  it("exercised every operation, and the sandbox never broke its spec", () => {
    expect(spec.missing()).toEqual([]);
    expect(sandbox.core.violations.entries).toEqual([]);
  });
});
