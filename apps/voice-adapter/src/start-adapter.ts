/**
 * Starts the sample adapter: resolves the partner from the sandbox, wires the kit (HTTP publisher to the
 * sandbox, or Kafka; in-memory state, or Redis; webhooks when a secret is given), serves it, and registers it.
 */
import {
  createHttpPublisher,
  createVoiceAdapter,
  type EventPublisher,
  type FetchHandler,
  type RegisterAdapterReport,
  type RunningServer,
  registerAdapter,
  type StateStore,
  serve,
} from "@ccaas/adapter-kit";
import { createKafkaPublisher } from "@ccaas/adapter-kit/kafka";
import { createRedisStateStore } from "@ccaas/adapter-kit/redis";
import { createWebhookHandler } from "@ccaas/adapter-kit/webhooks";
import type { AdapterConfig } from "./config.ts";
import { sandboxTelephony } from "./telephony.ts";

export interface StartedAdapter {
  server: RunningServer;
  publicUrl: string;
  registration: RegisterAdapterReport | undefined;
  stop(): Promise<void>;
}

interface PartnerInfo {
  partnerId: string;
  clientId: string;
  clientSecret: string;
  templateVersion: string;
}

/** The partner's id and demo credentials, from the sandbox when the environment does not give them. */
async function partnerInfo(config: AdapterConfig): Promise<PartnerInfo> {
  const { partnerId, clientId, clientSecret, templateVersion } = config.partner;
  if (partnerId && clientId && clientSecret)
    return { partnerId, clientId, clientSecret, templateVersion: templateVersion ?? "1" };
  let response: Response;
  try {
    response = await fetch(`${config.platformBaseUrl}/control/info`);
  } catch (cause) {
    throw new Error(
      `Could not reach the sandbox at ${config.platformBaseUrl} for the partner's credentials. Start it (pnpm dev) or set CCAAS_PARTNER_ID, CCAAS_CLIENT_ID and CCAAS_CLIENT_SECRET.`,
      { cause },
    );
  }
  const info = (await response.json()) as { partnerApi: PartnerInfo };
  return { ...info.partnerApi, ...config.partner } as PartnerInfo;
}

async function firstPhoneNumber(config: AdapterConfig): Promise<string[]> {
  if (config.phoneNumbers.length > 0) return config.phoneNumbers;
  const response = await fetch(`${config.platformBaseUrl}/control/info`).catch(() => undefined);
  if (!response?.ok) return [];
  const info = (await response.json()) as { phoneNumbers?: Array<{ phone_number: string }> };
  return info.phoneNumbers?.[0] ? [info.phoneNumbers[0].phone_number] : [];
}

export async function startAdapter(
  config: AdapterConfig,
  log: (line: string) => void = console.log,
): Promise<StartedAdapter> {
  const partner = await partnerInfo(config);
  const publisher: EventPublisher =
    config.kafkaBrokers.length > 0
      ? createKafkaPublisher({ brokers: config.kafkaBrokers })
      : createHttpPublisher({ platformBaseUrl: config.platformBaseUrl });
  const stateStore: StateStore | undefined = config.redisUrl
    ? createRedisStateStore({ url: config.redisUrl, logger: console })
    : undefined;
  const routes: Record<string, FetchHandler> = {};
  if (config.webhookSecret) {
    routes["/webhooks"] = createWebhookHandler({
      secret: config.webhookSecret,
      ...(stateStore ? { stateStore } : {}),
      onEvent: (event) => log(`webhook: ${event.type} ${event.id}`),
    });
  }
  const adapter = createVoiceAdapter(sandboxTelephony(log), {
    partnerId: partner.partnerId,
    publisher,
    ...(stateStore ? { stateStore } : {}),
    auth: {
      platformJwksUrl: `${config.platformBaseUrl}/.well-known/jwks.json`,
      issuer: config.platformBaseUrl,
      ...(config.tokenSecret ? { tokenSecret: config.tokenSecret } : {}),
    },
    ...(config.corsOrigins.length > 0 ? { cors: { origins: config.corsOrigins } } : {}),
    routes,
    logger: { warn: (line) => log(`warn: ${line}`), error: (line) => log(`error: ${line}`) },
  });
  const server = await serve(adapter, { port: config.port, hostname: config.host });
  const publicUrl = config.publicUrl ?? server.url;
  let registration: RegisterAdapterReport | undefined;
  if (config.register) {
    registration = await registerAdapter({
      platformBaseUrl: config.platformBaseUrl,
      ...partner,
      name: config.voiceProviderName,
      adapterBaseUrl: publicUrl,
      phoneNumbers: await firstPhoneNumber(config),
    });
    const { voiceProvider } = registration;
    const action = voiceProvider.created ? "created" : voiceProvider.updated ? "updated" : "unchanged";
    log(`registered voice provider ${voiceProvider.name} (${voiceProvider.id}): ${action}`);
    for (const number of registration.phoneNumbers)
      log(`  phone number ${number.phoneNumber ?? number.id}: ${number.action}`);
  }
  return {
    server,
    publicUrl,
    registration,
    async stop() {
      await server.close();
      await adapter.close();
    },
  };
}
