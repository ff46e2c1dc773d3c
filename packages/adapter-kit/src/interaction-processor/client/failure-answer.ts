/**
 * How a `failure` answer becomes the `CommandFailureError` a caller catches: the service's code, message and
 * context, the instance that answered, and the original request with its password redacted.
 */
import { CommandFailureError } from "../errors/command-failure-error";
import { type JsonObject, redactRequest } from "../protocol";
import type { InstanceLink } from "./instance-link";

export function failureError(message: JsonObject, link: InstanceLink): CommandFailureError {
  const failure = message.failure as { code: string; message: string; context?: string };
  return new CommandFailureError(failure.message, {
    code: failure.code,
    command: message.command as string,
    ...(failure.context === undefined ? {} : { context: failure.context }),
    ...(message.original === undefined
      ? {}
      : { original: redactRequest(message.original) as CommandFailureError["original"] }),
    instance: link.url,
  });
}
