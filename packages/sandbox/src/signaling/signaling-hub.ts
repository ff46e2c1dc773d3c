import type { AuthenticateMessage } from "@ccaas/types";
import type { RawData, WebSocket } from "ws";
import type { SandboxCore } from "../create-sandbox";
import { AgentEventFeed } from "./agent-event-feed";
import { CallFlow } from "./call-flow";
import { parseClientMessage } from "./client-messages";
import { dispatchMessage } from "./dispatch-message";
import { SignalingClient } from "./signaling-client";

export interface SignalingOptions {
  /** How long a new connection may take to authenticate. */
  authTimeoutMs: number;
  /** How long a call rings before it is retracted with `timeout`. */
  proposeTimeoutMs: number;
  /** How long a closed connection's calls stay parked for a reconnect with the same `clientId`; 0: none. */
  reconnectGraceMs: number;
  /** Interval of WebSocket pings; a connection that misses a pong is dropped. */
  heartbeatMs: number;
}

/** What the hub holds, for leak checks: all zero once every connection is closed. */
export interface SignalingCounts {
  connections: number;
  agentsOnline: number;
  proposals: number;
  sessions: number;
  carriedConversations: number;
  queuedEvents: number;
  /** Closed connections whose sessions wait for a reconnect (each with its grace timer). */
  parkedConnections: number;
}

/** Close code for a connection that did not authenticate (policy violation). */
const UNAUTHENTICATED_CLOSE = 1008;

/**
 * Softphone signaling: the connections, their authentication, and the frames they send (what each message
 * then does is dispatch-message.ts). The conversation and station events each agent's connections receive
 * are the AgentEventFeed's; calls (proposals, sessions, media) are the CallFlow's.
 */
export class SignalingHub {
  readonly #core: SandboxCore;
  readonly #options: SignalingOptions;
  readonly #clients = new Set<SignalingClient>();
  readonly #byAgent = new Map<string, Set<SignalingClient>>();
  readonly #flow: CallFlow;
  readonly #feed: AgentEventFeed;
  readonly #closedSockets = new Map<SignalingClient, Promise<void>>();
  readonly #heartbeat: NodeJS.Timeout;

