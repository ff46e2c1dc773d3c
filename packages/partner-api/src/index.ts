/**
 * @ccaas/partner-api: the typed client for the CCaaS partner API (voice providers, phone numbers, channels)
 * and the agent-facing call endpoints. Every export is listed by name.
 */

export type { Logger } from "@ccaas/types";
export { createPartnerClient, type PartnerClient, type PartnerClientOptions } from "./create-partner-client";
export type { AccessTokenSource } from "./middleware/agent-auth";
export type { RetryOptions } from "./middleware/retry";
export type { PartnerOperations } from "./operations";
export {
  adapterUrls,
  type RegisterVoiceProviderInput,
  type RegisterVoiceProviderReport,
  registerVoiceProvider,
  type VoiceProviderUrls,
} from "./register-voice-provider";
export type { FetchFunction } from "./transport";
export type {
  CreateOptions,
  PartnerClientPaths,
  PartnerOperationId,
  PartnerRequestBody,
  PartnerResponse,
  PlaceCallOptions,
  RequestOptions,
} from "./types";
