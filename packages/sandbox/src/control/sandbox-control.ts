import type {
  Conversation,
  IngestAccepted,
  SandboxInfo,
  SimulateInboundCallRequest,
  Station,
  UpdateStationRequest,
  WebhookDelivery,
  WebPhoneState,
} from "@ccaas/types";
import type { SandboxCore } from "../create-sandbox";
import { SandboxError } from "../http/sandbox-error";
import type { MediaStats } from "../media/media-service";
import type { Agent } from "../state/agents";
import { sandboxInfo } from "./sandbox-info";
import { servicesOf } from "./sandbox-services";

/**
 * Drives the sandbox the way tests, demos and people need to: the same operations as the HTTP control API
 * (`/control/...`), callable in-process. Failures throw a `SandboxError` with the HTTP status and code the
 * control API would answer with.
 */
export interface SandboxControl {
  /** URLs, demo credentials, numbers and agents: the JSON of `GET /control/info`. */
  info(): SandboxInfo;
  /** A customer dials one of the partner's numbers; the call rings an online agent (404 unknown number, 409 nobody online). */
  simulateInboundCall(call: SimulateInboundCallRequest): Conversation;
  /** What the media endpoint measured for a call (409 when media is not running, 404 unknown conversation). */
  mediaStats(conversationId: string): MediaStats;
  /**
   * The network path under the call's peer connection dies: media stops both ways until an ICE restart
   * (409 when media is not running or no peer connection carries the call).
   */
  breakCallMedia(conversationId: string): void;
  /** The customer hangs up, which ends the call (409 when the customer already left). */
  hangUpCustomer(conversationId: string): void;
  /** Changes an agent's station; connected softphones receive a station event. */
  setStation(agentId: string, patch: UpdateStationRequest): Station;
  /** Marks the agent's Voice API web phone online (or clears the mark) without a softphone. */
  setWebPhoneOnline(agentId: string, online: boolean): WebPhoneState;
  /** A signed agent token, as `POST /api/v2/agents/login` would return it, without the password round trip. */
  agentToken(userName: string): Promise<string>;
  /** Every conversation webhook delivery attempt, oldest first. */
  webhookDeliveries(channelId?: string): WebhookDelivery[];
  /** Publishes a participant event as a voice adapter would to Kafka (validated, applied, deduplicated). */
  ingestParticipantEvent(event: unknown): IngestAccepted;
}

const digits = (number: string) => number.replace(/\D/g, "");

export function createControl(core: SandboxCore): SandboxControl {
  function agentById(agentId: string): Agent {
    const agent = core.agents.byId(agentId);
    if (!agent)
      throw new SandboxError(404, "not_found", `No agent ${agentId}: GET /control/info lists the agents.`);
    return agent;
  }

  function conversation(conversationId: string): Conversation {
    const found = core.engine.get(conversationId.toLowerCase());
    if (!found)
      throw new SandboxError(
        404,
        "not_found",
        `No conversation ${conversationId}: it never existed or the sandbox restarted.`,
      );
    return found;
  }

  function webPhoneState(agent: Agent): WebPhoneState {
    return {
      agentId: agent.id,
      online: core.agents.isWebPhoneOnline(agent),
      markedOnline: agent.webPhoneForcedOnline,
      softphoneConnections: agent.connections,
    };
  }

  return {
    info: () => sandboxInfo(core),
    simulateInboundCall({ to, from }) {
      const number = [...core.partner.phoneNumbers.values()].find(
        (phone) => digits(phone.phone_number) === digits(to) && digits(to) !== "",
      );
      if (!number) {
        throw new SandboxError(
          404,
          "not_found",
          `${to.slice(0, 64)} is not one of the partner's numbers; GET /control/info lists them.`,
          [{ field: "/to", message: "is not one of the partner's numbers" }],
        );
      }
      return core.engine.routeInbound({ to: number.phone_number, from });
    },
    mediaStats(conversationId) {
      const { id } = conversation(conversationId);
      if (!core.media) {
        throw new SandboxError(
          409,
          "media_not_running",
          "Media is not running: an in-process sandbox (msw bridge) has no sockets. Start one with startSandbox() to measure audio.",
        );
      }
      return (
        core.media.stats(id) ?? {
          conversationId: id,
          active: false,
          toAgent: { packets: 0, bytes: 0 },
          fromAgent: { packets: 0, bytes: 0, audioLevel: 0, audiblePackets: 0 },
          digits: "",
        }
      );
    },
    breakCallMedia(conversationId) {
      const { id } = conversation(conversationId);
      if (!core.media) {
        throw new SandboxError(
          409,
          "media_not_running",
          "Media is not running: an in-process sandbox (msw bridge) has no sockets. Start one with startSandbox().",
        );
      }
      if (!core.media.breakPath(id)) {
        throw new SandboxError(
          409,
          "conflict",
          "No peer connection carries this call: break media after the softphone accepted it.",
        );
      }
    },
    hangUpCustomer(conversationId) {
      const { id, participants } = conversation(conversationId);
      const customer = participants.find((participant) => participant.purpose === "customer");
      if (!customer || customer.state === "disconnected")
        throw new SandboxError(409, "conflict", "The customer has already left the conversation.");
      core.engine.update(id, customer.id, { state: "disconnected" });
    },
    setStation: (agentId, patch) => core.agents.updateStation(agentById(agentId).id, patch),
    setWebPhoneOnline(agentId, online) {
      const agent = agentById(agentId);
      agent.webPhoneForcedOnline = online;
      return webPhoneState(agent);
    },
    async agentToken(userName) {
      const agent = core.agents.byUserName(userName);
      if (!agent)
        throw new SandboxError(404, "not_found", `No agent ${userName}: GET /control/info lists the agents.`);
      return core.tokens.sign({ sub: agent.id, userName: agent.userName, partnerId: core.partner.partnerId });
    },
    webhookDeliveries: (channelId) => servicesOf(core).webhooks.deliveries(channelId),
    ingestParticipantEvent: (event) => servicesOf(core).ingest.ingest(event),
  };
}
