/** The agent's token for `Authorization: Bearer` on the agent-facing `/api/v2/...` endpoints (`agentBearer`). */

/** A token, or a function returning a current one; it is called for every request, so it may refresh. */
export type AccessTokenSource = string | (() => string | Promise<string>);
