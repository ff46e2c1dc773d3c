/** `Authorization: Bearer <agent JWT>` for the agent-facing `/api/v2/...` endpoints (`agentBearer`). */
import { invalidArgument } from "../validate";

/** A token, or a function returning a current one; it is called for every request, so it may refresh. */
export type AccessTokenSource = string | (() => string | Promise<string>);

/** Sets `authorization` from `token` in `headers`; `onToken` learns it, so that redaction covers it. */
export function setBearer(
  headers: Record<string, string>,
  token: unknown,
  where: string,
  onToken: (token: string) => void,
): Record<string, string> {
  if (typeof token !== "string" || token === "") {
    invalidArgument("accessToken", "(the agent's token, or a function returning it) is required.", where);
  }
  onToken(token);
  headers.authorization = `Bearer ${token}`;
  return headers;
}
