/**
 * Verifies bearer tokens: the platform's agent JWTs against its JWKS (jose's remote key set: cached, refetched
 * on an unknown key id) and the adapter's own tokens against its secret. Verified tokens are remembered for a
 * short while so a softphone's burst of calls costs one signature check, not one per request.
 */
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  customFetch,
  decodeProtectedHeader,
  errors,
  type JSONWebKeySet,
  type JWTPayload,
  jwtVerify,
} from "jose";
import { HttpProblem } from "../server/http-problem";
import { verifyAdapterToken } from "./adapter-tokens";
import type { ResolvedAuthOptions } from "./auth-options";

/** Who the bearer token says is calling. */
export interface AgentIdentity {
  /** The agent's logon name (`userName` claim): `author.userName` and `agentLogonName` must equal it. */
  userName: string;
  /** The agent id (`sub`). */
  agentId: string;
  /** The partner the token was issued for. */
  partnerId: string | undefined;
  /** `platform`: the platform's agent JWT; `adapter`: a token from this adapter's `POST /token`. */
  tokenKind: "platform" | "adapter";
  /** When the token expires (seconds since the epoch). */
  expiresAt: number | undefined;
}

export type AcceptedTokens = "any" | "adapter" | "platform";

export interface TokenVerifier {
  /** The identity of a token verified within the cache's lifetime, without a promise; else `undefined`. */
  cached(token: string, accepted: AcceptedTokens): AgentIdentity | undefined;
  verify(token: string, accepted: AcceptedTokens): Promise<AgentIdentity>;
}

/** Longest a verified token is trusted without checking it again (revoked keys stop working within this). */
const cacheTtlMs = 60_000;
const cacheCapacity = 10_000;
const platformAlgorithms = ["EdDSA", "ES256", "ES384", "ES512", "RS256", "PS256"];

function identityOf(payload: JWTPayload, tokenKind: AgentIdentity["tokenKind"]): AgentIdentity {
  const { sub, userName, partnerId, exp } = payload as JWTPayload & {
    userName?: unknown;
    partnerId?: unknown;
  };
  if (typeof sub !== "string" || typeof userName !== "string" || userName.length === 0) {
    throw new HttpProblem(
      "unauthorized",
      "The bearer token does not name an agent (sub and userName claims). Sign in again.",
    );
  }
  return {
    userName,
    agentId: sub,
    partnerId: typeof partnerId === "string" ? partnerId : undefined,
    tokenKind,
    expiresAt: exp,
  };
}

function toProblem(error: unknown, kind: string): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof errors.JWTExpired) {
    return new HttpProblem("unauthorized", "The bearer token has expired. Request a new one and retry.");
  }
  if (
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    !(error instanceof errors.JOSEError)
  ) {
    // The keys could not be fetched: the token may well be valid, so this is not the caller's fault.
    return new HttpProblem(
      "upstream_failed",
      "Could not fetch the platform's signing keys (JWKS) to verify the bearer token. Retry in a moment.",
      { cause: error },
    );
  }
  return new HttpProblem("unauthorized", `The bearer token is not a valid ${kind}. Sign in again and retry.`);
}

export function createTokenVerifier(auth: ResolvedAuthOptions, now: () => number = Date.now): TokenVerifier {
  const platformKeys =
    "url" in auth.jwks
      ? createRemoteJWKSet(auth.jwks.url, auth.fetch ? { [customFetch]: auth.fetch } : {})
      : createLocalJWKSet(auth.jwks.set as JSONWebKeySet);
  // Keyed by the signature (the text after the last "."): a fresh header string is hashed on every lookup, and
  // the signature is a fifth of a JWT. A hit still needs the whole token to be equal, character for character.
  const cache = new Map<string, { token: string; identity: AgentIdentity; until: number }>();
  const keyOf = (token: string) => token.slice(token.lastIndexOf(".") + 1);

  async function verifyUncached(token: string, accepted: AcceptedTokens): Promise<AgentIdentity> {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new HttpProblem(
        "unauthorized",
        "The bearer token is not a JWT. Send the token from POST /token or the platform's agent JWT.",
      );
    }
    const kind: AgentIdentity["tokenKind"] = alg === "HS256" ? "adapter" : "platform";
    if (accepted !== "any" && accepted !== kind) {
      throw new HttpProblem(
        "unauthorized",
        accepted === "platform"
          ? "This route takes the platform's agent JWT, not a token issued by this adapter."
          : "This route takes the token from POST /token, not the platform's agent JWT.",
      );
    }
    try {
      if (kind === "adapter") {
        return identityOf(
          await verifyAdapterToken(token, auth.tokenSecret, auth.clockToleranceSeconds),
          kind,
        );
      }
      const { payload } = await jwtVerify(token, platformKeys, {
        algorithms: platformAlgorithms,
        issuer: auth.issuer,
        audience: auth.audience,
        clockTolerance: auth.clockToleranceSeconds,
        requiredClaims: ["sub", "exp"],
      });
      return identityOf(payload, kind);
    } catch (error) {
      throw toProblem(error, kind === "adapter" ? "token from this adapter" : "platform agent JWT");
    }
  }

  function cached(token: string, accepted: AcceptedTokens): AgentIdentity | undefined {
    const hit = cache.get(keyOf(token));
    if (hit === undefined || hit.token !== token || hit.until <= now()) return undefined;
    return accepted === "any" || accepted === hit.identity.tokenKind ? hit.identity : undefined;
  }

  return {
    cached,
    async verify(token, accepted) {
      const hit = cached(token, accepted);
      if (hit !== undefined) return hit;
      const time = now();
      const identity = await verifyUncached(token, accepted);
      const expiresMs = identity.expiresAt === undefined ? time : identity.expiresAt * 1000;
      if (cache.size >= cacheCapacity) {
        // Drop the oldest entry (a Map iterates in insertion order).
        const oldest = cache.keys().next();
        if (!oldest.done) cache.delete(oldest.value);
      }
      cache.set(keyOf(token), { token, identity, until: Math.min(expiresMs, time + cacheTtlMs) });
      return identity;
    },
  };
}
