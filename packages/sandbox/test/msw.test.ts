/**
 * `@ccaas/sandbox/msw`: the sandbox in-process behind msw, reached with plain fetch at its own URL or at the
 * URL a client is configured with; conversation webhooks go out through fetch too, so msw can catch them.
 */
import { http } from "msw";
import { setupServer } from "msw/node";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, sandboxHandlers } from "../src/msw";
import { SpecCheck } from "./support/spec-check";

const sandbox = createSandbox();
const hooks: Array<{ body: string; headers: Record<string, string> }> = [];
const server = setupServer(
  ...sandboxHandlers(sandbox),
  ...sandboxHandlers(sandbox, { baseUrl: "https://api.ccaas.dev" }),
  ...sandboxHandlers(sandbox, { baseUrl: "https://api.flexcontact.com.br" }),
  http.post("https://receiver.example/hooks", async ({ request }) => {
    hooks.push({ body: await request.text(), headers: Object.fromEntries(request.headers) });
    return new Response(null, { status: 204 });
  }),
);
const partnerSpec = new SpecCheck("partner");
const voiceSpec = new SpecCheck("voice");
const sandboxSpec = new SpecCheck("sandbox");

beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterAll(async () => {
  server.close();
  await sandbox.stop();
});

const info = sandbox.control.info();
const basic = `Basic ${Buffer.from(`${info.partnerApi.clientId}:${info.partnerApi.clientSecret}`).toString("base64")}`;
const headers = {
  authorization: basic,
  "x-resource-template-version": "1",
  "content-type": "application/json",
};

describe("the msw bridge", () => {
  it("serves the partner API at the sandbox's own URL and at a client's base URL, with one state", async () => {
    const created = await partnerSpec.check<{ id: string }>(
      "createChannel",
      await fetch(`${sandbox.urls.partnerApi}/partners/${info.partnerApi.partnerId}/channels`, {
        method: "POST",
        headers,
        body: JSON.stringify({
          name: "msw-receiver",
          webhook_url: "https://receiver.example/hooks",
          events: ["conversation.closed"],
        }),
      }),
      201,
    );
    const read = await partnerSpec.check<{ name: string }>(
      "getChannel",
      await fetch(`https://api.ccaas.dev/partners/${info.partnerApi.partnerId}/channels/${created.id}`, {
        headers,
      }),
      200,
    );
    expect(read.name).toBe("msw-receiver");
  });

  it("serves the Voice API under the client's base URL", async () => {
    const response = await fetch("https://api.flexcontact.com.br/Voice/Login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ login: "flex", password: "12345678" }),
    });
    const [result] = await voiceSpec.check<Array<{ token: string }>>("login", response, 200);
    expect(result?.token).toMatch(/^[0-9a-f]{32}$/);
  });

  it("answers 409 for media, which needs sockets", async () => {
    const agent = sandbox.core.agents.byUserName("testAgent");
    if (!agent) throw new Error("no agent");
    const conversation = sandbox.core.engine.placeCall(agent, { phoneNumber: "15555550100" });
    const body = await sandboxSpec.check<{ code: string }>(
      "getCallMedia",
      await fetch(`${sandbox.urls.control}/calls/${conversation.id}/media`),
      409,
    );
    expect(body.code).toBe("media_not_running");
    expect(() => sandbox.control.mediaStats(conversation.id)).toThrow(/Media is not running/);
    sandbox.control.hangUpCustomer(conversation.id);
  });

  it("delivers signed webhooks through fetch, where msw catches them", async () => {
    const deadline = Date.now() + 2000;
    while (hooks.length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    const [hook] = hooks;
    if (!hook) throw new Error("no webhook arrived");
    const secret = [...sandbox.core.partner.channels.values()][0]?.webhookSecret ?? "";
    expect(new Webhook(secret).verify(hook.body, hook.headers)).toMatchObject({
      type: "conversation.closed",
    });
    expect(sandbox.control.webhookDeliveries().map((delivery) => delivery.outcome)).toEqual(["delivered"]);
  });

  it("never broke its spec", () => {
    expect(sandbox.core.violations.entries).toEqual([]);
  });
});
