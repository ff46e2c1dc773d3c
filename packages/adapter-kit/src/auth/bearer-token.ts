import { HttpProblem } from "../server/http-problem";

/** Longer than any sane JWT: refuse before parsing megabytes of header. */
const maxTokenLength = 8_192;

/** The token of an `Authorization: Bearer <token>` header; 401 when it is missing or malformed. */
export function bearerToken(authorization: string | undefined | null, expected: string): string {
  if (!authorization) {
    throw new HttpProblem(
      "unauthorized",
      `Missing bearer token. Send Authorization: Bearer with ${expected}.`,
    );
  }
  const match = /^Bearer[ \t]+([A-Za-z0-9._~+/=-]+)[ \t]*$/i.exec(authorization);
  if (!match?.[1] || match[1].length > maxTokenLength) {
    throw new HttpProblem(
      "unauthorized",
      `The Authorization header is not a bearer token. Send Authorization: Bearer with ${expected}.`,
    );
  }
  return match[1];
}
