import { randomUUID } from "node:crypto";
import type { ErrorReply } from "../http/api-family";

/** A JSON Pointer (RFC 6901), the only form ErrorBody's `details[].field` accepts. */
const jsonPointer = /^(\/([^~/]|~[01])*)*$/;

/**
 * Renders an error as the partner API's `ErrorBody` (also the sandbox control API's). Details about headers,
 * query or path parameters (`header:x-resource-template-version`) are not body fields, so they cannot be
 * JSON Pointers: they stay in `message`, which already names them, and are left out of `details`.
 */
export function renderErrorBody(error: {
  status: number;
  code: string;
  message: string;
  details: ReadonlyArray<{ field: string; message: string }>;
  requestId: string;
}): ErrorReply {
  const details = error.details.filter((detail) => jsonPointer.test(detail.field));
  return {
    status: error.status,
    body: {
      code: /^[a-z][a-z0-9_]*$/.test(error.code) ? error.code : "internal_error",
      message: error.message,
      request_id: error.requestId || `req_${randomUUID()}`,
      ...(details.length > 0 ? { details: details.map(({ field, message }) => ({ field, message })) } : {}),
    },
  };
}
