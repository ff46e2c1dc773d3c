import type { VoiceApiOperations } from "@ccaas/types";
import type { Hono } from "hono";
import type { SandboxCore } from "../create-sandbox";
import type { ApiFamily } from "../http/api-family";
import { mountOperations } from "../http/mount-operations";
import { SandboxError } from "../http/sandbox-error";
import { signalingUrl } from "../signaling/signaling-url";
import type { Agent } from "../state/agents";
import { VoiceCalls } from "./voice-calls";
import { createVoiceFamily } from "./voice-family";
import { VoiceSessions } from "./voice-sessions";

/** The campaign code that makes Call/Status answer in the seed example's `voice_*` form. */
export const legacyCodCampaign = "legacy";

const apiKeyPrefix = "SBX-";

/**
 * The Voice API under `/Voice`: Login, Call/Server (web-phone settings pointing at this sandbox), Call/Create
 * (needs the agent's web phone online) and Call/Status. The Voice API login stands for the first configured
 * agent's web phone; `api_key` (from Call/Server) names it in Call/Create.
 */
export function mountVoiceApi(app: Hono, core: SandboxCore): ApiFamily {
  const { voiceApi } = core.options;
  const sessions = new VoiceSessions(voiceApi, voiceApi.tokenLifetimeMs);
  const calls = new VoiceCalls(voiceApi.statusScheduleMs);
  const family = createVoiceFamily(sessions);

  function checkCampaign(codCampaign: string): void {
    if (codCampaign !== voiceApi.codCampaign && codCampaign !== legacyCodCampaign) {
      throw new SandboxError(
        400,
        "VALIDATION_ERROR",
        `codCampaign "${codCampaign.slice(0, 64)}" is not registered; use "${voiceApi.codCampaign}" (or "${legacyCodCampaign}").`,
      );
    }
  }

  function webPhoneAgent(): Agent {
    const agent = core.agents.all()[0];
    if (!agent)
      throw new SandboxError(
        400,
        "VALIDATION_ERROR",
        "The sandbox has no agents, so there is no web phone to configure.",
      );
    return agent;
  }

  mountOperations<VoiceApiOperations>(
    app,
    family,
    {
      login: ({ body }) => {
        const token = sessions.login(body.login, body.password);
        return { status: 200, body: [{ token, expires_in: sessions.expiresIn }] };
      },
      getCallServer: async ({ body }) => {
        checkCampaign(body.codCampaign);
        const agent = webPhoneAgent();
        const base = new URL(core.baseUrl);
        const port = base.port || (base.protocol === "https:" ? "443" : "80");
        // The web phone is the sandbox's softphone: it connects to signaling and authenticates with this
        // password, which is an agent token for the web phone's agent.
        const password = await core.tokens.sign({
          sub: agent.id,
          userName: agent.userName,
          partnerId: core.partner.partnerId,
        });
        const callerId = [...core.partner.phoneNumbers.values()][0]?.phone_number.replace(/^\+/, "") ?? "";
        return {
          status: 200,
          body: [
            {
              rtcSignalingServer: base.hostname,
              rtcMediaServer: base.hostname,
              rtcSignalingPort: port,
              rtcWsServer: signalingUrl(core.baseUrl),
              rtcURIAddr: `sip:${agent.userName}@${base.hostname}`,
              rtcUAUsername: agent.userName,
              rtcUAPassword: password,
              api_key: `${apiKeyPrefix}${agent.id}`,
              caller_ident_external: callerId,
              agent_id: agent.id,
            },
          ],
        };
      },
      createCall: ({ body }) => {
        checkCampaign(body.codCampaign);
        const agent = body.api_key.startsWith(apiKeyPrefix)
          ? core.agents.byId(body.api_key.slice(apiKeyPrefix.length))
          : undefined;
        if (!agent)
          throw new SandboxError(
            400,
            "VALIDATION_ERROR",
            "api_key is not one Call/Server returned: send the api_key from Call/Server.",
          );
        if (!core.agents.isWebPhoneOnline(agent)) {
          throw new SandboxError(
            409,
            "NO_ENDPOINT_REGISTERED",
            "No web phone is registered. Configure the WebRTC web phone with the data from Call/Server and bring it online (or PUT /control/agents/{agentId}/web-phone), then create the call again.",
          );
        }
        return { status: 200, body: [{ _id: calls.create(agent.id, body.call_destination) }] };
      },
      getCallStatus: ({ body }) => {
        checkCampaign(body.codCampaign);
        const status = calls.status(body._id);
        if (!status)
          throw new SandboxError(
            404,
            "CALL_NOT_FOUND",
            `No call with _id ${body._id.slice(0, 64)}. Use the _id returned by Call/Create.`,
          );
        if (body.codCampaign !== legacyCodCampaign) return { status: 200, body: [status] };
        const legacy = {
          _id: status._id,
          voice_status: status.status,
          voice_code_result: status.isdn_code,
          voice_text_result: status.isdn_reason,
        };
        return { status: 200, body: [legacy] };
      },
    },
    core.violations,
  );
  return family;
}
