import { CcaasError } from "@ccaas/types";

const marker = "ccaas.error.session";
const symbol = Symbol.for(marker);

/**
 * A softphone call or signaling operation failed: no such conversation, the wrong moment (accepting a
 * session that has not started), signaling refused it, or the connection is down. `code` says which:
 * `not_initialized`, `not_connected`, `unauthenticated`, `unknown_conversation`, `invalid_state`,
 * `invalid_argument`, `destroyed`, `call_ended`, `timeout`, or the platform's signaling code
 * (`UNKNOWN_SESSION`, `SESSION_STATE`, `PROPOSAL_RETRACTED`, `INVALID_MESSAGE`, ...).
 */
export class SessionError extends CcaasError {
  protected readonly [symbol] = true;
  /** The conversation the error is about, when there is one. */
  readonly conversationId: string | undefined;

  constructor(message: string, options: { code: string; conversationId?: string; cause?: unknown }) {
    super(message, { code: options.code, cause: options.cause });
    this.name = "SessionError";
    this.conversationId = options.conversationId;
  }

  static override isInstance(error: unknown): error is SessionError {
    return CcaasError.hasMarker(error, marker);
  }
}
