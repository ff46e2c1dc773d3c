import { randomBytes, randomUUID } from "node:crypto";
import type { Channel, PartnerApiOperations, WebhookEventType } from "@ccaas/types";
import type { SandboxCore } from "../create-sandbox";
import type { OperationHandlers } from "../http/mount-operations";
import { SandboxError } from "../http/sandbox-error";
import type { IdempotencyStore } from "./idempotency";

const everyEvent: WebhookEventType[] = [
  "conversation.participant.joined",
  "conversation.participant.left",
  "conversation.message.sent",
  "conversation.closed",
];

/** The spec accepts plain http only for loopback receivers, as a developer's laptop has them. */
function isLoopback(hostname: string): boolean {
  return (
    hostname === "localhost" ||
    hostname.endsWith(".localhost") ||
    /^127\.\d+\.\d+\.\d+$/.test(hostname) ||
    hostname === "[::1]"
  );
}

function assertWebhookUrl(raw: string): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SandboxError(400, "validation_failed", "webhook_url must be an absolute URL.", [
      { field: "/webhook_url", message: "must be an absolute URL" },
    ]);
  }
  const allowed = url.protocol === "https:" || (url.protocol === "http:" && isLoopback(url.hostname));
  if (!allowed) {
    throw new SandboxError(
      400,
      "validation_failed",
      "webhook_url must be https (plain http is accepted for loopback receivers only).",
      [{ field: "/webhook_url", message: "must be https, or http on a loopback host" }],
    );
  }
}

/** Channels (seed step 3): where conversation webhooks go, with their Standard Webhooks signing secret. */
export function channelHandlers(
  core: SandboxCore,
  idempotency: IdempotencyStore,
): OperationHandlers<PartnerApiOperations> {
  const channels = core.partner.channels;

  function find(id: string): Channel {
    const stored = channels.get(id.toLowerCase());
    if (!stored) throw new SandboxError(404, "not_found", `No channel ${id} for this partner.`);
    return stored.channel;
  }

  return {
    createChannel: idempotency.wrap<PartnerApiOperations["createChannel"]>("createChannel", ({ body }) => {
      assertWebhookUrl(body.webhook_url);
      const channel: Channel = {
        id: randomUUID(),
        name: body.name,
        webhook_url: body.webhook_url,
        events: body.events ?? [...everyEvent],
      };
      const webhookSecret = `whsec_${randomBytes(24).toString("base64")}`;
      channels.set(channel.id, { channel, webhookSecret });
      return { status: 201, body: { ...channel, webhook_secret: webhookSecret } };
    }),
    listChannels: () => {
      return { status: 200, body: { items: [...channels.values()].map((stored) => stored.channel) } };
    },
    getChannel: ({ params }) => {
      return { status: 200, body: find(params.channelId ?? "") };
    },
    deleteChannel: ({ params }) => {
      channels.delete(find(params.channelId ?? "").id);
      return { status: 204, body: undefined };
    },
  };
}
