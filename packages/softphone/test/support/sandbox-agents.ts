/**
 * Softphones against a real sandbox for the integration tests: each with werift media in Node, its events
 * recorded, and a way to drop its signaling socket; plus ringing the agent and answering a call.
 */
import type { Sandbox } from "@ccaas/sandbox";
import { createSoftphone } from "../../src/create-softphone";
import type { SoftphoneEvents } from "../../src/events";
import type { SoftphoneOptions } from "../../src/options";
import type { SignalingConnection, SignalingTransport } from "../../src/signaling/signaling-transport";
import { webSocketTransport } from "../../src/signaling/signaling-transport";
import type { Softphone } from "../../src/softphone";
import { waitFor } from "./harness";
import { createNodeRtc, type NodeRtc } from "./werift-rtc";

export const tollFree = "+18883973342";

export interface Agent {
  softphone: Softphone;
  rtc: NodeRtc;
  seen: { [Name in keyof SoftphoneEvents]?: SoftphoneEvents[Name][] };
  /** Closes the signaling socket from the client side, as a network drop would. */
  dropSignaling(): void;
}

/** Helpers bound to the test file's sandbox; what they start is stopped by running `cleanup`. */
export function sandboxAgents(sandbox: () => Sandbox, cleanup: (() => Promise<void> | void)[]) {
  async function agent(userName: string, options: Partial<SoftphoneOptions> = {}): Promise<Agent> {
    const rtc = createNodeRtc();
    let connection: SignalingConnection | undefined;
    let lost: ((code: number, reason: string) => void) | undefined;
    const transport: SignalingTransport = (url, handlers) => {
      lost = handlers.close;
      connection = webSocketTransport(url, handlers);
      return connection;
    };
    const softphone = createSoftphone({
      platformUrl: sandbox().urls.base,
      accessToken: () => sandbox().control.agentToken(userName),
      rtc: rtc.rtc,
      signalingTransport: transport,
      reconnect: { initialDelayMs: 50, maxDelayMs: 200 },
      ...options,
    });
    const seen: Agent["seen"] = {};
    for (const name of [
      "pendingSession",
      "cancelPendingSession",
      "handledPendingSession",
      "sessionStarted",
      "sessionEnded",
      "conversationUpdate",
      "connected",
      "error",
    ] as const) {
      softphone.on(name, ((payload: never) => {
        const list: unknown[] = seen[name] ?? [];
        list.push(payload);
        seen[name] = list as never;
      }) as never);
    }
    await softphone.initialize();
    cleanup.push(async () => {
      await softphone.destroy();
      rtc.close();
    });
    return {
      softphone,
      rtc,
      seen,
      dropSignaling() {
        connection?.close();
        lost?.(1006, "network down");
      },
    };
  }

  function ring(from = "+15555550100"): string {
    return sandbox().control.simulateInboundCall({ to: tollFree, from }).id;
  }

  async function answer(a: Agent, conversationId: string) {
    await waitFor(
      () => a.seen.pendingSession?.find((p) => p.conversationId === conversationId),
      "pendingSession",
    );
    await a.softphone.acceptPendingSession({ conversationId });
    const session = await waitFor(() => a.softphone.getSession(conversationId), "sessionStarted");
    await a.softphone.acceptSession({ conversationId });
    return session;
  }

  const media = (conversationId: string) => sandbox().control.mediaStats(conversationId);
  return { agent, ring, answer, media };
}
