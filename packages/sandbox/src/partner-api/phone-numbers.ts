import type { PartnerApiOperations, PhoneNumber } from "@ccaas/types";
import type { SandboxCore } from "../create-sandbox";
import type { OperationHandlers } from "../http/mount-operations";
import { SandboxError } from "../http/sandbox-error";

const resourceUri = /^\/partners\/([0-9a-f-]{36})\/voiceproviders\/([0-9a-f-]{36})$/i;

/** The partner's pre-seeded toll-free numbers and their voice provider association (seed step 2). */
export function phoneNumberHandlers(core: SandboxCore): OperationHandlers<PartnerApiOperations> {
  const numbers = core.partner.phoneNumbers;

  function find(id: string): PhoneNumber {
    const phone = numbers.get(id.toLowerCase());
    if (!phone)
      throw new SandboxError(
        404,
        "not_found",
        `No phone number ${id} for this partner. listPhoneNumbers shows the partner's numbers.`,
      );
    return phone;
  }

  return {
    listPhoneNumbers: () => {
      return { status: 200, body: { items: [...numbers.values()] } };
    },
    getPhoneNumber: ({ params }) => {
      return { status: 200, body: find(params.phoneNumberId ?? "") };
    },
    associatePhoneNumber: ({ params, body }) => {
      const phone = find(params.phoneNumberId ?? "");
      const [, partnerId = "", providerId = ""] = resourceUri.exec(body.voice_provider_id_resource_uri) ?? [];
      const provider =
        partnerId.toLowerCase() === core.partner.partnerId.toLowerCase()
          ? core.partner.voiceProviders.get(providerId.toLowerCase())
          : undefined;
      if (!provider) {
        throw new SandboxError(
          404,
          "not_found",
          `No voice provider at ${body.voice_provider_id_resource_uri} for this partner: create it first, under /partners/${core.partner.partnerId}/voiceproviders.`,
          [{ field: "/voice_provider_id_resource_uri", message: "names no voice provider of this partner" }],
        );
      }
      phone.voice_provider_id_resource_uri = core.partner.voiceProviderUri(provider.id);
      return { status: 200, body: phone };
    },
  };
}
