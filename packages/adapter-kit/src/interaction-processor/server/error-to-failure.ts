/**
 * Turns what a handler threw into the `failure` of a CommandFailure. A `CommandFailureError` is the handler
 * speaking: its code and message go out as they are. Anything else is a bug or an outage whose text may
 * describe internals, so the client gets `INTERNAL_ERROR` and a generic message; the stack goes into `context`
 * only with `exposeErrorContext`. The agent's password is scrubbed from whatever goes out.
 */
import type { CommandFailureDetail } from "@ccaas/types";
import { CommandFailureError } from "../errors/command-failure-error";
import { scrub } from "../protocol";

/** The code of a failure caused by an error inside the service rather than by the request. */
export const internalErrorCode = "INTERNAL_ERROR";

export function errorToFailure(
  error: unknown,
  options: { command: string; exposeErrorContext: boolean; password: string | undefined },
): CommandFailureDetail {
  const { command, exposeErrorContext, password } = options;
  const stack = error instanceof Error && typeof error.stack === "string" ? error.stack : String(error);
  if (CommandFailureError.isInstance(error)) {
    const context = error.context ?? (exposeErrorContext ? stack : undefined);
    return withContext({ code: error.code, message: scrub(error.message, password) }, context, password);
  }
  return withContext(
    {
      code: internalErrorCode,
      message: `The service failed while handling ${command}. Try again; if it keeps failing, the service's logs say why.`,
    },
    exposeErrorContext ? stack : undefined,
    password,
  );
}

export function withContext(
  failure: CommandFailureDetail,
  context: string | undefined,
  password: string | undefined,
): CommandFailureDetail {
  return context === undefined ? failure : { ...failure, context: scrub(context, password) };
}
