/**
 * The seed's registration steps as one idempotent call: create the voice provider (or find the one with that
 * name), bring its URLs up to date, associate each phone number. Running it again changes nothing and
 * reports "unchanged".
 */
import { ApiError, type CreateVoiceProviderRequest, type VoiceProvider } from "@ccaas/types";
import type { PartnerClient } from "./create-partner-client";
import { newRequestId } from "./middleware/request-id";
import type { PartnerOperations } from "./operations";
import type { RequestOptions } from "./types";
import { invalidArgument, requireHttpUrl, requireString } from "./validate";

/** The voice adapter's URLs, snake_case as on the wire. */
export type VoiceProviderUrls = Omit<CreateVoiceProviderRequest, "name">;

export type RegisterVoiceProviderInput = {
  /** Unique per partner: the key that makes a second run find the first run's voice provider. */
  name: string;
  /** Toll-free numbers (their ids) whose calls the voice adapter handles. */
  phoneNumberIds?: readonly string[];
} & (
  | { urls: VoiceProviderUrls; adapterBaseUrl?: never }
  | {
      /** The adapter's base URL; the URLs are the voice adapter's defaults under it (`/calls/accept`, ..., `/token`). */
      adapterBaseUrl: string;
      urls?: never;
    }
);

export interface RegisterVoiceProviderReport {
  voiceProvider: {
    id: string;
    /** True when this run created it. */
    created: boolean;
    /** True when it existed with other URLs and this run changed them. */
    updated: boolean;
  };
  phoneNumbers: Array<{ id: string; action: "associated" | "unchanged" }>;
}

const urlKeys = [
  "accept_call_url",
  "end_call_url",
  "hold_call_url",
  "resume_call_url",
  "mute_call_url",
  "unmute_call_url",
  "access_token_url",
] as const satisfies ReadonlyArray<keyof VoiceProviderUrls>;

/** The voice adapter's default routes (specs/voice-adapter.yaml) under a base URL. */
export function adapterUrls(adapterBaseUrl: string): VoiceProviderUrls {
  const base = requireHttpUrl(adapterBaseUrl, "adapterBaseUrl", "registerVoiceProvider");
  return {
    accept_call_url: `${base}/calls/accept`,
    end_call_url: `${base}/calls/end`,
    hold_call_url: `${base}/calls/hold`,
    resume_call_url: `${base}/calls/resume`,
    mute_call_url: `${base}/calls/mute`,
    unmute_call_url: `${base}/calls/unmute`,
    access_token_url: `${base}/token`,
  };
}

function desiredUrls(input: RegisterVoiceProviderInput): VoiceProviderUrls {
  const context = "registerVoiceProvider";
  const hasUrls = input.urls !== undefined;
  if (hasUrls === (input.adapterBaseUrl !== undefined)) {
    invalidArgument("urls", "or adapterBaseUrl is required, and only one of them.", context);
  }
  if (!hasUrls) return adapterUrls(input.adapterBaseUrl as string);
  const urls = {} as VoiceProviderUrls;
  for (const key of urlKeys) urls[key] = requireHttpUrl(input.urls?.[key], `urls.${key}`, context);
  return urls;
}

function phoneNumberIds(input: RegisterVoiceProviderInput): string[] {
  const ids = input.phoneNumberIds ?? [];
  if (!Array.isArray(ids))
    invalidArgument("phoneNumberIds", "must be an array of phone number ids.", "registerVoiceProvider");
  return [
    ...new Set(
      ids.map((id, index) => requireString(id, `phoneNumberIds[${index}]`, "registerVoiceProvider")),
    ),
  ];
}

async function findByName(operations: PartnerOperations, name: string, options: RequestOptions | undefined) {
  const { items } = await operations.listVoiceProviders(options);
  return items.find((provider) => provider.name === name);
}

/**
 * The seed's registration steps, idempotent: creates the voice provider (or finds the one with that name),
 * updates its URLs if they differ, associates each phone number not associated with it yet, and reports what
 * it did. Safe to run twice: the second run reports `created: false, updated: false` and "unchanged" numbers.
 *
 * A function rather than a client method: it needs partner secrets, which live on servers only, so browser
 * bundles (the softphone's) leave it out.
 *
 * @example
 * const report = await registerVoiceProvider(client, {
 *   name: "acme-voice",
 *   adapterBaseUrl: "https://adapter.acme.example",
 *   phoneNumberIds: ["7c0f9a52-3d1e-4b8a-9f6e-2a5d8c4b1e07"],
 * });
 */
export async function registerVoiceProvider(
  client: PartnerClient,
  input: RegisterVoiceProviderInput,
  options?: RequestOptions,
): Promise<RegisterVoiceProviderReport> {
  const context = "registerVoiceProvider";
  const operations: PartnerOperations = client;
  const { partnerId } = client;
  if (typeof input !== "object" || input === null) invalidArgument("input", "must be an object.", context);
  const name = requireString(input.name, "name", context);
  const urls = desiredUrls(input);
  const numbers = phoneNumberIds(input);
  const partner = requireString(partnerId, "partnerId", `${context} (pass partnerId to createPartnerClient)`);

  let provider: (Pick<VoiceProvider, "id"> & Partial<VoiceProvider>) | undefined = await findByName(
    operations,
    name,
    options,
  );
  let created = false;
  let updated = false;
  if (provider === undefined) {
    try {
      // The key makes the create safe to retry after a timeout: a repeat returns the first answer.
      provider = await operations.createVoiceProvider(
        { name, ...urls },
        { ...options, idempotencyKey: newRequestId() },
      );
      created = true;
    } catch (error) {
      // 409: another run created it between our list and our create.
      if (!ApiError.isInstance(error) || error.status !== 409) throw error;
      provider = await findByName(operations, name, options);
      if (provider === undefined) throw error;
    }
  }
  if (!created) {
    const changes: Partial<VoiceProviderUrls> = {};
    for (const key of urlKeys) if (provider[key] !== urls[key]) changes[key] = urls[key];
    if (Object.keys(changes).length > 0) {
      await operations.updateVoiceProvider(provider.id, changes, options);
      updated = true;
    }
  }

  const resourceUri = `/partners/${partner}/voiceproviders/${provider.id}`;
  const phoneNumbers: RegisterVoiceProviderReport["phoneNumbers"] = [];
  if (numbers.length > 0) {
    const { items } = await operations.listPhoneNumbers(options);
    const current = new Map(items.map((number) => [number.id, number.voice_provider_id_resource_uri]));
    for (const id of numbers) {
      if (current.get(id) === resourceUri) {
        phoneNumbers.push({ id, action: "unchanged" });
        continue;
      }
      await operations.associatePhoneNumber(id, { voice_provider_id_resource_uri: resourceUri }, options);
      phoneNumbers.push({ id, action: "associated" });
    }
  }
  return { voiceProvider: { id: provider.id, created, updated }, phoneNumbers };
}
