import { CcaasError } from "@ccaas/types";

const marker = "ccaas.error.adapter-kit.call-control";
const symbol = Symbol.for(marker);

/**
 * Throw it from a handler to tell the softphone why the telephony refused an action. Its message is sent to
 * the caller as is (a 502 `upstream_failed`), so it must say what happened and what to do, without secrets.
 * Any other error a handler throws becomes a generic 502 whose body carries none of the error's text.
 *
 * @example
 * throw new CallControlError(`Participant ${request.participantId} is not on this call any more.`);
 */
export class CallControlError extends CcaasError {
  protected readonly [symbol] = true;

  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message, { code: options.code ?? "call_control_failed", cause: options.cause });
    this.name = "CallControlError";
  }

  static override isInstance(error: unknown): error is CallControlError {
    return CcaasError.hasMarker(error, marker);
  }
}
