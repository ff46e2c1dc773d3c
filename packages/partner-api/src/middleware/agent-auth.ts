/** `Authorization: Bearer <agent JWT>` for the agent-facing `/api/v2/...` endpoints (`agentBearer`). */
import type { Middleware } from "openapi-fetch";
import { invalidArgument } from "../validate";
import { isPartnerRoute } from "./basic-auth";

/** A token, or a function returning a current one; it is called for every request, so it may refresh. */
export type AccessTokenSource = string | (() => string | Promise<string>);

/** Operations with `security: []` outside /partners: signing in, and the keys that verify tokens. */
const isPublicRoute = (schemaPath: string) =>
  schemaPath === "/api/v2/agents/login" || schemaPath.startsWith("/.well-known/");

export function agentAuth(accessToken: AccessTokenSource | undefined): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      if (isPartnerRoute(schemaPath) || isPublicRoute(schemaPath) || request.headers.has("authorization")) {
        return undefined;
      }
      const use = (token: unknown) => {
        if (typeof token !== "string" || token === "") {
          invalidArgument(
            "accessToken",
            "(the agent's token, or a function returning it) is required.",
            schemaPath,
          );
        }
        request.headers.set("authorization", `Bearer ${token}`);
        return undefined;
      };
      // Synchronous unless the token comes from a function: no await on the common path.
      if (typeof accessToken !== "function") return use(accessToken);
      const token = accessToken();
      return typeof token === "string" ? use(token) : token.then(use);
    },
  };
}
