import { randomUUID } from "node:crypto";
import type { PartnerApiOperations, VoiceProvider } from "@ccaas/types";
import type { SandboxCore } from "../create-sandbox";
import type { OperationHandlers } from "../http/mount-operations";
import { SandboxError } from "../http/sandbox-error";
import type { IdempotencyStore } from "./idempotency";

/** Voice providers: a partner's voice adapter registrations (seed step 1), unique by name. */
export function voiceProviderHandlers(
  core: SandboxCore,
  idempotency: IdempotencyStore,
): OperationHandlers<PartnerApiOperations> {
  const providers = core.partner.voiceProviders;

  function find(id: string): VoiceProvider {
    const provider = providers.get(id.toLowerCase());
    if (!provider) throw new SandboxError(404, "not_found", `No voice provider ${id} for this partner.`);
    return provider;
  }

  function assertNameFree(name: string, exceptId?: string): void {
    const taken = [...providers.values()].some(
      (provider) => provider.name === name && provider.id !== exceptId,
    );
    if (taken) {
      throw new SandboxError(
        409,
        "conflict",
        `A voice provider named "${name}" already exists for this partner. Choose another name or update it.`,
        [{ field: "/name", message: "already in use" }],
      );
    }
  }

  return {
    createVoiceProvider: idempotency.wrap<PartnerApiOperations["createVoiceProvider"]>(
      "createVoiceProvider",
      ({ body }) => {
        assertNameFree(body.name);
        const id = randomUUID();
        providers.set(id, { id, ...body });
        return { status: 201, body: { id } };
      },
    ),
    listVoiceProviders: () => {
      return { status: 200, body: { items: [...providers.values()] } };
    },
    getVoiceProvider: ({ params }) => {
      return { status: 200, body: find(params.voiceProviderId ?? "") };
    },
    updateVoiceProvider: ({ params, body }) => {
      const provider = find(params.voiceProviderId ?? "");
      if (body.name !== undefined) assertNameFree(body.name, provider.id);
      const updated = { ...provider, ...body };
      providers.set(provider.id, updated);
      return { status: 200, body: updated };
    },
    deleteVoiceProvider: ({ params }) => {
      const provider = find(params.voiceProviderId ?? "");
      const uri = core.partner.voiceProviderUri(provider.id);
      const numbers = [...core.partner.phoneNumbers.values()].filter(
        (phone) => phone.voice_provider_id_resource_uri === uri,
      );
      if (numbers.length > 0) {
        throw new SandboxError(
          409,
          "conflict",
          `The voice provider is still associated with ${numbers.map((phone) => phone.phone_number).join(", ")}: associate those numbers with another voice provider first.`,
        );
      }
      providers.delete(provider.id);
      return { status: 204, body: undefined };
    },
  };
}