  constructor(core: SandboxCore, options: SignalingOptions) {
    this.#core = core;
    this.#options = options;
    this.#flow = new CallFlow({
      core,
      clientsOf: (agentId) => this.#clientsOf(agentId),
      proposeTimeoutMs: options.proposeTimeoutMs,
      reconnectGraceMs: options.reconnectGraceMs,
      unexpected: (error) => core.violations.unexpected(error),
    });
    this.#feed = new AgentEventFeed({
      core,
      flow: this.#flow,
      clientsOf: (agentId) => this.#clientsOf(agentId),
      guard: (task) => this.#guard(task),
    });
    this.#heartbeat = setInterval(() => {
      for (const client of this.#clients) {
        if (!client.alive) client.terminate();
        else client.ping();
      }
    }, options.heartbeatMs);
    this.#heartbeat.unref();
  }

  get counts(): SignalingCounts {
    return {
      connections: this.#clients.size,
      agentsOnline: this.#byAgent.size,
      proposals: this.#flow.proposals.size,
      sessions: this.#flow.sessions.size,
      carriedConversations: this.#flow.sessions.conversationCount,
      queuedEvents: this.#feed.queuedEvents,
      parkedConnections: this.#flow.parkedConnections,
    };
  }

  /** Takes over an upgraded WebSocket. */
  connect(socket: WebSocket): void {
    const client = new SignalingClient(socket, (message) => this.#violation(message));
    this.#clients.add(client);
    this.#closedSockets.set(client, new Promise((resolve) => socket.once("close", () => resolve())));
    client.authTimer = setTimeout(() => {
      client.error(
        "UNAUTHENTICATED",
        `No authenticate message within ${this.#options.authTimeoutMs} ms: send it first, with the agent's token.`,
      );
      client.close(UNAUTHENTICATED_CLOSE, "unauthenticated");
    }, this.#options.authTimeoutMs);
    socket.on("message", (data, isBinary) => client.enqueue(() => this.#receive(client, data, isBinary)));
    socket.on("pong", () => {
      client.alive = true;
    });
    socket.on("error", () => {});
    socket.on("close", () => this.#drop(client));
  }

  /** Closes every connection and stops every timer and peer connection; conversations are left as they are. */
  async close(): Promise<void> {
    clearInterval(this.#heartbeat);
    this.#feed.close();
    await this.#flow.close();
    const closing = [...this.#closedSockets.values()];
    for (const client of [...this.#clients]) {
      this.#drop(client);
      client.close(1001, "sandbox stopping");
    }
    const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 1000).unref());
    if ((await Promise.race([Promise.all(closing), timeout])) === "timeout") {
      for (const client of this.#closedSockets.keys()) client.terminate();
    }
    this.#closedSockets.clear();
  }

  #clientsOf(agentId: string): SignalingClient[] {
    return [...(this.#byAgent.get(agentId) ?? [])];
  }

  async #receive(client: SignalingClient, data: RawData, isBinary: boolean): Promise<void> {
    if (!this.#clients.has(client)) return;
    if (isBinary) {
      client.error(
        "INVALID_MESSAGE",
        "Binary frames are not part of the protocol: send JSON as text frames.",
      );
      return;
    }
    const parsed = parseClientMessage(data.toString());
    if (!parsed.ok) {
      client.error("INVALID_MESSAGE", parsed.problem);
      return;
    }
    const message = parsed.message;
    try {
      if (!client.identity) {
        if (message.type === "authenticate") await this.#authenticate(client, message);
        else {
          client.error("UNAUTHENTICATED", `Send authenticate before ${message.type}.`);
          client.close(UNAUTHENTICATED_CLOSE, "unauthenticated");
        }
        return;
      }
      await dispatchMessage(this.#core, this.#flow, client, message);
    } catch (error) {
      this.#core.violations.unexpected(error);
      client.error("INTERNAL_ERROR", `The sandbox failed to handle ${message.type}; see its console.`);
    }
  }

  async #authenticate(client: SignalingClient, message: AuthenticateMessage): Promise<void> {
    const claims = await this.#core.tokens.verify(message.token);
    const agent = claims ? this.#core.agents.byId(claims.sub) : undefined;
    if (!this.#clients.has(client)) return;
    if (!agent) {
      client.error(
        "UNAUTHENTICATED",
        "The token is missing, forged or expired: sign the agent in again and reconnect.",
      );
      client.close(UNAUTHENTICATED_CLOSE, "unauthenticated");
      return;
    }
    clearTimeout(client.authTimer);
    client.identity = {
      agentId: agent.id,
      userName: agent.userName,
      ...(message.clientId !== undefined ? { clientId: message.clientId } : {}),
    };
    let clients = this.#byAgent.get(agent.id);
    if (!clients) {
      clients = new Set();
      this.#byAgent.set(agent.id, clients);
    }
    clients.add(client);
    agent.connections += 1;
    // Before `ready`: the parked sessions of the same agent and clientId are this connection's from now on.
    this.#guard(() => this.#flow.clientReturned(client));
    client.send({
      type: "ready",
      agent: { id: agent.id, userName: agent.userName },
      station: structuredClone(agent.station),
      conversations: this.#core.engine.activeFor(agent.id),
    });
    this.#flow.clientJoined(client);
  }

  /**
   * A connection is gone: the agent has one connection fewer (it may look offline to routing while its calls
   * are parked) and the calls it held are parked for a reconnect or cleaned up (CallFlow.clientLeft).
   */
  #drop(client: SignalingClient): void {
    if (!this.#clients.delete(client)) return;
    clearTimeout(client.authTimer);
    this.#closedSockets.delete(client);
    const identity = client.identity;
    if (!identity) return;
    const clients = this.#byAgent.get(identity.agentId);
    clients?.delete(client);
    if (clients?.size === 0) this.#byAgent.delete(identity.agentId);
    const agent = this.#core.agents.byId(identity.agentId);
    if (agent) agent.connections = Math.max(0, agent.connections - 1);
    this.#guard(() => this.#flow.clientLeft(client));
  }

  #guard(task: () => void): void {
    try {
      task();
    } catch (error) {
      this.#core.violations.unexpected(error);
    }
  }

  #violation(message: string): void {
    try {
      this.#core.violations.report(message);
    } catch {
      // "throw" mode: the violation is recorded and printed; a WebSocket push has no request to fail.
    }
  }
}
