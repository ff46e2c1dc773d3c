// GENERATED from specs/messages/crm-contract.yaml. Do not edit: change the spec, then run `pnpm generate`.
import type { ErrorObject } from "ajv";
export interface StandaloneValidator {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export declare function createValidators(): Record<"DispositionCallback" | "PartnerConfigCallback" | "GetPresenceCallback" | "UpdatePresenceCallback" | "StartCallCallback" | "IncomingCallMessage" | "CallAcceptedMessage" | "CallRejectedMessage" | "CallEndedMessage" | "CallNotesSubmittedMessage" | "OutboundCallInitiatedMessage" | "StatusChangedMessage" | "CrmHelloMessage" | "CrmWelcomeMessage", StandaloneValidator>;
