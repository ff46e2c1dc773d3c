/**
 * @ccaas/partner-api/agent: the agent-facing calls of the partner API (place a call, change a participant)
 * in a few kilobytes, for browser softphones. Same errors, retries and headers as `createPartnerClient`.
 */

export {
  type AgentClient,
  type AgentClientOptions,
  createAgentClient,
  type PlaceCallOptions,
} from "./create-agent-client";
