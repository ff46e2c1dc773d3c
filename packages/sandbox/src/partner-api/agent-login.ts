import type { PartnerApiOperations } from "@ccaas/types";
import type { SandboxCore } from "../create-sandbox";
import type { OperationHandlers } from "../http/mount-operations";
import { SandboxError } from "../http/sandbox-error";
import { secretsEqual } from "./credentials";

/** Agent sign-in (a signed JWT) and the JWKS that verifies it. */
export function agentLoginHandlers(core: SandboxCore): OperationHandlers<PartnerApiOperations> {
  return {
    loginAgent: async ({ body }) => {
      const agent = core.agents.byUserName(body.userName);
      // Compare against something even for an unknown user, so timing does not reveal which user names exist.
      const passwordOk = secretsEqual(body.password, agent?.password ?? "\u0000no agent");
      if (!agent || !passwordOk) {
        throw new SandboxError(
          401,
          "unauthorized",
          "The user name or password is wrong. GET /control/info lists the sandbox's demo agents.",
        );
      }
      const accessToken = await core.tokens.sign({
        sub: agent.id,
        userName: agent.userName,
        partnerId: core.partner.partnerId,
      });
      return {
        status: 200,
        body: {
          access_token: accessToken,
          token_type: "Bearer",
          expires_in: core.tokens.lifetimeSeconds,
          agent: { id: agent.id, userName: agent.userName, name: agent.name },
        },
        headers: { "cache-control": "no-store" },
      };
    },
    getJwks: async () => ({
      status: 200,
      body: (await core.tokens.jwks()) as PartnerApiOperations["getJwks"]["responses"][200]["content"]["application/json"],
      headers: { "cache-control": "public, max-age=300" },
    }),
  };
}
