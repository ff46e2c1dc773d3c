import { voiceApiDocument } from "@ccaas/types/specs";
import { createOpenApiValidator } from "@ccaas/validation";
import type { ApiFamily } from "../http/api-family";
import { SandboxError } from "../http/sandbox-error";
import { withBasePath } from "./base-path";
import type { VoiceSessions } from "./voice-sessions";

export const voiceBasePath = "/Voice";

/** The error codes voice-api.yaml knows; anything else (an unknown route, a body too large) is a VALIDATION_ERROR. */
const knownCodes = new Set([
  "NO_ENDPOINT_REGISTERED",
  "INVALID_CREDENTIALS",
  "INVALID_TOKEN",
  "TOKEN_EXPIRED",
  "VALIDATION_ERROR",
  "CALL_NOT_FOUND",
]);

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Voice API as one family: errors as an array of one `{ error, message }`, and the seed's rule that every
 * POST but Login carries `token` as the FIRST field of its JSON body, checked before anything else.
 */
export function createVoiceFamily(sessions: VoiceSessions): ApiFamily {
  return {
    name: "Voice API",
    validator: withBasePath(createOpenApiValidator(voiceApiDocument), voiceBasePath),
    renderError(error) {
      const code = knownCodes.has(error.code) ? error.code : "VALIDATION_ERROR";
      return { status: error.status, body: [{ error: code, message: error.message }] };
    },
    async authenticate(c, operation) {
      if (operation.operationId === "login") return { kind: "anonymous" };
      // A body that is not a JSON object is left to parsing and validation, which answer 400.
      const body = parseObject(await c.req.text());
      if (!body) return { kind: "anonymous" };
      const first = Object.keys(body)[0];
      // voice-api.yaml: a missing token, or one that is not the first field, is a 401 INVALID_TOKEN.
      if (first !== "token" || typeof body.token !== "string") {
        throw new SandboxError(
          401,
          "INVALID_TOKEN",
          first === undefined || !("token" in body)
            ? "token is required: send the token from Login as the first field of the JSON body."
            : `token must be the FIRST field of the JSON body (the Voice API requires it), but the body starts with "${String(first).slice(0, 64)}". Build the object with token first.`,
          [{ field: "/token", message: "must be the first field" }],
        );
      }
      sessions.check(body.token);
      return { kind: "anonymous" };
    },
  };
}
