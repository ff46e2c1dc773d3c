import type { SandboxCore } from "../create-sandbox";
import { ParticipantEventIngest } from "../ingest/participant-event-ingest";
import type { WebhookDispatcher } from "../webhooks/webhook-dispatcher";

/**
 * The stateful services the HTTP modules and the control handle share for one sandbox core. They are
 * created when the modules are mounted (the webhook dispatcher must follow the engine from the first change)
 * and looked up by core, so `SandboxCore` itself stays the skeleton's shape.
 */
export interface SandboxServices {
  webhooks: WebhookDispatcher;
  ingest: ParticipantEventIngest;
}

const registry = new WeakMap<SandboxCore, SandboxServices>();

export function registerServices(core: SandboxCore, webhooks: WebhookDispatcher): SandboxServices {
  const services: SandboxServices = { webhooks, ingest: new ParticipantEventIngest(core) };
  registry.set(core, services);
  core.cleanup.push(() => webhooks.close());
  return services;
}

export function servicesOf(core: SandboxCore): SandboxServices {
  const services = registry.get(core);
  if (!services)
    throw new Error(
      "The sandbox's modules are not mounted on this core: create it with createSandboxCore().",
    );
  return services;
}
