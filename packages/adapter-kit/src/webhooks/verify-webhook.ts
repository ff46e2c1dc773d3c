/**
 * Standard Webhooks verification (specs/partner-api.yaml, `webhook-*` headers): HMAC-SHA256 over
 * `{webhook-id}.{webhook-timestamp}.{raw body}` keyed with the base64 part of `whsec_...`, compared in constant
 * time by WebCrypto's `verify`; any `v1` entry of the space-separated `webhook-signature` may match (key
 * rotation), and several secrets may be tried (rotation on the receiving side). The timestamp must be within
 * the tolerance of the (injectable) clock, in both directions.
 */
import type { ConversationWebhookEvent } from "@ccaas/types";
import { partnerApiDocument } from "@ccaas/types/specs";
import { createOpenApiValidator, type OpenApiValidator, summarizeIssues } from "@ccaas/validation";
import { WebhookVerificationError } from "./webhook-verification-error";

export interface VerifyWebhookOptions {
  /** The channel's `webhook_secret` (`whsec_...`), or several while you rotate it. */
  secret: string | readonly string[];
  /** Largest accepted distance between `webhook-timestamp` and now, either way. Default 300 s. */
  toleranceSeconds?: number;
  /** The clock, in milliseconds since the epoch. Default `Date.now`. */
  now?: () => number;
}

/** The request headers: a `Headers` object or a plain record (names in any case). */
export type WebhookHeaders = Headers | Readonly<Record<string, string | undefined>>;

export interface VerifiedWebhook {
  /** `webhook-id`: the same on every retry of one delivery; the replay key. */
  id: string;
  /** `webhook-timestamp`, in seconds since the epoch. */
  timestamp: number;
}

const maxSignatures = 10;
const encoder = new TextEncoder();
const keyCache = new Map<string, Promise<CryptoKey>>();

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return value;
  return undefined;
}

function base64(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keyCache.get(secret);
  if (key === undefined) {
    const bytes = base64(secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret);
    if (bytes === undefined || bytes.length === 0) {
      throw new TypeError(
        "The webhook secret is not a Standard Webhooks secret (whsec_ followed by base64).",
      );
    }
    key = crypto.subtle.importKey("raw", bytes, { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
    if (keyCache.size > 100) keyCache.clear();
    keyCache.set(secret, key);
  }
  return key;
}

function toBytes(body: string | Uint8Array): Uint8Array {
  return typeof body === "string" ? encoder.encode(body) : body;
}

/** Verifies the signature and timestamp of a delivery; throws `WebhookVerificationError` when they do not hold. */
export async function verifyWebhookSignature(
  body: string | Uint8Array,
  headers: WebhookHeaders,
  options: VerifyWebhookOptions,
): Promise<VerifiedWebhook> {
  const id = header(headers, "webhook-id");
  const timestampText = header(headers, "webhook-timestamp");
  const signatures = header(headers, "webhook-signature");
  if (!id || !timestampText || !signatures) {
    throw new WebhookVerificationError(
      "missing_headers",
      "The webhook-id, webhook-timestamp and webhook-signature headers are required (Standard Webhooks).",
    );
  }
  if (!/^\d{1,12}$/.test(timestampText)) {
    throw new WebhookVerificationError(
      "invalid_timestamp",
      "webhook-timestamp must be integer seconds since the epoch.",
    );
  }
  const timestamp = Number(timestampText);
  const tolerance = options.toleranceSeconds ?? 300;
  const now = Math.floor((options.now ?? Date.now)() / 1000);
  if (now - timestamp > tolerance) {
    throw new WebhookVerificationError(
      "timestamp_too_old",
      `webhook-timestamp is more than ${tolerance} s in the past.`,
    );
  }
  if (timestamp - now > tolerance) {
    throw new WebhookVerificationError(
      "timestamp_too_new",
      `webhook-timestamp is more than ${tolerance} s in the future.`,
    );
  }
  const prefix = encoder.encode(`${id}.${timestampText}.`);
  const payload = toBytes(body);
  const signed = new Uint8Array(prefix.length + payload.length);
  signed.set(prefix);
  signed.set(payload, prefix.length);
  const candidates = signatures
    .split(" ")
    .slice(0, maxSignatures)
    .map((entry) => entry.split(","))
    .filter((parts) => parts.length === 2 && parts[0] === "v1")
    .map((parts) => base64(parts[1] as string))
    .filter((bytes): bytes is Uint8Array<ArrayBuffer> => bytes !== undefined && bytes.length === 32);
  const secrets = typeof options.secret === "string" ? [options.secret] : options.secret;
  for (const secret of secrets) {
    const key = await hmacKey(secret);
    for (const candidate of candidates) {
      if (await crypto.subtle.verify("HMAC", key, candidate, signed)) return { id, timestamp };
    }
  }
  throw new WebhookVerificationError(
    "invalid_signature",
    "No webhook-signature entry matches. Check the channel's webhook_secret.",
  );
}

let validator: OpenApiValidator | undefined;
const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Verifies a delivery (signature and timestamp) and returns its event, parsed and checked against the
 * conversation webhook schemas of specs/partner-api.yaml. An event type the spec does not know yet comes back
 * as `undefined` (acknowledge it; a newer platform may send types this version does not know).
 */
export async function verifyWebhook(
  body: string | Uint8Array,
  headers: WebhookHeaders,
  options: VerifyWebhookOptions,
): Promise<VerifiedWebhook & { event: ConversationWebhookEvent | undefined }> {
  const verified = await verifyWebhookSignature(body, headers, options);
  let event: unknown;
  try {
    event = JSON.parse(typeof body === "string" ? body : decoder.decode(body));
  } catch {
    throw new WebhookVerificationError("invalid_body", "The webhook body is not valid JSON.");
  }
  validator ??= createOpenApiValidator(partnerApiDocument);
  const type = typeof event === "object" && event !== null ? (event as { type?: unknown }).type : undefined;
  const operation = validator.operations.find(
    (candidate) => candidate.kind === "webhook" && candidate.path === type,
  );
  if (operation === undefined) {
    if (typeof type === "string") return { ...verified, event: undefined };
    throw new WebhookVerificationError("invalid_body", "The webhook body has no event type.");
  }
  const issues = validator
    .validateRequest(operation.operationId, {
      hasBody: true,
      body: event,
      headers: Object.fromEntries(
        ["webhook-id", "webhook-timestamp", "webhook-signature"].map((name) => [name, header(headers, name)]),
      ),
    })
    .filter((issue) => issue.in === "body");
  if (issues.length > 0) {
    throw new WebhookVerificationError(
      "invalid_body",
      `The ${String(type)} event is invalid: ${summarizeIssues(issues)}.`,
    );
  }
  return { ...verified, event: event as ConversationWebhookEvent };
}
