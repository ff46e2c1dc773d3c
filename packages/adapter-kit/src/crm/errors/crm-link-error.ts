import { CcaasError } from "@ccaas/types";

const marker = "ccaas.error.adapter-kit.crm-link";
const symbol = Symbol.for(marker);

/** Why a link between a CRM wrapper and its CRM page failed. */
export type CrmLinkErrorCode =
  /** `crmOrigin` / `softphoneOrigin` is not an origin such as `https://crm.example.com`. */
  | "crm_origin_invalid"
  /** The wrapper does not run inside a frame, so there is no CRM page to talk to. */
  | "crm_link_no_parent"
  /** The CRM page did not answer `crm.hello` within `timeoutMs`. */
  | "crm_link_timeout"
  /** More messages waited for the handshake than the queue holds. */
  | "crm_link_queue_full"
  /** `close()` was called. */
  | "crm_link_closed";

/**
 * The cross-origin link between a CRM wrapper (in the softphone iframe) and its CRM page could not carry a
 * message. The message says what was wrong and what to do; `code` is one of {@link CrmLinkErrorCode}.
 */
export class CrmLinkError extends CcaasError {
  protected readonly [symbol] = true;
  declare readonly code: CrmLinkErrorCode;

  constructor(message: string, options: { code: CrmLinkErrorCode; cause?: unknown }) {
    super(message, options);
    this.name = "CrmLinkError";
  }

  static override isInstance(error: unknown): error is CrmLinkError {
    return CcaasError.hasMarker(error, marker);
  }
}
