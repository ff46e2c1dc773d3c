/**
 * Fills missing Voice API credentials from the local sandbox's `/control/info` (specs/sandbox.yaml), when the
 * base URL points at this machine. Everything it returns is a demo value.
 */

/** The part of the sandbox's `SandboxInfo` the dialer reads. */
interface SandboxVoiceInfo {
  voiceApi?: { login?: unknown; password?: unknown; codCampaign?: unknown };
}

export interface Credentials {
  login: string;
  password: string;
  codCampaign: string;
}

/** Nothing answered where the sandbox should be: exit code 4. */
export class UnreachableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnreachableError";
  }
}

const loopback = new Set(["127.0.0.1", "localhost", "[::1]"]);

export function isLocal(baseUrl: string): boolean {
  try {
    return loopback.has(new URL(baseUrl).hostname);
  } catch {
    return false;
  }
}

export async function resolveCredentials(
  baseUrl: string,
  given: { login: string | undefined; password: string | undefined; codCampaign: string | undefined },
): Promise<Credentials> {
  if (given.login && given.password && given.codCampaign) {
    return { login: given.login, password: given.password, codCampaign: given.codCampaign };
  }
  const missing = [
    given.login ? "" : "--login (VOICE_API_LOGIN)",
    given.password ? "" : "--password (VOICE_API_PASSWORD)",
    given.codCampaign ? "" : "--cod-campaign (VOICE_API_COD_CAMPAIGN)",
  ].filter(Boolean);
  if (!isLocal(baseUrl)) throw new MissingCredentialsError(`Missing ${missing.join(", ")} for ${baseUrl}.`);
  const controlUrl = new URL("/control/info", baseUrl).href;
  let info: SandboxVoiceInfo;
  try {
    const response = await fetch(controlUrl, { signal: AbortSignal.timeout(3_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    info = (await response.json()) as SandboxVoiceInfo;
  } catch (error) {
    const { cause } = error as { cause?: { code?: string; message?: string } };
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new UnreachableError(
      `No sandbox answers at ${controlUrl} (${reason}). Start it with \`pnpm dev\` at the ` +
        `repository root, or pass ${missing.join(", ")} and --base-url for another Voice API.`,
    );
  }
  const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);
  const login = given.login ?? text(info.voiceApi?.login);
  const password = given.password ?? text(info.voiceApi?.password);
  const codCampaign = given.codCampaign ?? text(info.voiceApi?.codCampaign);
  if (!login || !password || !codCampaign) {
    throw new MissingCredentialsError(
      `${controlUrl} did not provide the Voice API credentials; pass ${missing.join(", ")}.`,
    );
  }
  return { login, password, codCampaign };
}

/** Credentials neither given nor discoverable: exit code 2. */
export class MissingCredentialsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MissingCredentialsError";
  }
}
