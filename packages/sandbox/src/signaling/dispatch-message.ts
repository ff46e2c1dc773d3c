import type { SoftphoneClientMessage } from "@ccaas/types";
import type { SandboxCore } from "../create-sandbox";
import type { CallFlow } from "./call-flow";
import type { SignalingClient } from "./signaling-client";

/**
 * What each message of an authenticated connection does: call messages go to the CallFlow, `sync` is answered
 * here with a snapshot. Authentication itself is the hub's (it registers the connection).
 */
export async function dispatchMessage(
  core: SandboxCore,
  flow: CallFlow,
  client: SignalingClient,
  message: SoftphoneClientMessage,
): Promise<void> {
  switch (message.type) {
    case "authenticate":
      client.error(
        "INVALID_MESSAGE",
        "This connection is already authenticated; open a new one to change agents.",
      );
      return;
    case "proceed":
      return flow.proceed(client, message.sessionId, message.conversationId);
    case "reject":
      return flow.reject(client, message.sessionId, message.conversationId);
    case "accept":
      return flow.accept(client, message);
    case "iceCandidate":
      return flow.iceCandidate(client, message);
    case "terminate":
      return flow.terminate(client, message.sessionId);
    case "sendDigits":
      return flow.sendDigits(client, message);
    case "iceRestart":
      return flow.iceRestart(client, message.sessionId);
    case "sync": {
      const agent = core.agents.byId(client.identity?.agentId ?? "");
      if (!agent) return;
      client.send({
        type: "snapshot",
        station: structuredClone(agent.station),
        conversations: core.engine.activeFor(agent.id),
      });
      return;
    }
  }
}
