import { CcaasError } from "@ccaas/types";

const marker = "ccaas.error.adapter-kit.webhook-verification";
const symbol = Symbol.for(marker);

/** Why a webhook delivery was refused. */
export type WebhookVerificationFailure =
  | "missing_headers"
  | "invalid_timestamp"
  | "timestamp_too_old"
  | "timestamp_too_new"
  | "invalid_signature"
  | "invalid_body";

/** A webhook delivery did not verify: it is not from the platform, was altered, or is too old or too new. */
export class WebhookVerificationError extends CcaasError {
  protected readonly [symbol] = true;
  readonly reason: WebhookVerificationFailure;

  constructor(reason: WebhookVerificationFailure, message: string) {
    super(message, { code: `webhook_${reason}` });
    this.name = "WebhookVerificationError";
    this.reason = reason;
  }

  static override isInstance(error: unknown): error is WebhookVerificationError {
    return CcaasError.hasMarker(error, marker);
  }
}
