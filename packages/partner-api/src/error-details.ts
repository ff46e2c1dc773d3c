/** What the partner API's ErrorBody (`{ code, message, request_id, details }`) says, for ApiError. */
import type { PartnerApiErrorBody } from "@ccaas/types";
import type { ErrorDetails } from "./middleware/errors";

export function errorDetails(body: unknown): ErrorDetails {
  if (typeof body !== "object" || body === null) return {};
  const { code, message, request_id: requestId } = body as Partial<PartnerApiErrorBody>;
  return {
    code: typeof code === "string" ? code : undefined,
    message: typeof message === "string" ? message : undefined,
    requestId: typeof requestId === "string" ? requestId : undefined,
  };
}
