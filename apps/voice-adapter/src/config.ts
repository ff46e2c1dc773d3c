/**
 * The sample's configuration, from the environment (and `--register`). Everything has a default that works
 * next to the local sandbox; the partner id and credentials are read from the sandbox's `/control/info`
 * unless given.
 */
export interface AdapterConfig {
  port: number;
  host: string;
  /** The platform (the sandbox): agent JWT issuer, JWKS, partner API and participant-event ingest. */
  platformBaseUrl: string;
  /** Where the softphone reaches this adapter; registered on the voice provider. */
  publicUrl: string | undefined;
  register: boolean;
  voiceProviderName: string;
  /** Phone numbers (E.164 or ids) to route here; empty: the sandbox's first number. */
  phoneNumbers: string[];
  tokenSecret: string | undefined;
  corsOrigins: string[];
  /** Optional: share idempotency records through Redis. */
  redisUrl: string | undefined;
  /** Optional: publish to Kafka instead of the sandbox's ingest endpoint. */
  kafkaBrokers: string[];
  /** Optional: receive conversation webhooks at /webhooks with this channel secret. */
  webhookSecret: string | undefined;
  partner: { partnerId?: string; clientId?: string; clientSecret?: string; templateVersion?: string };
}

const list = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);

export function readConfig(
  env: Readonly<Record<string, string | undefined>>,
  argv: readonly string[] = [],
): AdapterConfig {
  const port = Number(env.PORT ?? 4800);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a port number, got ${env.PORT}.`);
  return {
    port,
    host: env.HOST ?? "127.0.0.1",
    platformBaseUrl: (env.PLATFORM_BASE_URL ?? "http://127.0.0.1:4700").replace(/\/+$/, ""),
    publicUrl: env.ADAPTER_URL,
    register: argv.includes("--register") || env.REGISTER === "1" || env.REGISTER === "true",
    voiceProviderName: env.VOICE_PROVIDER_NAME ?? "sample-voice-adapter",
    phoneNumbers: list(env.PHONE_NUMBERS),
    tokenSecret: env.ADAPTER_TOKEN_SECRET,
    corsOrigins: list(env.CORS_ORIGINS),
    redisUrl: env.REDIS_URL,
    kafkaBrokers: list(env.KAFKA_BROKERS),
    webhookSecret: env.WEBHOOK_SECRET,
    partner: {
      ...(env.CCAAS_PARTNER_ID ? { partnerId: env.CCAAS_PARTNER_ID } : {}),
      ...(env.CCAAS_CLIENT_ID ? { clientId: env.CCAAS_CLIENT_ID } : {}),
      ...(env.CCAAS_CLIENT_SECRET ? { clientSecret: env.CCAAS_CLIENT_SECRET } : {}),
      ...(env.CCAAS_TEMPLATE_VERSION ? { templateVersion: env.CCAAS_TEMPLATE_VERSION } : {}),
    },
  };
}
