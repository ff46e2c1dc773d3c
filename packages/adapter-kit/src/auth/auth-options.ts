import { ValidationError } from "@ccaas/types";

/** A JSON Web Key Set, as the platform publishes at `/.well-known/jwks.json`. */
export interface JsonWebKeySet {
  keys: ReadonlyArray<Record<string, unknown>>;
}

/** Which bearer tokens the call-control routes accept. */
export type CallControlTokens = "any" | "adapter" | "platform";

export interface VoiceAdapterAuthOptions {
  /**
   * The platform's JWKS URL, e.g. the sandbox's `http://127.0.0.1:4700/.well-known/jwks.json`. Agent JWTs are
   * verified against it (keys are cached and refetched when an unknown key id shows up).
   */
  platformJwksUrl?: string | URL;
  /** The platform's keys themselves, instead of `platformJwksUrl` (offline tests, pinned keys). */
  platformJwks?: JsonWebKeySet;
  /** The `iss` agent JWTs must carry: the platform's base URL (the sandbox's `http://127.0.0.1:4700`). */
  issuer: string;
  /** The `aud` agent JWTs must carry. Default `ccaas`. */
  audience?: string;
  /**
   * Secret (32 characters or more) that signs and verifies the tokens `POST /token` issues (HS256). Give every
   * instance the same one. Without it a random secret is made per process: tokens then only verify on the
   * instance that issued them.
   */
  tokenSecret?: string;
  /** Lifetime of the tokens `POST /token` issues. Default 600 s. */
  tokenTtlSeconds?: number;
  /**
   * The tokens the call-control routes accept: `any` (default) takes the adapter's own token from `POST /token`
   * or the platform's agent JWT, `adapter` only the former, `platform` only the latter.
   */
  callControlTokens?: CallControlTokens;
  /** Leeway for `exp`/`nbf` between the platform's clock and ours. Default 5 s. */
  clockToleranceSeconds?: number;
  /** A fetch for the JWKS request instead of `globalThis.fetch`. */
  fetch?: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
}

export interface ResolvedAuthOptions {
  jwks: { url: URL } | { set: JsonWebKeySet };
  issuer: string;
  audience: string;
  tokenSecret: Uint8Array;
  /** True when the secret was generated because none was given. */
  generatedSecret: boolean;
  tokenTtlSeconds: number;
  callControlTokens: CallControlTokens;
  clockToleranceSeconds: number;
  fetch: VoiceAdapterAuthOptions["fetch"];
  /** The secret as given, for the logger's redactor. */
  secretText: string | undefined;
}

const context = "createVoiceAdapter";

function invalid(path: string, message: string): never {
  throw new ValidationError(`${context}: auth.${path} ${message}`, {
    issues: [{ path: `auth.${path}`, message }],
  });
}

export function resolveAuthOptions(auth: VoiceAdapterAuthOptions | undefined): ResolvedAuthOptions {
  if (typeof auth !== "object" || auth === null) {
    throw new ValidationError(
      `${context}: auth is required: { platformJwksUrl, issuer, tokenSecret } so the adapter can check who calls it.`,
      { issues: [{ path: "auth", message: "is required" }] },
    );
  }
  let jwks: ResolvedAuthOptions["jwks"];
  if (auth.platformJwks !== undefined) {
    if (!Array.isArray(auth.platformJwks?.keys)) invalid("platformJwks", "must be a JWKS: { keys: [...] }.");
    jwks = { set: auth.platformJwks };
  } else {
    let url: URL;
    try {
      url = new URL(String(auth.platformJwksUrl));
    } catch {
      return invalid(
        "platformJwksUrl",
        "must be the platform's JWKS URL, e.g. http://127.0.0.1:4700/.well-known/jwks.json.",
      );
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
      invalid("platformJwksUrl", "must be an http(s) URL.");
    jwks = { url };
  }
  if (typeof auth.issuer !== "string" || auth.issuer.length === 0) {
    invalid("issuer", "must be the platform's base URL that agent JWTs name as iss.");
  }
  const audience = auth.audience ?? "ccaas";
  if (typeof audience !== "string" || audience.length === 0)
    invalid("audience", "must be a non-empty string.");
  const secret = auth.tokenSecret;
  if (secret !== undefined && (typeof secret !== "string" || secret.length < 32)) {
    invalid("tokenSecret", "must be a string of 32 characters or more (e.g. `openssl rand -base64 32`).");
  }
  const ttl = auth.tokenTtlSeconds ?? 600;
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > 86_400)
    invalid("tokenTtlSeconds", "must be an integer from 1 to 86400.");
  const tokens = auth.callControlTokens ?? "any";
  if (tokens !== "any" && tokens !== "adapter" && tokens !== "platform") {
    invalid("callControlTokens", 'must be "any", "adapter" or "platform".');
  }
  const tolerance = auth.clockToleranceSeconds ?? 5;
  if (typeof tolerance !== "number" || !(tolerance >= 0))
    invalid("clockToleranceSeconds", "must be 0 or more.");
  return {
    jwks,
    issuer: auth.issuer,
    audience,
    tokenSecret:
      secret === undefined ? crypto.getRandomValues(new Uint8Array(32)) : new TextEncoder().encode(secret),
    generatedSecret: secret === undefined,
    tokenTtlSeconds: ttl,
    callControlTokens: tokens,
    clockToleranceSeconds: tolerance,
    fetch: auth.fetch,
    secretText: secret,
  };
}
