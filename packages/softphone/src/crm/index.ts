/**
 * @ccaas/softphone/crm: the softphone's side of the CRM wrapper contract (seed: crm-softphone-contract.txt).
 * Loads a wrapper module from an allow-listed origin, calls `incomingCall`, `callAccepted`, ... on the
 * softphone's events and turns the wrapper's `callback(eventType, payload)` into validated, typed events.
 * Wrappers are written with `@ccaas/adapter-kit/crm`.
 */

export { createCrmHost } from "./create-crm-host";
export { CrmWrapperError, type CrmWrapperErrorCode, CrmWrapperRefusedError } from "./errors";
export type {
  CrmCallDetails,
  CrmCallNotes,
  CrmHost,
  CrmHostEvents,
  CrmHostOptions,
  CrmStartCall,
} from "./types";
