/**
 * `POST /token`: takes the platform's agent JWT (verified against its JWKS), refuses a token for another agent
 * than `agentLogonName` (403), and returns a short-lived token for the voice provider client bound to that agent.
 */
import type { TokenRequest, TokenResponse } from "@ccaas/types";
import { signAdapterToken } from "../../auth/adapter-tokens";
import type { AdapterRequest } from "../adapter-request";
import type { TokenContext, VoiceAdapterHandlers } from "../handlers";
import { HttpProblem } from "../http-problem";
import {
  type RouteContext,
  type RouteResult,
  readAuthenticated,
  runHandler,
  validateBody,
} from "./route-context";

export function createTokenRoute(route: RouteContext, handlers: VoiceAdapterHandlers) {
  const { options } = route;
  return async (request: AdapterRequest, requestId: string): Promise<RouteResult> => {
    const { body, agent } = await readAuthenticated(route, request, "platform", "the platform's agent JWT");
    const input = validateBody<TokenRequest>(route, "createToken", body);
    if (input.agentLogonName !== agent.userName) {
      throw new HttpProblem(
        "forbidden",
        `The agent JWT was issued to another agent than agentLogonName ${JSON.stringify(input.agentLogonName)}; an agent can only request its own token.`,
      );
    }
    const issueToken = (extraClaims?: Record<string, unknown>) =>
      signAdapterToken(
        {
          sub: agent.agentId,
          userName: agent.userName,
          partnerId: options.partnerId,
          ...(extraClaims ? { extra: extraClaims } : {}),
        },
        options.auth.tokenSecret,
        options.auth.tokenTtlSeconds,
      );
    const custom = handlers.token;
    if (custom === undefined) return { status: 200, body: await issueToken() };

    const logger = options.logger ?? {};
    const result = await runHandler(route, "issue a token", requestId, (running) => {
      const context: TokenContext = {
        requestId,
        agent,
        logger,
        issueToken,
        get signal() {
          return running.signal;
        },
      };
      return custom.call(handlers, input, context);
    });
    const issues = route.validator.validateResponse("createToken", 200, result);
    if (issues.length > 0) {
      route.log.error?.(
        `request ${requestId}: token handler returned an invalid body: ${issues.map((i) => `${i.path} ${i.message}`).join("; ")}`,
      );
      throw new HttpProblem("upstream_failed", "The voice provider did not return a usable token. Retry.");
    }
    const { token, expiresIn } = result as TokenResponse;
    return { status: 200, body: expiresIn === undefined ? { token } : { token, expiresIn } };
  };
}
