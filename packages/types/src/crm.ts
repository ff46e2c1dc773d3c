/**
 * The CRM wrapper contract (seed: crm-softphone-contract.txt) as TypeScript functions. Every payload type is
 * taken from the generated message types, so a field added to specs/messages/crm-contract.yaml reaches both
 * the wrapper authors (`@ccaas/adapter-kit/crm`) and the softphone's host (`@ccaas/softphone/crm`).
 */
import type { CrmCallbackEventType, CrmContractMessage, CrmMethod } from "./generated/messages";

/** Wrapper -> softphone, as a message: `{ eventType, payload }`. */
export type CrmCallbackMessage = Extract<CrmContractMessage, { eventType: string }>;

/** Softphone -> wrapper, as a message: `{ method, params }`. */
export type CrmCallMessage = Extract<CrmContractMessage, { method: string }>;

/** The payload each `callback(eventType, payload)` event type carries; `get_presence` carries none. */
export type CrmCallbackPayloads = {
  [E in CrmCallbackEventType]: E extends "get_presence"
    ? undefined
    : Extract<CrmCallbackMessage, { eventType: E }>["payload"];
};

/** The params object of each wrapper function the softphone calls. */
export type CrmMethodParams = { [M in CrmMethod]: Extract<CrmCallMessage, { method: M }>["params"] };

/** `callback(eventType, payload)`: what the softphone hands to `load()`. `get_presence` takes no payload. */
export type CrmCallback = <E extends CrmCallbackEventType>(
  eventType: E,
  ...payload: E extends "get_presence" ? [] : [payload: CrmCallbackPayloads[E]]
) => void;

/**
 * A CRM wrapper library: `load(callback)` runs once when the softphone loads it, then the softphone calls one
 * function per event. A function may return a promise; the softphone never waits on it longer than its timeout.
 */
export type CrmWrapper = {
  load(callback: CrmCallback): void | Promise<void>;
} & { [M in CrmMethod]: (params: CrmMethodParams[M]) => void | Promise<void> };

/** The wrapper functions the softphone calls, in the seed's order (a test checks the spec has no other). */
export const crmMethods = [
  "incomingCall",
  "callAccepted",
  "callRejected",
  "callEnded",
  "callNotesSubmitted",
  "outboundCallInitiated",
  "statusChanged",
] as const satisfies readonly CrmMethod[];

/** The event types of `callback(eventType, payload)`, in the seed's order (a test checks the spec has no other). */
export const crmCallbackEventTypes = [
  "disposition",
  "partner_config",
  "get_presence",
  "update_presence",
  "start_call",
] as const satisfies readonly CrmCallbackEventType[];
