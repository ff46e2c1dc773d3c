/**
 * @ccaas/adapter-kit/webhooks: receive the platform's conversation webhooks. Standard Webhooks signatures are
 * verified on the raw body (constant time, key rotation, ±300 s with an injectable clock), replays are refused
 * by `webhook-id` through a `StateStore`, and handlers get typed events.
 */
export {
  type VerifiedWebhook,
  type VerifyWebhookOptions,
  verifyWebhook,
  verifyWebhookSignature,
  type WebhookHeaders,
} from "./verify-webhook";
export {
  createWebhookHandler,
  type WebhookContext,
  type WebhookEventHandlers,
  type WebhookHandlerOptions,
} from "./webhook-handler";
export { WebhookVerificationError, type WebhookVerificationFailure } from "./webhook-verification-error";
