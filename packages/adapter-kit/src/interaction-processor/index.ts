/**
 * @ccaas/adapter-kit/interaction-processor: the Interaction Processor protocol (seed: interaction-processor.txt,
 * wire format: specs/messages/interaction-processor.yaml). The server kit turns a prepareSession handler and
 * the service's info and capabilities into a WebSocket service (Node, on `ws`); the client (browsers and Node)
 * spreads sessions over every instance of an instance-domain, runs the confirm-then-override dialogue and fails
 * over when an instance dies. Every export is listed by name.
 */
export type {
  Capabilities,
  CommandFailure,
  Logger,
  PrepareSessionConfirm,
  PrepareSessionRequest,
  PrepareSessionSuccess,
  ServiceInfo,
} from "@ccaas/types";
export type {
  ConfirmCallback,
  InstanceState,
  InstanceStatus,
  InteractionProcessorClientEvents,
  InteractionProcessorClientOptions,
  PrepareSessionParams,
  PrepareSessionResult,
  ReconnectOptions,
  WebSocketConstructor,
  WebSocketLike,
} from "./client/client-options";
export {
  createInteractionProcessorClient,
  type InteractionProcessorClient,
} from "./client/create-client";
export { CommandFailureError, type CommandFailureErrorOptions } from "./errors/command-failure-error";
export {
  createInteractionProcessor,
  type InteractionProcessor,
} from "./server/create-interaction-processor";
export { internalErrorCode } from "./server/error-to-failure";
export type {
  CapabilitiesProvider,
  InteractionProcessorEvents,
  InteractionProcessorOptions,
  PrepareSessionHandler,
  PrepareSessionInput,
  PrepareSessionOutcome,
  RequestContext,
} from "./server/server-options";
export type {
  Attachment,
  AttachOptions,
  ListeningProcessor,
  ListenOptions,
  UpgradeEmitter,
  UpgradeRequest,
} from "./server/transport";
