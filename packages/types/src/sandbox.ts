/** Sandbox control API types (specs/sandbox.yaml): the endpoints only `@ccaas/sandbox` serves. */
import type { components } from "./generated/sandbox";

export type {
  components as SandboxApiComponents,
  operations as SandboxApiOperations,
  paths as SandboxApiPaths,
} from "./generated/sandbox";

type Schemas = components["schemas"];

/** `GET /control/info`: the sandbox's URLs and demo credentials. */
export type SandboxInfo = Schemas["SandboxInfo"];
export type SandboxAgentInfo = Schemas["SandboxAgent"];
export type SimulateInboundCallRequest = Schemas["SimulateInboundCallRequest"];
/** A call's media statistics as `GET /control/calls/{conversationId}/media` returns them. */
export type SandboxMediaStats = Schemas["MediaStats"];
export type SetWebPhoneRequest = Schemas["SetWebPhoneRequest"];
export type WebPhoneState = Schemas["WebPhoneState"];
/** One conversation webhook delivery attempt the sandbox made. */
export type WebhookDelivery = Schemas["WebhookDelivery"];
export type IngestAccepted = Schemas["IngestAccepted"];
