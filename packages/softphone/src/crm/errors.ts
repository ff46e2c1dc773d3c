/**
 * The CRM host's errors. A refused wrapper URL is its own class (the deployment must change, not the wrapper);
 * everything a loaded or loading wrapper does wrong is a `CrmWrapperError` whose `code` says what.
 */
import { CcaasError } from "@ccaas/types";

const refusedMarker = "ccaas.error.crm-wrapper-refused";
const refusedSymbol = Symbol.for(refusedMarker);
const wrapperMarker = "ccaas.error.crm-wrapper";
const wrapperSymbol = Symbol.for(wrapperMarker);

/**
 * The wrapper URL was refused before anything was fetched: its origin is not on the allow-list
 * (`crm_origin_not_allowed`), or it is not an absolute http(s) URL (`crm_invalid_wrapper_url`).
 */
export class CrmWrapperRefusedError extends CcaasError {
  protected readonly [refusedSymbol] = true;
  /** The origin that was refused (`"null"` when the URL has none). */
  readonly origin: string;

  constructor(message: string, options: { code: string; origin: string }) {
    super(message, { code: options.code });
    this.name = "CrmWrapperRefusedError";
    this.origin = options.origin;
  }

  static override isInstance(error: unknown): error is CrmWrapperRefusedError {
    return CcaasError.hasMarker(error, refusedMarker);
  }
}

/** What a wrapper did wrong; `CrmWrapperError.code` is one of these. */
export type CrmWrapperErrorCode =
  /** The module could not be imported (network, CORS, syntax error, a throwing top level). */
  | "crm_wrapper_load_failed"
  /** Importing the module or its `load(callback)` did not settle in time. */
  | "crm_wrapper_load_timeout"
  /** The module's default export is not a wrapper (`load` plus the seven contract functions). */
  | "crm_not_a_wrapper"
  /** A wrapper function threw or its promise rejected. */
  | "crm_wrapper_call_failed"
  /** A wrapper function's promise did not settle within `callTimeoutMs`. */
  | "crm_wrapper_call_timeout"
  /** The wrapper called `callback(eventType, payload)` with something crm-contract.yaml does not allow. */
  | "crm_invalid_callback"
  /** The softphone could not build a contract call's params (no partnerId yet, an id that is not a uuid). */
  | "crm_invalid_call_params";

/** A CRM wrapper failed to load, misbehaved in a call, or sent an invalid callback. The softphone carried on. */
export class CrmWrapperError extends CcaasError {
  protected readonly [wrapperSymbol] = true;
  declare readonly code: CrmWrapperErrorCode;
  /** The wrapper function (`load`, `incomingCall`, ...) or callback event type (`start_call`, ...) concerned. */
  readonly method: string | undefined;

  constructor(message: string, options: { code: CrmWrapperErrorCode; method?: string; cause?: unknown }) {
    super(message, { code: options.code, cause: options.cause });
    this.name = "CrmWrapperError";
    this.method = options.method;
  }

  static override isInstance(error: unknown): error is CrmWrapperError {
    return CcaasError.hasMarker(error, wrapperMarker);
  }
}

/** A short description of what was thrown, for a message (never a stack, never the wrapper's data). */
export function describeThrown(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 200);
  return String(error).slice(0, 200);
}
