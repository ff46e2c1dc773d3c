import type { LineAppearance } from "@ccaas/types";

/** An agent the sandbox knows from the start. */
export interface SandboxAgentOptions {
  userName: string;
  password: string;
  /** Display name. */
  name?: string;
  /** Station line appearance: 1 multiplexes every call on one peer connection, 100 gives each its own. */
  lineAppearance?: LineAppearance;
  /** Keep the WebRTC connection after a call ends. */
  persistentConnection?: boolean;
}

export interface SandboxOptions {
  /** Port on 127.0.0.1; 0 picks a free one. Default 4700. */
  port?: number;
  host?: string;
  partner?: {
    partnerId?: string;
    clientId?: string;
    clientSecret?: string;
    templateVersion?: string;
  };
  agents?: SandboxAgentOptions[];
  /** Toll-free numbers (E.164) owned by the partner. */
  phoneNumbers?: string[];
  voiceApi?: {
    login?: string;
    password?: string;
    codCampaign?: string;
    /** How long a Voice API token lives. Default 6 hours, as the seed says. */
    tokenLifetimeMs?: number;
    /** Milliseconds spent in Setup, Dialing and Answered before a call moves on. */
    statusScheduleMs?: { setup?: number; dialing?: number; answered?: number };
  };
  /** Lifetime of agent JWTs. Default 8 hours. */
  agentTokenLifetimeMs?: number;
  webhooks?: { maxAttempts?: number; initialBackoffMs?: number };
  signaling?: {
    /** How long a proposed call rings before it is retracted (`timeout`) and ended. Default 30 s. */
    proposeTimeoutMs?: number;
    /** How long a new connection may take to send `authenticate`. Default 5 s. */
    authTimeoutMs?: number;
    /**
     * How long the calls of a closed connection that authenticated with a `clientId` stay parked (media
     * flowing, nothing hung up) for a connection with the same agent and `clientId` to take them back. 0 ends
     * them with the socket. Default 15 s.
     */
    reconnectGraceMs?: number;
  };
  /**
   * What to do when the sandbox is about to send a response that breaks the spec: `throw` (default: the
   * request fails with a 500 naming the violation, and the violation is recorded) or `log`.
   */
  onResponseViolation?: "throw" | "log";
  /** Largest request body accepted, in bytes. Default 64 KiB. */
  maxBodyBytes?: number;
  /** Where diagnostics go. Default: silent except response violations, which go to console.error. */
  logger?: SandboxLogger;
}

export interface SandboxLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export type ResolvedOptions = Required<
  Omit<SandboxOptions, "partner" | "voiceApi" | "webhooks" | "logger" | "signaling">
> & {
  partner: Required<NonNullable<SandboxOptions["partner"]>>;
  voiceApi: Required<Omit<NonNullable<SandboxOptions["voiceApi"]>, "statusScheduleMs">> & {
    statusScheduleMs: { setup: number; dialing: number; answered: number };
  };
  webhooks: Required<NonNullable<SandboxOptions["webhooks"]>>;
  signaling: Required<NonNullable<SandboxOptions["signaling"]>>;
  logger: SandboxLogger;
};

/** Demo values, printed by the CLI and returned by /control/info: nothing here is a real secret. */
export const defaults = {
  port: 4700,
  partnerId: "215fd887-39be-4935-981f-2670d6afeaa7",
  clientId: "sandbox-client",
  clientSecret: "sandbox-secret",
  templateVersion: "1",
  phoneNumbers: ["+18883973342", "+18449401117", "+18005550199"],
  agents: [
    {
      userName: "testAgent",
      password: "agent-password",
      name: "Test Agent",
      lineAppearance: 100,
      persistentConnection: false,
    },
    {
      userName: "laAgent",
      password: "agent-password",
      name: "Line Appearance Agent",
      lineAppearance: 1,
      persistentConnection: true,
    },
  ] satisfies SandboxAgentOptions[],
  voiceLogin: "flex",
  voicePassword: "12345678",
  codCampaign: "0",
} as const;

const silent: SandboxLogger = { info() {}, warn() {}, error() {} };

export function resolveOptions(options: SandboxOptions = {}): ResolvedOptions {
  return {
    port: options.port ?? defaults.port,
    host: options.host ?? "127.0.0.1",
    partner: {
      partnerId: options.partner?.partnerId ?? defaults.partnerId,
      clientId: options.partner?.clientId ?? defaults.clientId,
      clientSecret: options.partner?.clientSecret ?? defaults.clientSecret,
      templateVersion: options.partner?.templateVersion ?? defaults.templateVersion,
    },
    agents: options.agents ?? [...defaults.agents],
    phoneNumbers: options.phoneNumbers ?? [...defaults.phoneNumbers],
    voiceApi: {
      login: options.voiceApi?.login ?? defaults.voiceLogin,
      password: options.voiceApi?.password ?? defaults.voicePassword,
      codCampaign: options.voiceApi?.codCampaign ?? defaults.codCampaign,
      tokenLifetimeMs: options.voiceApi?.tokenLifetimeMs ?? 6 * 60 * 60 * 1000,
      statusScheduleMs: {
        setup: options.voiceApi?.statusScheduleMs?.setup ?? 500,
        dialing: options.voiceApi?.statusScheduleMs?.dialing ?? 1500,
        answered: options.voiceApi?.statusScheduleMs?.answered ?? 5000,
      },
    },
    agentTokenLifetimeMs: options.agentTokenLifetimeMs ?? 8 * 60 * 60 * 1000,
    webhooks: {
      maxAttempts: options.webhooks?.maxAttempts ?? 5,
      initialBackoffMs: options.webhooks?.initialBackoffMs ?? 500,
    },
    signaling: {
      proposeTimeoutMs: options.signaling?.proposeTimeoutMs ?? 30_000,
      authTimeoutMs: options.signaling?.authTimeoutMs ?? 5_000,
      reconnectGraceMs: options.signaling?.reconnectGraceMs ?? 15_000,
    },
    onResponseViolation: options.onResponseViolation ?? "throw",
    maxBodyBytes: options.maxBodyBytes ?? 64 * 1024,
    logger: options.logger ?? silent,
  };
}
