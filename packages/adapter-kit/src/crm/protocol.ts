/**
 * The wire of the CRM page link (specs/messages/crm-contract.yaml, `CrmHelloMessage` / `CrmWelcomeMessage`):
 * the handshake messages, the shapes a window or port must have, and the checks both sides run on every message.
 * Payloads are the spec's types; the softphone's host validates callbacks against the spec, so these checks only
 * tell a handshake or a contract message apart from anything else posted to a window.
 */
import {
  type CrmCallbackEventType,
  type CrmHelloMessage,
  type CrmMethod,
  type CrmWelcomeMessage,
  crmCallbackEventTypes,
  crmMethods,
} from "@ccaas/types";
import { CrmLinkError } from "./errors/crm-link-error";

/** Protocol name and major version carried by `crm.hello` and `crm.welcome`. */
export const crmProtocol: CrmHelloMessage["protocol"] = "ccaas-crm/1";

export { crmMethods };

const callbackEventTypes: ReadonlySet<string> = new Set<string>(crmCallbackEventTypes);
const methodNames: ReadonlySet<string> = new Set<string>(crmMethods);

/** What a `message` listener needs from a `MessageEvent` (a window's or a port's). */
export interface CrmMessageEvent {
  readonly data: unknown;
  readonly origin: string;
  readonly source: unknown;
  readonly ports: readonly MessagePort[];
}

/** Something that posts to a window across origins: `window.parent`, `iframe.contentWindow`. */
export interface PostTarget {
  postMessage(message: unknown, targetOrigin: string, transfer?: Transferable[]): void;
}

/** The parts of `window` the link uses; tests pass a stand-in. */
export interface WindowLike {
  readonly parent: PostTarget | null;
  readonly location: { readonly origin: string };
  addEventListener(type: "message", listener: (event: CrmMessageEvent) => void): void;
  removeEventListener(type: "message", listener: (event: CrmMessageEvent) => void): void;
}

function record(data: unknown): Record<string, unknown> | undefined {
  return typeof data === "object" && data !== null ? (data as Record<string, unknown>) : undefined;
}

/** A `crm.hello` of this protocol. */
export function isHello(data: unknown): data is CrmHelloMessage {
  const message = record(data);
  return message?.type === "crm.hello" && message.protocol === crmProtocol;
}

/** A `crm.welcome` of this protocol. */
export function isWelcome(data: unknown): data is CrmWelcomeMessage {
  const message = record(data);
  return message?.type === "crm.welcome" && message.protocol === crmProtocol;
}

/** A `{ method, params }` call of one of the contract's methods. */
export function isCallMessage(data: unknown): data is { method: CrmMethod; params: unknown } {
  const message = record(data);
  return typeof message?.method === "string" && methodNames.has(message.method);
}

/** A `{ eventType, payload }` callback of one of the contract's event types. */
export function isCallbackMessage(
  data: unknown,
): data is { eventType: CrmCallbackEventType; payload?: unknown } {
  const message = record(data);
  return typeof message?.eventType === "string" && callbackEventTypes.has(message.eventType);
}

/**
 * Returns `value` when it is exactly an origin (`https://crm.example.com`, no path, no `*`), else throws: an
 * explicit target origin is what keeps other sites from reading the messages.
 */
export function requireOrigin(value: string, name: string): string {
  let origin: string | undefined;
  try {
    origin = new URL(value).origin;
  } catch {
    origin = undefined;
  }
  if (origin === undefined || origin === "null" || origin !== value)
    throw new CrmLinkError(
      `${name} must be an origin such as "https://crm.example.com" (scheme, host and port, no path, not "*"); got "${value}".`,
      { code: "crm_origin_invalid" },
    );
  return origin;
}
