import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import type { LineAppearance, Station, UpdateStationRequest } from "@ccaas/types";
import { SandboxError } from "../http/sandbox-error";
import type { SandboxAgentOptions } from "../options";

export interface Agent {
  id: string;
  userName: string;
  /** Only compared, never logged or returned. */
  password: string;
  name: string;
  station: Station;
  /** Softphone signaling connections currently open for this agent. */
  connections: number;
  /** Set by the control API to mark the Voice API web phone online without a softphone. */
  webPhoneForcedOnline: boolean;
}

/** A station's settings changed (partner API updateStation or the control API); softphones are told. */
export interface StationChange {
  agentId: string;
  station: Station;
}

interface AgentEvents {
  stationChanged: [StationChange];
}

/** The pre-seeded agents and their stations. Station changes are announced as `stationChanged`. */
export class AgentDirectory extends EventEmitter<AgentEvents> {
  readonly #byId = new Map<string, Agent>();

  constructor(seeds: readonly SandboxAgentOptions[]) {
    super();
    for (const seed of seeds) {
      const id = randomUUID();
      this.#byId.set(id, {
        id,
        userName: seed.userName,
        password: seed.password,
        name: seed.name ?? seed.userName,
        connections: 0,
        webPhoneForcedOnline: false,
        station: {
          id: randomUUID(),
          name: `${seed.userName}'s WebRTC phone`,
          userId: id,
          type: "inin_webrtc_softphone",
          status: "ASSOCIATED",
          webRtcCallAppearances: (seed.lineAppearance ?? 100) as LineAppearance,
          webRtcPersistentEnabled: seed.persistentConnection ?? false,
        },
      });
    }
  }

  all(): Agent[] {
    return [...this.#byId.values()];
  }

  byId(id: string): Agent | undefined {
    return this.#byId.get(id);
  }

  byUserName(userName: string): Agent | undefined {
    return this.all().find((agent) => agent.userName === userName);
  }

  byStationId(stationId: string): Agent | undefined {
    return this.all().find((agent) => agent.station.id === stationId);
  }

  /** An agent who can take a call now: a softphone is connected. Round-robin would go here. */
  firstOnline(): Agent | undefined {
    return this.all().find((agent) => agent.connections > 0);
  }

  isWebPhoneOnline(agent: Agent): boolean {
    return agent.connections > 0 || agent.webPhoneForcedOnline;
  }

  /** Changes an agent's Line Appearance and/or persistent connection and announces it; 404 for an unknown agent. */
  updateStation(agentId: string, patch: UpdateStationRequest): Station {
    const agent = this.#byId.get(agentId);
    if (!agent)
      throw new SandboxError(404, "not_found", `No agent ${agentId}: GET /control/info lists the agents.`);
    if (patch.webRtcCallAppearances !== undefined)
      agent.station.webRtcCallAppearances = patch.webRtcCallAppearances;
    if (patch.webRtcPersistentEnabled !== undefined)
      agent.station.webRtcPersistentEnabled = patch.webRtcPersistentEnabled;
    const station = structuredClone(agent.station);
    this.emit("stationChanged", { agentId, station });
    return station;
  }
}
