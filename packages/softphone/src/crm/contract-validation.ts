/**
 * Both directions of the contract checked against specs/messages/crm-contract.yaml, with the validators
 * `pnpm generate` precompiled from it (no Ajv compiler in the page, nothing a CRM's Content-Security-Policy
 * would block): callbacks because the wrapper is foreign code, call params so a misconfigured host (a
 * partnerId that is not a uuid) is reported instead of handed to the CRM.
 */
import type { CrmCallbackEventType, CrmMethod } from "@ccaas/types";
import { summarizeIssues, crmContractValidator as validator } from "@ccaas/validation/precompiled";

const file = "crm-contract.yaml";

/** The spec definition of each callback event type. */
export const callbackDefinitions: Record<CrmCallbackEventType, string> = {
  disposition: "DispositionCallback",
  partner_config: "PartnerConfigCallback",
  get_presence: "GetPresenceCallback",
  update_presence: "UpdatePresenceCallback",
  start_call: "StartCallCallback",
};

const isEventType = (value: unknown): value is CrmCallbackEventType =>
  typeof value === "string" && Object.hasOwn(callbackDefinitions, value);

/** A callback that passed the spec, or what was wrong with it (issues name the field by JSON pointer). */
export type CheckedCallback =
  | { ok: true; eventType: CrmCallbackEventType; payload: unknown }
  | { ok: false; eventType: string; problem: string };

/**
 * Checks `callback(eventType, payload)`. `get_presence` carries no payload (seed): whatever the wrapper passed
 * with it is dropped before validating, as crm-contract.yaml says.
 */
export function checkCallback(eventType: unknown, payload: unknown): CheckedCallback {
  if (!isEventType(eventType)) {
    const name = typeof eventType === "string" ? eventType.slice(0, 40) : typeof eventType;
    return {
      ok: false,
      eventType: name,
      problem: `unknown event type "${name}": expected one of ${Object.keys(callbackDefinitions).join(", ")}`,
    };
  }
  const message = eventType === "get_presence" ? { eventType } : { eventType, payload };
  const issues = validator.validate(`${file}#/$defs/${callbackDefinitions[eventType]}`, message);
  if (issues.length > 0) return { ok: false, eventType, problem: summarizeIssues(issues) };
  return { ok: true, eventType, payload: eventType === "get_presence" ? undefined : payload };
}

/** The spec's issues with a call's params ("" when valid). */
export function checkCallParams(method: CrmMethod, params: unknown): string {
  const definition = `${method.charAt(0).toUpperCase()}${method.slice(1)}Message`;
  return summarizeIssues(validator.validate(`${file}#/$defs/${definition}`, { method, params }));
}
