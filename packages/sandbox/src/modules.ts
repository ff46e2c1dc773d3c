import type { Hono } from "hono";
import { mountControl } from "./control/control-module";
import { registerServices } from "./control/sandbox-services";
import type { SandboxCore } from "./create-sandbox";
import type { ApiFamily } from "./http/api-family";
import { mountPartnerApi } from "./partner-api/partner-api-module";
import { mountVoiceApi } from "./voice-api/voice-api-module";
import { voiceBasePath } from "./voice-api/voice-family";
import { WebhookDispatcher } from "./webhooks/webhook-dispatcher";

export interface MountedModules {
  /** The family whose error format a path's answers use (unknown routes included). */
  familyFor(path: string): ApiFamily;
}

/**
 * The composition point: one API family per spec, each module's handlers mounted through `mountOperations`
 * (authenticated, parsed and validated both ways against its spec), and the services they share. The partner
 * API (with `/api/v2` and the JWKS) owns every path no other family claims.
 */
export function mountModules(app: Hono, core: SandboxCore): MountedModules {
  const partner = mountPartnerApi(app, core);
  const voice = mountVoiceApi(app, core);
  const control = mountControl(app, core);
  registerServices(core, new WebhookDispatcher(core, partner.validator));
  return {
    familyFor(path) {
      if (path === voiceBasePath || path.startsWith(`${voiceBasePath}/`)) return voice;
      if (path.startsWith("/control/") || path === "/control" || path.startsWith("/ingest/")) return control;
      return partner;
    },
  };
}
