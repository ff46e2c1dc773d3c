/**
 * @ccaas/adapter-kit: build a CCaaS voice adapter as a typed configuration. You write what accept, end, hold,
 * resume, mute, unmute (and optionally token) mean for your telephony; the kit does HTTP, validation from the
 * spec, auth, participant events, idempotency and registration. Kafka, Redis and webhooks live at
 * `@ccaas/adapter-kit/kafka`, `/redis` and `/webhooks`. Every export is listed by name.
 */

export type { Logger } from "@ccaas/types";
export type { CallControlTokens, JsonWebKeySet, VoiceAdapterAuthOptions } from "./auth/auth-options";
export type { AgentIdentity } from "./auth/token-verifier";
export { CallControlError } from "./errors/call-control-error";
export { PublishError } from "./errors/publish-error";
export { StateStoreError } from "./errors/state-store-error";
export type { EventPublisher } from "./events/event-publisher";
export { createHttpPublisher, type HttpPublisherOptions } from "./events/http-publisher";
export {
  createInMemoryPublisher,
  type InMemoryPublisher,
  type InMemoryPublisherOptions,
} from "./events/in-memory-publisher";
export type { PublishRetryOptions } from "./events/publish-with-retry";
export {
  type RegisterAdapterOptions,
  type RegisterAdapterReport,
  registerAdapter,
} from "./registration/register-adapter";
export { createVoiceAdapter, type VoiceAdapter } from "./server/create-voice-adapter";
export type { EndCallResult, HandlerContext, TokenContext, VoiceAdapterHandlers } from "./server/handlers";
export { type RunningServer, type ServeOptions, serve } from "./server/serve";
export {
  defaultPaths,
  type FetchHandler,
  type VoiceAdapterOptions,
  type VoiceAdapterRoute,
} from "./server/voice-adapter-options";
export {
  createInMemoryStateStore,
  type InMemoryStateStore,
  type InMemoryStateStoreOptions,
} from "./state/in-memory-state-store";
export type { StateStore } from "./state/state-store";
