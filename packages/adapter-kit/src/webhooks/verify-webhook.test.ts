import { partnerApiDocument } from "@ccaas/types/specs";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { verifyWebhook, verifyWebhookSignature } from "./verify-webhook";
import { WebhookVerificationError } from "./webhook-verification-error";

// The Standard Webhooks specification's own test vector.
const vector = {
  secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
};
const at = (seconds: number) => () => seconds * 1000;

function headers(id: string, timestamp: number | string, signature: string) {
  return { "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": signature };
}

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(WebhookVerificationError.isInstance(error)).toBe(true);
    return (error as WebhookVerificationError).reason;
  }
  throw new Error("expected the webhook to be refused");
}

describe("verifyWebhookSignature", () => {
  const ok = headers(vector.id, vector.timestamp, vector.signature);

  it("accepts the Standard Webhooks test vector", async () => {
    await expect(
      verifyWebhookSignature(vector.body, ok, { secret: vector.secret, now: at(vector.timestamp) }),
    ).resolves.toEqual({ id: vector.id, timestamp: vector.timestamp });
    // The same as bytes, and with Headers.
    await expect(
      verifyWebhookSignature(new TextEncoder().encode(vector.body), new Headers(ok), {
        secret: vector.secret,
        now: at(vector.timestamp),
      }),
    ).resolves.toBeTruthy();
  });

  it("refuses any tampering: body, id, timestamp, signature", async () => {
    const options = { secret: vector.secret, now: at(vector.timestamp) };
    expect(await failure(verifyWebhookSignature('{"test": 2432232315}', ok, options))).toBe(
      "invalid_signature",
    );
    expect(await failure(verifyWebhookSignature(`${vector.body} `, ok, options))).toBe("invalid_signature");
    expect(
      await failure(verifyWebhookSignature(vector.body, { ...ok, "webhook-id": "msg_other" }, options)),
    ).toBe("invalid_signature");
    const later = headers(vector.id, vector.timestamp + 1, vector.signature);
    expect(await failure(verifyWebhookSignature(vector.body, later, options))).toBe("invalid_signature");
    const flipped = vector.signature.replace("g0hM", "g0hN");
    expect(
      await failure(verifyWebhookSignature(vector.body, { ...ok, "webhook-signature": flipped }, options)),
    ).toBe("invalid_signature");
    const otherSecret = { ...options, secret: "whsec_QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=" };
    expect(await failure(verifyWebhookSignature(vector.body, ok, otherSecret))).toBe("invalid_signature");
  });

  it("holds the timestamp within ±300 s of the injected clock, both ways", async () => {
    const options = (offset: number) => ({ secret: vector.secret, now: at(vector.timestamp + offset) });
    await expect(verifyWebhookSignature(vector.body, ok, options(300))).resolves.toBeTruthy();
    await expect(verifyWebhookSignature(vector.body, ok, options(-300))).resolves.toBeTruthy();
    expect(await failure(verifyWebhookSignature(vector.body, ok, options(301)))).toBe("timestamp_too_old");
    expect(await failure(verifyWebhookSignature(vector.body, ok, options(-301)))).toBe("timestamp_too_new");
    const narrow = { ...options(11), toleranceSeconds: 10 };
    expect(await failure(verifyWebhookSignature(vector.body, ok, narrow))).toBe("timestamp_too_old");
  });

  it("accepts any matching v1 entry among several (key rotation) and ignores other versions", async () => {
    const options = { secret: vector.secret, now: at(vector.timestamp) };
    const rotated = `v1,${btoa("x".repeat(32))} v2,abc ${vector.signature}`;
    await expect(
      verifyWebhookSignature(vector.body, { ...ok, "webhook-signature": rotated }, options),
    ).resolves.toBeTruthy();
    const onlyV2 = vector.signature.replace("v1,", "v2,");
    expect(
      await failure(verifyWebhookSignature(vector.body, { ...ok, "webhook-signature": onlyV2 }, options)),
    ).toBe("invalid_signature");
  });

  it("tries each of several secrets (rotation on the receiving side)", async () => {
    const secrets = ["whsec_QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=", vector.secret];
    await expect(
      verifyWebhookSignature(vector.body, ok, { secret: secrets, now: at(vector.timestamp) }),
    ).resolves.toBeTruthy();
  });

  it("refuses missing headers and a malformed timestamp", async () => {
    const options = { secret: vector.secret, now: at(vector.timestamp) };
    expect(await failure(verifyWebhookSignature(vector.body, { "webhook-id": vector.id }, options))).toBe(
      "missing_headers",
    );
    expect(
      await failure(verifyWebhookSignature(vector.body, { ...ok, "webhook-timestamp": "16142e5" }, options)),
    ).toBe("invalid_timestamp");
  });

  it("agrees with the standardwebhooks library on what it signs", async () => {
    const signer = new Webhook(vector.secret);
    const now = new Date();
    const body = JSON.stringify({ hello: "wörld", n: 1 });
    const signature = signer.sign("msg_1", now, body);
    const timestamp = Math.floor(now.getTime() / 1000);
    await expect(
      verifyWebhookSignature(body, headers("msg_1", timestamp, signature), { secret: vector.secret }),
    ).resolves.toBeTruthy();
  });
});

describe("verifyWebhook", () => {
  type Doc = {
    webhooks: Record<
      string,
      { post: { requestBody: { content: Record<string, { examples: Record<string, { value: unknown }> }> } } }
    >;
    components: { parameters: Record<string, { example: string }>; responses: unknown; schemas: unknown };
    paths: Record<
      string,
      Record<
        string,
        {
          responses: Record<
            string,
            { content?: Record<string, { examples?: Record<string, { value: unknown }> }> }
          >;
        }
      >
    >;
  };
  const doc = partnerApiDocument as unknown as Doc;
  const event =
    doc.webhooks["conversation.participant.joined"]?.post.requestBody.content["application/json"]?.examples
      .agentJoined?.value;
  const params = doc.components.parameters;
  const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  it("verifies the spec's signed example and returns the typed event", async () => {
    const body = JSON.stringify(event);
    const signed = headers(
      params.WebhookId?.example as string,
      params.WebhookTimestamp?.example as string,
      params.WebhookSignature?.example as string,
    );
    const result = await verifyWebhook(body, signed, {
      secret,
      now: at(Number(params.WebhookTimestamp?.example)),
    });
    expect(result.event?.type).toBe("conversation.participant.joined");
    expect(result.event).toEqual(event);
  });

  it("refuses a signed body that breaks the schema, and returns undefined for an event type it does not know", async () => {
    const signer = new Webhook(secret);
    const now = new Date();
    const seconds = Math.floor(now.getTime() / 1000);
    const broken = JSON.stringify({ ...(event as object), data: { conversationId: "nope" } });
    const brokenHeaders = headers("msg_2", seconds, signer.sign("msg_2", now, broken));
    expect(await failure(verifyWebhook(broken, brokenHeaders, { secret }))).toBe("invalid_body");
    const future = JSON.stringify({ id: "x", type: "conversation.transferred" });
    const futureHeaders = headers("msg_3", seconds, signer.sign("msg_3", now, future));
    await expect(verifyWebhook(future, futureHeaders, { secret })).resolves.toMatchObject({
      event: undefined,
    });
  });
});
