import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, type JWK, jwtVerify, SignJWT } from "jose";

export interface AgentClaims {
  /** The agent id. */
  sub: string;
  /** The agent's logon name, as voice adapters see it (`agentLogonName`, `author.userName`). */
  userName: string;
  partnerId: string;
}

/**
 * Signs agent access tokens (EdDSA JWTs) and publishes the public key as a JWKS, so voice adapters verify
 * agent tokens against the sandbox exactly as they would against the platform.
 */
export class AgentTokens {
  readonly issuer: string;
  readonly audience = "ccaas";
  readonly #lifetimeSeconds: number;
  readonly #keyId = randomUUID();
  #keys?: Promise<{ privateKey: CryptoKey; publicKey: CryptoKey; publicJwk: JWK }>;

  constructor(issuer: string, lifetimeMs: number) {
    this.issuer = issuer;
    this.#lifetimeSeconds = Math.max(1, Math.round(lifetimeMs / 1000));
  }

  get lifetimeSeconds(): number {
    return this.#lifetimeSeconds;
  }

  async sign(claims: AgentClaims): Promise<string> {
    const { privateKey } = await this.#keyPair();
    return new SignJWT({ userName: claims.userName, partnerId: claims.partnerId })
      .setProtectedHeader({ alg: "EdDSA", kid: this.#keyId, typ: "JWT" })
      .setSubject(claims.sub)
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt()
      .setExpirationTime(`${this.#lifetimeSeconds}s`)
      .sign(privateKey);
  }

  /** The claims of a valid token, or undefined for a missing, forged or expired one. */
  async verify(token: string): Promise<AgentClaims | undefined> {
    try {
      const { publicKey } = await this.#keyPair();
      const { payload } = await jwtVerify(token, publicKey, { issuer: this.issuer, audience: this.audience });
      if (
        typeof payload.sub !== "string" ||
        typeof payload.userName !== "string" ||
        typeof payload.partnerId !== "string"
      ) {
        return undefined;
      }
      return { sub: payload.sub, userName: payload.userName, partnerId: payload.partnerId };
    } catch {
      return undefined;
    }
  }

  async jwks(): Promise<{ keys: JWK[] }> {
    const { publicJwk } = await this.#keyPair();
    return { keys: [publicJwk] };
  }

  #keyPair(): Promise<{ privateKey: CryptoKey; publicKey: CryptoKey; publicJwk: JWK }> {
    this.#keys ??= (async () => {
      const { privateKey, publicKey } = await generateKeyPair("EdDSA", { crv: "Ed25519" });
      const publicJwk = { ...(await exportJWK(publicKey)), kid: this.#keyId, alg: "EdDSA", use: "sig" };
      return { privateKey, publicKey, publicJwk };
    })();
    return this.#keys;
  }
}
