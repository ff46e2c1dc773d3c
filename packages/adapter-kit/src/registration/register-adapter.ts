/**
 * Registers an adapter with the platform, idempotently: creates the voice provider with the adapter's URLs (or
 * updates the one with that name), then associates the phone numbers, through `@ccaas/partner-api`. Phone
 * numbers may be given by id or in E.164 form (`+18883973342`).
 */
import {
  createPartnerClient,
  type PartnerClient,
  registerVoiceProvider,
  type VoiceProviderUrls,
} from "@ccaas/partner-api";
import type { Logger } from "@ccaas/types";
import { ValidationError } from "@ccaas/types";
import { defaultPaths, type VoiceAdapterRoute } from "../server/voice-adapter-options";

export interface RegisterAdapterOptions {
  /** Unique per partner: a second run finds the first run's voice provider by it. */
  name: string;
  /** Where the softphone reaches the adapter, e.g. `https://adapter.acme.example`. */
  adapterBaseUrl: string;
  /** The adapter's paths when not the defaults (the same `paths` as `createVoiceAdapter`). */
  paths?: Partial<Record<VoiceAdapterRoute, string>>;
  /** Toll-free numbers to route to the adapter: ids, or numbers in E.164 form. */
  phoneNumbers?: readonly string[];
  /** The platform's base URL (the sandbox's `http://127.0.0.1:4700`). */
  platformBaseUrl?: string;
  partnerId?: string;
  /** Partner credentials: keep them on a server; they are never printed or logged. */
  clientId?: string;
  clientSecret?: string;
  /** `x-resource-template-version`. Default "1". */
  templateVersion?: string;
  /** A partner API client to use instead of the credentials above. */
  client?: PartnerClient;
  fetch?: (request: Request) => Promise<Response>;
  logger?: Partial<Logger>;
}

export interface RegisterAdapterReport {
  voiceProvider: { id: string; name: string; created: boolean; updated: boolean; urls: VoiceProviderUrls };
  phoneNumbers: Array<{ id: string; phoneNumber: string | undefined; action: "associated" | "unchanged" }>;
}

function adapterUrls(baseUrl: string, overrides: RegisterAdapterOptions["paths"]): VoiceProviderUrls {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    throw new ValidationError(`registerAdapter: adapterBaseUrl ${JSON.stringify(baseUrl)} is not a URL.`, {
      issues: [{ path: "adapterBaseUrl", message: "must be an http(s) URL" }],
    });
  }
  const root = base.toString().replace(/\/+$/, "");
  const paths = { ...defaultPaths, ...overrides };
  return {
    accept_call_url: `${root}${paths.accept}`,
    end_call_url: `${root}${paths.end}`,
    hold_call_url: `${root}${paths.hold}`,
    resume_call_url: `${root}${paths.resume}`,
    mute_call_url: `${root}${paths.mute}`,
    unmute_call_url: `${root}${paths.unmute}`,
    access_token_url: `${root}${paths.token}`,
  };
}

function clientFrom(options: RegisterAdapterOptions): PartnerClient {
  if (options.client) return options.client;
  const missing = (["platformBaseUrl", "partnerId", "clientId", "clientSecret"] as const).filter(
    (name) => typeof options[name] !== "string" || options[name] === "",
  );
  if (missing.length > 0) {
    throw new ValidationError(
      `registerAdapter: ${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} required.`,
      {
        issues: missing.map((path) => ({ path, message: "is required" })),
      },
    );
  }
  return createPartnerClient({
    baseUrl: options.platformBaseUrl as string,
    partnerId: options.partnerId as string,
    clientId: options.clientId as string,
    clientSecret: options.clientSecret as string,
    templateVersion: options.templateVersion ?? "1",
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
}

export async function registerAdapter(options: RegisterAdapterOptions): Promise<RegisterAdapterReport> {
  const client = clientFrom(options);
  const urls = adapterUrls(options.adapterBaseUrl, options.paths);
  const wanted = options.phoneNumbers ?? [];
  const byNumber = new Map<string, string>();
  const numberOf = new Map<string, string>();
  if (wanted.length > 0) {
    const { items } = await client.listPhoneNumbers();
    for (const item of items) {
      byNumber.set(item.phone_number, item.id);
      numberOf.set(item.id, item.phone_number);
    }
  }
  const ids = wanted.map((entry, index) => {
    if (!entry.startsWith("+")) return entry;
    const id = byNumber.get(entry);
    if (id === undefined) {
      throw new ValidationError(
        `registerAdapter: ${entry} is not one of the partner's phone numbers (${[...byNumber.keys()].join(", ") || "none"}).`,
        { issues: [{ path: `phoneNumbers[${index}]`, message: "is not one of the partner's numbers" }] },
      );
    }
    return id;
  });
  const report = await registerVoiceProvider(client, { name: options.name, urls, phoneNumberIds: ids });
  return {
    voiceProvider: { ...report.voiceProvider, name: options.name, urls },
    phoneNumbers: report.phoneNumbers.map((entry) => ({ ...entry, phoneNumber: numberOf.get(entry.id) })),
  };
}
