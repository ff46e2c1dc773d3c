/**
 * Every operation of sandbox.yaml (control and participant-event ingest) against a running sandbox, with an
 * agent signed in on the signaling WebSocket so calls really ring; each response checked against the spec.
 */
import { randomUUID } from "node:crypto";
import type { Conversation } from "@ccaas/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../src/start-sandbox";
import { postJson } from "./support/partner-client";
import { SoftphoneSocket } from "./support/softphone-socket";
import { SpecCheck } from "./support/spec-check";

const spec = new SpecCheck("sandbox");
let sandbox: Sandbox;
let softphone: SoftphoneSocket;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  softphone = await SoftphoneSocket.connect(
    sandbox.urls.signaling,
    await sandbox.control.agentToken("testAgent"),
  );
});

afterAll(async () => {
  await softphone.close();
  await sandbox.stop();
});

const control = (method: string, path: string, body?: unknown) =>
  fetch(`${sandbox.urls.control}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

function firstNumber(): string {
  const number = sandbox.control.info().phoneNumbers[0]?.phone_number;
  if (!number) throw new Error("no phone number");
  return number;
}

async function ring(): Promise<Conversation> {
  return spec.check<Conversation>(
    "simulateInboundCall",
    await control("POST", "/calls/inbound", { to: firstNumber(), from: "+15555550100" }),
    201,
  );
}

function event(
  conversation: Conversation,
  type: string,
  participantId: string,
  extra: Record<string, unknown> = {},
) {
  return {
    eventId: randomUUID(),
    eventType: type,
    eventTime: new Date().toISOString(),
    partnerId: sandbox.control.info().partnerApi.partnerId,
    conversationId: conversation.id,
    participant: { participantId },
    ...extra,
  };
}

describe("info", () => {
  it("lists URLs, demo credentials, numbers and agents", async () => {
    const info = await spec.check<{
      partnerApi: { baseUrl: string };
      signalingUrl: string;
      agents: Array<{ userName: string; softphoneConnections: number; webPhoneOnline: boolean }>;
    }>("getSandboxInfo", await control("GET", "/info"), 200);
    expect(info.partnerApi.baseUrl).toBe(sandbox.urls.partnerApi);
    expect(info.signalingUrl).toBe(sandbox.urls.signaling);
    expect(info.agents.find((agent) => agent.userName === "testAgent")).toMatchObject({
      softphoneConnections: 1,
      webPhoneOnline: true,
    });
  });
});

describe("calls", () => {
  it("rings the online agent, reports media, and hangs the customer up", async () => {
    const conversation = await ring();
    expect(conversation.participants.map((p) => [p.purpose, p.state])).toEqual([
      ["customer", "connected"],
      ["agent", "alerting"],
    ]);
    await softphone.waitFor("propose");
    const media = await spec.check<{ conversationId: string; toAgent: { packets: number } }>(
      "getCallMedia",
      await control("GET", `/calls/${conversation.id}/media`),
      200,
    );
    expect(media.conversationId).toBe(conversation.id);
    // Only ringing: no peer connection carries it yet, so there is no media path to break.
    await spec.check("breakCallMedia", await control("POST", `/calls/${conversation.id}/media/break`), 409);
    await spec.check("hangUpCustomer", await control("POST", `/calls/${conversation.id}/hangup`), 204);
    expect(sandbox.core.engine.get(conversation.id)?.endTime).toBeDefined();
    await spec.check("hangUpCustomer", await control("POST", `/calls/${conversation.id}/hangup`), 409);
  });

  it("answers 404 for an unknown number or conversation, 400 for a bad body", async () => {
    await spec.check(
      "simulateInboundCall",
      await control("POST", "/calls/inbound", { to: "+15550000000", from: "+15555550100" }),
      404,
    );
    await spec.check(
      "simulateInboundCall",
      await control("POST", "/calls/inbound", { to: firstNumber() }),
      400,
    );
    await spec.check("getCallMedia", await control("GET", `/calls/${randomUUID()}/media`), 404);
    await spec.check("getCallMedia", await control("GET", "/calls/not-a-uuid/media"), 400);
    await spec.check("hangUpCustomer", await control("POST", `/calls/${randomUUID()}/hangup`), 404);
    await spec.check("breakCallMedia", await control("POST", `/calls/${randomUUID()}/media/break`), 404);
  });

  it("answers 409 when no agent is online", async () => {
    const other = await startSandbox({ port: 0 });
    try {
      const response = await fetch(`${other.urls.control}/calls/inbound`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ to: "+18883973342", from: "+15555550100" }),
      });
      const body = await spec.check<{ code: string }>("simulateInboundCall", response, 409);
      expect(body.code).toBe("no_agent_online");
    } finally {
      await other.stop();
    }
  });
});

describe("agents", () => {
  it("changes a station, which connected softphones are told about", async () => {
    const agentId = sandbox.core.agents.byUserName("testAgent")?.id ?? "";
    const station = await spec.check<{ webRtcCallAppearances: number }>(
      "setAgentStation",
      await control("PATCH", `/agents/${agentId}/station`, { webRtcCallAppearances: 1 }),
      200,
    );
    expect(station.webRtcCallAppearances).toBe(1);
    await softphone.waitFor("stationEvent");
    await spec.check(
      "setAgentStation",
      await control("PATCH", `/agents/${agentId}/station`, { webRtcCallAppearances: 100 }),
      200,
    );
    await spec.check("setAgentStation", await control("PATCH", `/agents/${agentId}/station`, {}), 400);
    await spec.check(
      "setAgentStation",
      await control("PATCH", "/agents/nobody/station", { webRtcCallAppearances: 1 }),
      404,
    );
  });

  it("marks a web phone online and clears the mark", async () => {
    const agentId = sandbox.core.agents.byUserName("laAgent")?.id ?? "";
    const online = await spec.check(
      "setWebPhoneOnline",
      await control("PUT", `/agents/${agentId}/web-phone`, { online: true }),
      200,
    );
    expect(online).toEqual({ agentId, online: true, markedOnline: true, softphoneConnections: 0 });
    const offline = await spec.check(
      "setWebPhoneOnline",
      await control("PUT", `/agents/${agentId}/web-phone`, { online: false }),
      200,
    );
    expect(offline).toMatchObject({ online: false });
    await spec.check(
      "setWebPhoneOnline",
      await control("PUT", `/agents/${agentId}/web-phone`, { online: "yes" }),
      400,
    );
    await spec.check(
      "setWebPhoneOnline",
      await control("PUT", "/agents/nobody/web-phone", { online: true }),
      404,
    );
  });
});

describe("participant event ingest", () => {
  const ingest = (body: unknown) => postJson(`${sandbox.urls.base}/ingest/participant-events`, body);

  it("applies initiated, held, resumed, muted, unmuted and completed events, once each", async () => {
    const conversation = await ring();
    const agent = conversation.participants.find((p) => p.purpose === "agent");
    const customer = conversation.participants.find((p) => p.purpose === "customer");
    if (!agent || !customer) throw new Error("missing participants");
    const initiated = event(conversation, "PARTICIPANTCALLINITIATED", agent.id, {
      author: { userName: "testAgent", participantId: agent.id },
    });
    expect(await spec.check("ingestParticipantEvent", await ingest(initiated), 202)).toEqual({
      eventId: initiated.eventId,
      outcome: "applied",
    });
    expect(await spec.check("ingestParticipantEvent", await ingest(initiated), 202)).toEqual({
      eventId: initiated.eventId,
      outcome: "duplicate",
    });
    const state = (id: string) =>
      sandbox.core.engine.get(conversation.id)?.participants.find((p) => p.id === id);
    expect(state(agent.id)?.state).toBe("connected");

    await spec.check(
      "ingestParticipantEvent",
      await ingest(event(conversation, "PARTICIPANTCALLHELD", customer.id)),
      202,
    );
    expect(state(customer.id)).toMatchObject({ state: "held", held: true });
    await spec.check(
      "ingestParticipantEvent",
      await ingest(event(conversation, "PARTICIPANTCALLRESUMED", customer.id)),
      202,
    );
    await spec.check(
      "ingestParticipantEvent",
      await ingest(event(conversation, "PARTICIPANTCALLMUTED", agent.id)),
      202,
    );
    expect(state(agent.id)).toMatchObject({ state: "muted", muted: true, held: false });
    await spec.check(
      "ingestParticipantEvent",
      await ingest(event(conversation, "PARTICIPANTCALLUNMUTED", agent.id)),
      202,
    );
    expect(state(agent.id)).toMatchObject({ state: "connected", muted: false });

    await spec.check(
      "ingestParticipantEvent",
      await ingest(
        event(conversation, "PARTICIPANTCALLCOMPLETED", agent.id, { removeAllParticipants: true }),
      ),
      202,
    );
    expect(sandbox.core.engine.get(conversation.id)?.endTime).toBeDefined();
    // A completion for someone already gone (an adapter announcing a remove-all end per participant) is a no-op.
    await spec.check(
      "ingestParticipantEvent",
      await ingest(event(conversation, "PARTICIPANTCALLCOMPLETED", agent.id)),
      202,
    );
    expect(state(agent.id)).toMatchObject({ state: "disconnected" });
  });

  it("disconnects only the agent when removeAllParticipants is false, which ends a two-party call", async () => {
    const conversation = await ring();
    const agent = conversation.participants.find((p) => p.purpose === "agent");
    await spec.check(
      "ingestParticipantEvent",
      await ingest(event(conversation, "PARTICIPANTCALLCOMPLETED", agent?.id ?? "")),
      202,
    );
    const after = sandbox.core.engine.get(conversation.id);
    expect(after?.participants.find((p) => p.id === agent?.id)?.state).toBe("disconnected");
  });

  it("rejects invalid events (400), unknown conversations and participants (404)", async () => {
    const conversation = await ring();
    const body = await spec.check<{ details: Array<{ field: string }> }>(
      "ingestParticipantEvent",
      await ingest({ ...event(conversation, "PARTICIPANTCALLHELD", randomUUID()), colour: "blue" }),
      400,
    );
    expect(body.details.length).toBeGreaterThan(0);
    await spec.check(
      "ingestParticipantEvent",
      await ingest({
        ...event(conversation, "PARTICIPANTCALLHELD", randomUUID()),
        conversationId: randomUUID(),
      }),
      404,
    );
    await spec.check(
      "ingestParticipantEvent",
      await ingest(event(conversation, "PARTICIPANTCALLHELD", randomUUID())),
      404,
    );
    await spec.check(
      "ingestParticipantEvent",
      await ingest({ ...event(conversation, "PARTICIPANTCALLHELD", randomUUID()), partnerId: randomUUID() }),
      404,
    );
    sandbox.control.hangUpCustomer(conversation.id);
  });
});

describe("webhook deliveries", () => {
  it("lists delivery attempts, filtered by channel", async () => {
    const all = await spec.check<{ items: unknown[] }>(
      "listWebhookDeliveries",
      await control("GET", "/webhooks/deliveries"),
      200,
    );
    expect(Array.isArray(all.items)).toBe(true);
    await spec.check(
      "listWebhookDeliveries",
      await control("GET", `/webhooks/deliveries?channelId=${randomUUID()}`),
      200,
    );
    await spec.check(
      "listWebhookDeliveries",
      await control("GET", "/webhooks/deliveries?channelId=nope"),
      400,
    );
  });
});

describe("the whole spec", () => {
  it("exercised every operation, and the sandbox never broke its spec", () => {
    expect(spec.missing()).toEqual([]);
    expect(sandbox.core.violations.entries).toEqual([]);
  });
});
