import { randomUUID } from "node:crypto";
import type { Channel, PhoneNumber, VoiceProvider } from "@ccaas/types";

export interface StoredChannel {
  channel: Channel;
  /** `whsec_<base64>`: the Standard Webhooks signing secret, returned once on create. */
  webhookSecret: string;
}

/** The partner's resources: voice providers, its pre-seeded toll-free numbers, channels. */
export class PartnerResources {
  readonly partnerId: string;
  readonly voiceProviders = new Map<string, VoiceProvider>();
  readonly phoneNumbers = new Map<string, PhoneNumber>();
  readonly channels = new Map<string, StoredChannel>();

  constructor(partnerId: string, numbers: readonly string[]) {
    this.partnerId = partnerId;
    for (const number of numbers) {
      const id = randomUUID();
      this.phoneNumbers.set(id, {
        id,
        phone_number: number,
        type: "toll_free",
        voice_provider_id_resource_uri: null,
      });
    }
  }

  voiceProviderUri(id: string): string {
    return `/partners/${this.partnerId}/voiceproviders/${id}`;
  }

  phoneNumberByNumber(number: string): PhoneNumber | undefined {
    return [...this.phoneNumbers.values()].find((phone) => phone.phone_number === number);
  }
}
