import type { SandboxCore } from "../create-sandbox";
import type { Caller } from "../http/api-family";
import { SandboxError } from "../http/sandbox-error";
import type { Agent } from "../state/agents";

/** The agent an agent-bearer caller acts as. */
export function requireAgent(core: SandboxCore, caller: Caller): Agent {
  const agent = caller.kind === "agent" ? core.agents.byId(caller.agentId) : undefined;
  if (!agent)
    throw new SandboxError(
      401,
      "unauthorized",
      "An agent token is required: sign in with POST /api/v2/agents/login.",
    );
  return agent;
}
