/** What the partner API's ErrorBody (`{ code, message, request_id, details }`) says, for ApiError. */
import type { PartnerApiErrorBody } from "@ccaas/types";
import type { ErrorDetails } from "./middleware/errors";

const text = (value: unknown) => (typeof value === "string" ? value : undefined);

/** Code, message and request id of a partner API error body, each only when it is a string. */
export function errorDetails(body: unknown): ErrorDetails {
  const { code, message, request_id: requestId } = (body ?? {}) as Partial<PartnerApiErrorBody>;
  return { code: text(code), message: text(message), requestId: text(requestId) };
}
