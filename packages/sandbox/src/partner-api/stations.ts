import type { PartnerApiOperations } from "@ccaas/types";
import type { SandboxCore } from "../create-sandbox";
import type { OperationHandlers } from "../http/mount-operations";
import { SandboxError } from "../http/sandbox-error";
import { requireAgent } from "./require-agent";

/** The agent's station: read it, or change its Line Appearance and persistent connection (own station only). */
export function stationHandlers(core: SandboxCore): OperationHandlers<PartnerApiOperations> {
  return {
    getMyStation: ({ caller }) => {
      const agent = requireAgent(core, caller);
      return { status: 200, body: structuredClone(agent.station) };
    },
    updateStation: ({ params, body, caller }) => {
      const agent = requireAgent(core, caller);
      if ((params.stationId ?? "").toLowerCase() !== agent.station.id) {
        throw new SandboxError(
          404,
          "not_found",
          `No station ${params.stationId} for agent ${agent.userName}: an agent may only change its own station (GET /api/v2/users/me/station).`,
        );
      }
      return { status: 200, body: core.agents.updateStation(agent.id, body) };
    },
  };
}
