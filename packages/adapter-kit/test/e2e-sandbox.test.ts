/**
 * End to end against the sandbox (the first "done when"): the adapter is registered with the CLI
 * through the partner API, an agent's softphone is online, a customer calls; the agent's token buys an
 * adapter token, accept connects the agent in the sandbox's conversation, end completes it, and the events
 * the sandbox received carry the seed's names exactly.
 */

import { createPartnerClient } from "@ccaas/partner-api";
import { type Sandbox, startSandbox } from "@ccaas/sandbox";
import type { ParticipantEventMessage } from "@ccaas/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createHttpPublisher,
  createVoiceAdapter,
  type EventPublisher,
  type RunningServer,
  serve,
} from "../src/index";
import { runCli } from "../src/registration/run-cli";

describe("end to end against the sandbox", () => {
  let sandbox: Sandbox;
  let server: RunningServer;
  let softphone: WebSocket;
  const published: ParticipantEventMessage[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, signaling: { proposeTimeoutMs: 60_000 } });
    const info = sandbox.control.info();
    const http = createHttpPublisher({ platformBaseUrl: sandbox.urls.base });
    const recording: EventPublisher = {
      async publish(event) {
        await http.publish(event);
        published.push(event);
      },
    };
    // The sandbox is the telephony: the events the adapter publishes are what changes the conversation.
    const telephony = async () => {};
    const adapter = createVoiceAdapter(
      {
        accept: telephony,
        end: telephony,
        hold: telephony,
        resume: telephony,
        mute: telephony,
        unmute: telephony,
      },
      {
        partnerId: info.partnerApi.partnerId,
        publisher: recording,
        validateResponses: true,
        auth: {
          platformJwksUrl: sandbox.urls.jwks,
          issuer: sandbox.urls.base,
          tokenSecret: "e2e-secret-e2e-secret-e2e-secret-e2e",
        },
      },
    );
    server = await serve(adapter, { port: 0 });
  });

  afterAll(async () => {
    softphone?.close();
    await server?.close();
    await sandbox?.stop();
  });

  it("registers, accepts from an agent token, connects the agent, ends the call", async () => {
    const info = sandbox.control.info();
    const number = info.phoneNumbers[0];
    if (!number) throw new Error("the sandbox has no phone numbers");

    // 1. Register with the CLI, as a deploy step would.
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(
      ["register", "--name", "e2e-voice", "--adapter-url", server.url, "--phone-number", number.phone_number],
      {
        CCAAS_PLATFORM_URL: info.partnerApi.baseUrl,
        CCAAS_PARTNER_ID: info.partnerApi.partnerId,
        CCAAS_CLIENT_ID: info.partnerApi.clientId,
        CCAAS_CLIENT_SECRET: info.partnerApi.clientSecret,
        CCAAS_TEMPLATE_VERSION: info.partnerApi.templateVersion,
      },
      { out: (line) => out.push(line), err: (line) => err.push(line) },
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out.join("\n")).toMatch(/voice provider e2e-voice \(.+\): created/);
    expect(out.join("\n")).toContain(`phone number ${number.phone_number} (${number.id}): associated`);
    const partner = createPartnerClient({
      baseUrl: info.partnerApi.baseUrl,
      partnerId: info.partnerApi.partnerId,
      clientId: info.partnerApi.clientId,
      clientSecret: info.partnerApi.clientSecret,
      templateVersion: info.partnerApi.templateVersion,
    });
    const { items } = await partner.listVoiceProviders();
    const provider = items.find((candidate) => candidate.name === "e2e-voice");
    expect(provider?.accept_call_url).toBe(`${server.url}/calls/accept`);
    expect(provider?.access_token_url).toBe(`${server.url}/token`);

    // 2. The agent's softphone comes online (signaling), and a customer calls the number.
    const agentJwt = await sandbox.control.agentToken("testAgent");
    softphone = new WebSocket(sandbox.urls.signaling);
    await new Promise<void>((resolve, reject) => {
      softphone.addEventListener("open", () =>
        softphone.send(JSON.stringify({ type: "authenticate", token: agentJwt })),
      );
      softphone.addEventListener("message", (message) => {
        if (JSON.parse(String(message.data)).type === "ready") resolve();
      });
      softphone.addEventListener("error", () => reject(new Error("signaling failed")));
    });
    const ringing = sandbox.control.simulateInboundCall({ to: number.phone_number, from: "+15555550100" });
    const agent = ringing.participants.find((participant) => participant.purpose === "agent");
    const customer = ringing.participants.find((participant) => participant.purpose === "customer");
    if (!agent || !customer) throw new Error("the sandbox routed no agent or customer");
    expect(agent.state).toBe("alerting");

    // 3. The softphone trades the agent JWT for the adapter's token, and accepts through the registered URL.
    const call = (url: string, body: unknown, token: string) =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    const tokenResponse = await call(
      provider?.access_token_url ?? "",
      { agentLogonName: "testAgent" },
      agentJwt,
    );
    expect(tokenResponse.status).toBe(200);
    const { token } = (await tokenResponse.json()) as { token: string };
    const author = { userName: "testAgent", participantId: agent.id };
    const accepted = await call(
      provider?.accept_call_url ?? "",
      { conversationId: ringing.id, author },
      token,
    );
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ status: "Success" });
    const connected = sandbox.core.engine.get(ringing.id);
    expect(connected?.participants.find((participant) => participant.id === agent.id)?.state).toBe(
      "connected",
    );

    // 4. End for everyone: the conversation completes.
    const ended = await call(
      provider?.end_call_url ?? "",
      { conversationId: ringing.id, removeAllParticipants: true, participantId: customer.id, author },
      token,
    );
    expect(ended.status).toBe(200);
    const final = sandbox.core.engine.get(ringing.id);
    expect(final?.endTime).toBeDefined();
    expect(final?.participants.every((participant) => participant.state === "disconnected")).toBe(true);

    // 5. The events, by the seed's names exactly.
    expect(published.map((event) => [event.eventType, event.participant.participantId])).toEqual([
      ["PARTICIPANTCALLINITIATED", agent.id],
      ["PARTICIPANTCALLCOMPLETED", agent.id],
      ["PARTICIPANTCALLCOMPLETED", customer.id],
    ]);
  });
});
