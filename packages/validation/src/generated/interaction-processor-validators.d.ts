// GENERATED from specs/messages/interaction-processor.yaml. Do not edit: change the spec, then run `pnpm generate`.
import type { ErrorObject } from "ajv";
export interface StandaloneValidator {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export declare function createValidators(): Record<"PrepareSessionRequest" | "GetCapabilitiesRequest" | "GetServiceInfoRequest" | "UnrecognizedRequest" | "InteractionProcessorResponse", StandaloneValidator>;
