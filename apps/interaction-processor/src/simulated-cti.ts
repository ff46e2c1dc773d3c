/**
 * A small simulated CTI: agents with passwords, stations, and at most one session per agent. Enough to show
 * every answer of prepareSession: success, confirm (the agent already has a session), override, and failures.
 */
export interface CtiAgent {
  id: string;
  password: string;
  name: string;
}

export interface CtiSession {
  id: string;
  agentId: string;
  station: string;
  model: string;
  startedAt: Date;
}

export type LoginResult =
  | { kind: "logged-in"; session: CtiSession; replaced: CtiSession | undefined }
  | { kind: "already-logged-in"; session: CtiSession }
  | { kind: "invalid-credentials" }
  | { kind: "unknown-model" }
  | { kind: "no-station" };

/** Demo agents (sample only; a real CTI checks its own directory). */
export const demoAgents: readonly CtiAgent[] = [
  { id: "1001", password: "demo-1001", name: "Ada Agent" },
  { id: "1002", password: "demo-1002", name: "Bo Agent" },
  { id: "1003", password: "demo-1003", name: "Cy Agent" },
];

export const callModels = ["default", "inbound", "outbound", "blended"] as const;

export class SimulatedCti {
  readonly #agents: Map<string, CtiAgent>;
  readonly #sessions = new Map<string, CtiSession>();
  readonly #stations: string[];
  #counter = 0;

  constructor(agents: readonly CtiAgent[] = demoAgents, stationCount = 10) {
    this.#agents = new Map(agents.map((agent) => [agent.id, agent]));
    this.#stations = Array.from({ length: stationCount }, (_, index) => `S-${101 + index}`);
  }

  get maxSessions(): number {
    return this.#stations.length;
  }

  sessions(): CtiSession[] {
    return [...this.#sessions.values()];
  }

  login(request: { agentId: string; password: string; model: string; override: boolean }): LoginResult {
    const agent = this.#agents.get(request.agentId);
    // The same answer for an unknown agent and a wrong password: no probing for agent ids.
    if (!agent || agent.password !== request.password) return { kind: "invalid-credentials" };
    if (!(callModels as readonly string[]).includes(request.model)) return { kind: "unknown-model" };
    const existing = this.#sessions.get(agent.id);
    if (existing && !request.override) return { kind: "already-logged-in", session: existing };
    const station = existing?.station ?? this.#freeStation();
    if (station === undefined) return { kind: "no-station" };
    this.#counter += 1;
    const session: CtiSession = {
      id: `cti-session-${this.#counter}`,
      agentId: agent.id,
      station,
      model: request.model,
      startedAt: new Date(),
    };
    this.#sessions.set(agent.id, session);
    return { kind: "logged-in", session, replaced: existing };
  }

  #freeStation(): string | undefined {
    const used = new Set([...this.#sessions.values()].map((session) => session.station));
    return this.#stations.find((station) => !used.has(station));
  }
}
