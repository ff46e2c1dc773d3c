import { CcaasError } from "@ccaas/types";

const marker = "ccaas.error.adapter-kit.invalid-crm-wrapper";
const symbol = Symbol.for(marker);

/**
 * `defineCrmWrapper()` was given something that is not a complete CRM wrapper: `missing` names the functions of
 * the contract (`load`, `incomingCall`, ...) that are absent or not functions. Add them (a no-op is fine for an
 * event the CRM does not care about).
 */
export class InvalidCrmWrapperError extends CcaasError {
  protected readonly [symbol] = true;
  /** The contract functions that are missing or are not functions. */
  readonly missing: readonly string[];

  constructor(missing: readonly string[]) {
    super(
      `The CRM wrapper lacks ${missing.map((name) => `\`${name}\``).join(", ")}: the softphone calls every function ` +
        "of the contract (load, incomingCall, callAccepted, callRejected, callEnded, callNotesSubmitted, " +
        "outboundCallInitiated, statusChanged). Add them; a no-op is fine for an event your CRM ignores.",
      { code: "crm_wrapper_invalid" },
    );
    this.name = "InvalidCrmWrapperError";
    this.missing = missing;
  }

  static override isInstance(error: unknown): error is InvalidCrmWrapperError {
    return CcaasError.hasMarker(error, marker);
  }
}
