import type { PartnerApiOperations } from "@ccaas/types";
import type { Hono } from "hono";
import type { SandboxCore } from "../create-sandbox";
import type { ApiFamily } from "../http/api-family";
import { mountOperations } from "../http/mount-operations";
import { agentLoginHandlers } from "./agent-login";
import { channelHandlers } from "./channels";
import { conversationCallHandlers } from "./conversation-calls";
import { IdempotencyStore } from "./idempotency";
import { createPartnerFamily } from "./partner-family";
import { phoneNumberHandlers } from "./phone-numbers";
import { stationHandlers } from "./stations";
import { requireTemplateVersion } from "./template-version";
import { voiceProviderHandlers } from "./voice-providers";

/** Mounts every operation of partner-api.yaml and returns its family (errors as `ErrorBody`). */
export function mountPartnerApi(app: Hono, core: SandboxCore): ApiFamily {
  const family = createPartnerFamily(core);
  const idempotency = new IdempotencyStore();
  const handlers = requireTemplateVersion<PartnerApiOperations>(
    {
      ...voiceProviderHandlers(core, idempotency),
      ...phoneNumberHandlers(core),
      ...channelHandlers(core, idempotency),
      ...conversationCallHandlers(core, idempotency),
      ...stationHandlers(core),
      ...agentLoginHandlers(core),
    },
    family,
    core.options.partner.templateVersion,
  );
  mountOperations<PartnerApiOperations>(app, family, handlers, core.violations);
  return family;
}
