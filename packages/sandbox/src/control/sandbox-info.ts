import type { SandboxInfo } from "@ccaas/types";
import type { SandboxCore } from "../create-sandbox";
import { signalingUrl } from "../signaling/signaling-url";
import { legacyCodCampaign } from "../voice-api/voice-api-module";

/** `GET /control/info`: every URL and demo credential of this sandbox (demo values, safe to print). */
export function sandboxInfo(core: SandboxCore): SandboxInfo {
  const base = core.baseUrl.replace(/\/+$/, "");
  const { partner, voiceApi } = core.options;
  return {
    baseUrl: base,
    partnerApi: {
      baseUrl: base,
      partnerId: partner.partnerId,
      clientId: partner.clientId,
      clientSecret: partner.clientSecret,
      templateVersion: partner.templateVersion,
    },
    phoneNumbers: [...core.partner.phoneNumbers.values()].map((phone) => ({ ...phone })),
    voiceApi: {
      baseUrl: `${base}/Voice`,
      login: voiceApi.login,
      password: voiceApi.password,
      codCampaign: voiceApi.codCampaign,
      legacyCodCampaign,
    },
    agents: core.agents.all().map((agent) => ({
      id: agent.id,
      userName: agent.userName,
      password: agent.password,
      name: agent.name,
      station: structuredClone(agent.station),
      softphoneConnections: agent.connections,
      webPhoneOnline: core.agents.isWebPhoneOnline(agent),
    })),
    signalingUrl: signalingUrl(base),
    jwksUrl: `${base}/.well-known/jwks.json`,
    controlUrl: `${base}/control`,
    participantEventsUrl: `${base}/ingest/participant-events`,
  };
}
