/**
 * Conversation webhooks against a real receiver (node:http on 127.0.0.1) that fails the first attempts, with
 * signatures checked by an independent verifier: the `standardwebhooks` package (Standard Webhooks' own
 * JavaScript library), plus the spec's test vector, tampering, replay and clock skew.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { ConversationWebhookEvent, WebhookDelivery } from "@ccaas/types";
import { partnerApiDocument } from "@ccaas/types/specs";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type Sandbox, startSandbox } from "../src/start-sandbox";
import { signWebhook } from "../src/webhooks/standard-webhooks";
import { webhookOperationIds } from "../src/webhooks/webhook-events";
import { agentFetch, partnerFetch, postJson } from "./support/partner-client";
import { SpecCheck } from "./support/spec-check";

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  /** What the independent verifier said when the request arrived. */
  verified: boolean | string;
  status: number;
}

/** A webhook receiver that answers 503 to the first `failFirst` attempts of every webhook id. */
class Receiver {
  readonly received: Received[] = [];
  secret = "";
  readonly #server: Server;
  readonly #attempts = new Map<string, number>();

  constructor(private readonly failFirst: number) {
    this.#server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        const id = String(request.headers["webhook-id"]);
        const attempt = (this.#attempts.get(id) ?? 0) + 1;
        this.#attempts.set(id, attempt);
        let verified: boolean | string = true;
        try {
          new Webhook(this.secret).verify(body, request.headers as Record<string, string>);
        } catch (error) {
          verified = String(error);
        }
        const status = attempt <= this.failFirst ? 503 : 204;
        this.received.push({ headers: request.headers, body, verified, status });
        response.writeHead(status).end();
      });
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/webhooks`;
  }

  delivered(): Array<ConversationWebhookEvent> {
    return this.received
      .filter((item) => item.status === 204)
      .map((item) => JSON.parse(item.body) as ConversationWebhookEvent);
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const sandboxSpec = new SpecCheck("sandbox");
const partnerSpec = new SpecCheck("partner");
let sandbox: Sandbox;
const flaky = new Receiver(2);
const closedOnly = new Receiver(0);
const broken = new Receiver(100);

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, webhooks: { maxAttempts: 4, initialBackoffMs: 40 } });
});

afterAll(async () => {
  await sandbox.stop();
  await Promise.all([flaky.close(), closedOnly.close(), broken.close()]);
});

afterEach(() => {
  vi.useRealTimers();
});

async function subscribe(receiver: Receiver, events?: string[]): Promise<string> {
  const url = await receiver.listen();
  const created = await partnerSpec.check<{ id: string; webhook_secret: string }>(
    "createChannel",
    await partnerFetch(sandbox, "POST", "/channels", {
      name: `receiver-${url}`,
      webhook_url: url,
      ...(events ? { events } : {}),
    }),
    201,
  );
  receiver.secret = created.webhook_secret;
  return created.id;
}

describe("delivery", () => {
  let flakyChannel = "";
  let closedChannel = "";
  let conversationId = "";

  beforeAll(async () => {
    flakyChannel = await subscribe(flaky);
    closedChannel = await subscribe(closedOnly, ["conversation.closed"]);
    const login = await postJson(
      `${sandbox.urls.partnerApi}/api/v2/agents/login`,
      { userName: "testAgent", password: "agent-password" },
      { "x-resource-template-version": "1" },
    );
    const { access_token: token } = (await login.json()) as { access_token: string };
    const placed = (await (
      await agentFetch(sandbox, token, "POST", "/api/v2/conversations/calls", { phoneNumber: "15555555555" })
    ).json()) as { id: string };
    conversationId = placed.id;
    const conversation = (await (
      await agentFetch(sandbox, token, "GET", `/api/v2/conversations/calls/${placed.id}`)
    ).json()) as { participants: Array<{ id: string; purpose: string }> };
    const customer = conversation.participants.find((p) => p.purpose === "customer");
    await agentFetch(
      sandbox,
      token,
      "PATCH",
      `/api/v2/conversations/calls/${placed.id}/participants/${customer?.id}`,
      { state: "disconnected" },
    );
    // joined x2, left x2, closed: five events, each acknowledged on its third attempt.
    await until(() => flaky.delivered().length === 5 && closedOnly.delivered().length === 1);
  });

  it("delivers joined, left and closed events whose bodies match the spec's webhooks", () => {
    const events = flaky.delivered();
    expect(events.map((event) => event.type).sort()).toEqual([
      "conversation.closed",
      "conversation.participant.joined",
      "conversation.participant.joined",
      "conversation.participant.left",
      "conversation.participant.left",
    ]);
    for (const event of events) {
      expect(event.data.conversationId).toBe(conversationId);
      const issues = partnerSpec.validator.validateRequest(webhookOperationIds[event.type], {
        hasBody: true,
        body: event,
      });
      expect(issues.filter((issue) => issue.in === "body")).toEqual([]);
    }
  });

  it("signs every attempt so the independent verifier accepts it, with the spec's headers", () => {
    expect(flaky.received.length).toBe(15);
    for (const item of [...flaky.received, ...closedOnly.received]) {
      expect(item.verified).toBe(true);
      expect(item.headers["content-type"]).toBe("application/json");
      expect(item.headers["webhook-timestamp"]).toMatch(/^[0-9]+$/);
      expect(item.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/=]+$/);
      expect(item.headers["webhook-id"]).toBe((JSON.parse(item.body) as { id: string }).id);
    }
  });

  it("retries with the same webhook-id and body until a 2xx", () => {
    const byId = new Map<string, Received[]>();
    for (const item of flaky.received) {
      const id = String(item.headers["webhook-id"]);
      byId.set(id, [...(byId.get(id) ?? []), item]);
    }
    expect(byId.size).toBe(5);
    for (const attempts of byId.values()) {
      expect(attempts.map((item) => item.status)).toEqual([503, 503, 204]);
      expect(new Set(attempts.map((item) => item.body)).size).toBe(1);
    }
  });

  it("delivers only the subscribed types", () => {
    expect(closedOnly.delivered().map((event) => event.type)).toEqual(["conversation.closed"]);
  });

  it("records every attempt with exponential backoff between them", async () => {
    const { items } = await sandboxSpec.check<{ items: WebhookDelivery[] }>(
      "listWebhookDeliveries",
      await fetch(`${sandbox.urls.control}/webhooks/deliveries?channelId=${flakyChannel}`),
      200,
    );
    expect(items).toHaveLength(15);
    const [first, second, third] = items.filter((item) => item.webhookId === items[0]?.webhookId);
    expect([first?.attempt, second?.attempt, third?.attempt]).toEqual([1, 2, 3]);
    expect([first?.outcome, second?.outcome, third?.outcome]).toEqual(["failed", "failed", "delivered"]);
    expect([first?.responseStatus, third?.responseStatus]).toEqual([503, 204]);
    expect([first?.willRetry, second?.willRetry, third?.willRetry]).toEqual([true, true, false]);
    const gap = (a?: WebhookDelivery, b?: WebhookDelivery) =>
      Date.parse(b?.attemptedAt ?? "") - Date.parse(a?.attemptedAt ?? "");
    expect(gap(first, second)).toBeGreaterThanOrEqual(40 - 5);
    expect(gap(second, third)).toBeGreaterThanOrEqual(80 - 5);
    const closed = sandbox.control.webhookDeliveries(closedChannel);
    expect(closed.map((item) => item.outcome)).toEqual(["delivered"]);
  });

  it("gives up after maxAttempts, and records network errors without a status", async () => {
    const brokenChannel = await subscribe(broken, ["conversation.closed"]);
    const refused = await partnerSpec.check<{ id: string }>(
      "createChannel",
      await partnerFetch(sandbox, "POST", "/channels", {
        name: "nobody-listens",
        webhook_url: "http://127.0.0.1:9/webhooks",
        events: ["conversation.closed"],
      }),
      201,
    );
    const agent = sandbox.core.agents.byUserName("laAgent");
    if (!agent) throw new Error("no agent");
    const conversation = sandbox.core.engine.placeCall(agent, { phoneNumber: "15555550000" });
    sandbox.core.engine.end(conversation.id);
    await until(
      () =>
        sandbox.control.webhookDeliveries(brokenChannel).length === 4 &&
        sandbox.control.webhookDeliveries(refused.id).length === 4,
    );
    const attempts = sandbox.control.webhookDeliveries(brokenChannel);
    expect(attempts.map((item) => item.willRetry)).toEqual([true, true, true, false]);
    const network = sandbox.control.webhookDeliveries(refused.id);
    expect(network[0]).toMatchObject({ outcome: "failed", responseStatus: null });
    expect(network[0]?.error).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(sandbox.control.webhookDeliveries(brokenChannel)).toHaveLength(4);
  });

  it("never broke its spec", () => {
    expect(sandbox.core.violations.entries).toEqual([]);
  });
});

describe("signatures, verified independently", () => {
  const parameters = (partnerApiDocument.components as { parameters: Record<string, { example: string }> })
    .parameters;
  const webhooks = partnerApiDocument.webhooks as Record<
    string,
    { post: { requestBody: { content: Record<string, { examples: Record<string, { value: unknown }> }> } } }
  >;
  const joinedExample =
    webhooks["conversation.participant.joined"]?.post.requestBody.content["application/json"]?.examples
      .agentJoined?.value;
  const paths = partnerApiDocument.paths as Record<
    string,
    Record<
      string,
      {
        responses: Record<
          string,
          { content: Record<string, { examples: Record<string, { value: { webhook_secret: string } }> }> }
        >;
      }
    >
  >;
  const secret =
    paths["/partners/{partnerId}/channels"]?.post?.responses["201"]?.content["application/json"]?.examples
      .created?.value.webhook_secret ?? "";
  const vector = {
    id: parameters.WebhookId?.example ?? "",
    timestamp: parameters.WebhookTimestamp?.example ?? "",
    signature: parameters.WebhookSignature?.example ?? "",
    body: JSON.stringify(joinedExample),
    secret,
  };
  const headers = (overrides: Record<string, string> = {}) => ({
    "webhook-id": vector.id,
    "webhook-timestamp": vector.timestamp,
    "webhook-signature": vector.signature,
    ...overrides,
  });
  const atSignTime = (offsetSeconds = 0) => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date((Number(vector.timestamp) + offsetSeconds) * 1000));
  };

  it("matches the spec's test vector, computed by the library and by the sandbox", () => {
    expect(vector.secret).toMatch(/^whsec_/);
    const wh = new Webhook(vector.secret);
    expect(wh.sign(vector.id, new Date(Number(vector.timestamp) * 1000), vector.body)).toBe(vector.signature);
    expect(signWebhook(vector.secret, vector.id, vector.timestamp, vector.body)).toBe(vector.signature);
    atSignTime();
    expect(wh.verify(vector.body, headers())).toEqual(joinedExample);
  });

  it("rejects a tampered body, id, timestamp or secret", () => {
    atSignTime();
    const wh = new Webhook(vector.secret);
    expect(() => wh.verify(vector.body.replace("testAgent", "evilAgent"), headers())).toThrow(
      /No matching signature/,
    );
    expect(() =>
      wh.verify(vector.body, headers({ "webhook-id": "e1c4a7d2-0000-4c6e-9a15-3d7f2b8c6e91" })),
    ).toThrow(/No matching signature/);
    expect(() =>
      wh.verify(vector.body, headers({ "webhook-timestamp": String(Number(vector.timestamp) + 1) })),
    ).toThrow(/No matching signature/);
    expect(() =>
      new Webhook("whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").verify(vector.body, headers()),
    ).toThrow(/No matching signature/);
  });

  it("accepts any matching entry of a rotated signature list, and ignores unknown versions", () => {
    atSignTime();
    const wh = new Webhook(vector.secret);
    expect(() =>
      wh.verify(vector.body, headers({ "webhook-signature": `v2,abc= v1,AAAA ${vector.signature}` })),
    ).not.toThrow();
  });

  it("rejects timestamps more than five minutes off the receiver's clock", () => {
    const wh = new Webhook(vector.secret);
    atSignTime(5 * 60 + 1);
    expect(() => wh.verify(vector.body, headers())).toThrow(/too old/);
    atSignTime(-(5 * 60 + 1));
    expect(() => wh.verify(vector.body, headers())).toThrow(/too new/);
    atSignTime(4 * 60);
    expect(() => wh.verify(vector.body, headers())).not.toThrow();
  });

  it("lets a receiver drop a replay: the same webhook-id verifies but was seen", () => {
    atSignTime();
    const wh = new Webhook(vector.secret);
    const seen = new Set<string>();
    const receive = (body: string, h: Record<string, string>) => {
      wh.verify(body, h);
      const id = h["webhook-id"] ?? "";
      if (seen.has(id)) return "replay";
      seen.add(id);
      return "accepted";
    };
    expect(receive(vector.body, headers())).toBe("accepted");
    expect(receive(vector.body, headers())).toBe("replay");
  });

  it("signs real deliveries so a replayed one is recognisable by its id and a stale one fails", () => {
    const delivery = flaky.received[0];
    if (!delivery) throw new Error("no delivery captured");
    const h = delivery.headers as Record<string, string>;
    const wh = new Webhook(flaky.secret);
    // A retry is a replay to the receiver: same id, fresh timestamp, valid signature.
    const retry = flaky.received.filter((item) => item.headers["webhook-id"] === h["webhook-id"])[1];
    expect(retry?.headers["webhook-id"]).toBe(h["webhook-id"]);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date((Number(h["webhook-timestamp"]) + 10 * 60) * 1000));
    expect(() => wh.verify(delivery.body, h)).toThrow(/too old/);
  });
});
