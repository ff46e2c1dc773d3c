import type { SandboxApiOperations } from "@ccaas/types";
import { sandboxDocument } from "@ccaas/types/specs";
import { createOpenApiValidator } from "@ccaas/validation";
import type { Hono } from "hono";
import type { SandboxCore } from "../create-sandbox";
import type { ApiFamily } from "../http/api-family";
import { mountOperations } from "../http/mount-operations";
import { renderErrorBody } from "../partner-api/error-body";
import { createControl } from "./sandbox-control";

/**
 * The sandbox-only API of specs/sandbox.yaml (control routes and the participant-event ingest), served by the
 * same `SandboxControl` that `startSandbox()` hands to code. Open: the sandbox listens on loopback and every
 * value it hands out is a demo value.
 */
export function mountControl(app: Hono, core: SandboxCore): ApiFamily {
  const family: ApiFamily = {
    name: "sandbox control API",
    validator: createOpenApiValidator(sandboxDocument),
    renderError: renderErrorBody,
    authenticate: async () => ({ kind: "anonymous" }),
  };
  const control = createControl(core);
  mountOperations<SandboxApiOperations>(
    app,
    family,
    {
      getSandboxInfo: () => ({ status: 200, body: control.info() }),
      simulateInboundCall: ({ body }) => ({ status: 201, body: control.simulateInboundCall(body) }),
      getCallMedia: ({ params }) => ({ status: 200, body: control.mediaStats(params.conversationId ?? "") }),
      breakCallMedia: ({ params }) => {
        control.breakCallMedia(params.conversationId ?? "");
        return { status: 204, body: undefined };
      },
      hangUpCustomer: ({ params }) => {
        control.hangUpCustomer(params.conversationId ?? "");
        return { status: 204, body: undefined };
      },
      setAgentStation: ({ params, body }) => ({
        status: 200,
        body: control.setStation(params.agentId ?? "", body),
      }),
      setWebPhoneOnline: ({ params, body }) => ({
        status: 200,
        body: control.setWebPhoneOnline(params.agentId ?? "", body.online),
      }),
      listWebhookDeliveries: ({ query }) => ({
        status: 200,
        body: { items: control.webhookDeliveries(query.channelId) },
      }),
      ingestParticipantEvent: ({ body }) => ({ status: 202, body: control.ingestParticipantEvent(body) }),
    },
    core.violations,
  );
  return family;
}
