/**
 * `@ccaas/types/specs`: the spec documents themselves, for code that validates at run time (the sandbox, the
 * adapter kit) so it compiles the very schemas the types were generated from. A separate entry point keeps
 * them out of browser bundles that only need types.
 */
export {
  type JsonDocument,
  messageSchemas,
  partnerApiDocument,
  sandboxDocument,
  voiceAdapterDocument,
  voiceApiDocument,
} from "./generated/spec-documents";
