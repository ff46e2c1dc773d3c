/**
 * The message definitions `@ccaas/validation/precompiled` validates without Ajv (the ones checked in browsers),
 * by spec file. Adding one here and running `pnpm generate` makes it available.
 */
export const precompiledMessageSchemas = {
  "crm-contract": [
    "DispositionCallback",
    "PartnerConfigCallback",
    "GetPresenceCallback",
    "UpdatePresenceCallback",
    "StartCallCallback",
    "IncomingCallMessage",
    "CallAcceptedMessage",
    "CallRejectedMessage",
    "CallEndedMessage",
    "CallNotesSubmittedMessage",
    "OutboundCallInitiatedMessage",
    "StatusChangedMessage",
    "CrmHelloMessage",
    "CrmWelcomeMessage",
  ],
  "interaction-processor": [
    "PrepareSessionRequest",
    "GetCapabilitiesRequest",
    "GetServiceInfoRequest",
    "UnrecognizedRequest",
    "InteractionProcessorResponse",
  ],
} as const;
