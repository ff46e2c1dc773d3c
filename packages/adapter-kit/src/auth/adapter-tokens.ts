/**
 * The tokens `POST /token` issues for the voice provider client: short-lived HS256 JWTs bound to one agent
 * (`userName` = `agentLogonName`), signed with the adapter's secret, accepted back on the call-control routes.
 */
import { jwtVerify, SignJWT } from "jose";

/** `iss` of the adapter's tokens: never the platform's, so the two kinds cannot be mistaken for each other. */
export const adapterTokenIssuer = "urn:ccaas:voice-adapter";
export const adapterTokenAudience = "urn:ccaas:voice-provider-client";

export interface AdapterTokenClaims {
  /** The agent id (the platform JWT's `sub`). */
  sub: string;
  userName: string;
  partnerId: string;
  /** Extra claims the partner's token handler adds (for the voice provider client). */
  extra?: Record<string, unknown>;
}

const reserved = new Set(["iss", "aud", "sub", "exp", "iat", "nbf", "jti", "userName", "partnerId"]);

export async function signAdapterToken(
  claims: AdapterTokenClaims,
  secret: Uint8Array,
  ttlSeconds: number,
): Promise<{ token: string; expiresIn: number }> {
  const extra = Object.fromEntries(
    Object.entries(claims.extra ?? {}).filter(([name]) => !reserved.has(name)),
  );
  const token = await new SignJWT({ ...extra, userName: claims.userName, partnerId: claims.partnerId })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(adapterTokenIssuer)
    .setAudience(adapterTokenAudience)
    .setSubject(claims.sub)
    .setJti(crypto.randomUUID())
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(secret);
  return { token, expiresIn: ttlSeconds };
}

export async function verifyAdapterToken(token: string, secret: Uint8Array, clockToleranceSeconds: number) {
  const { payload } = await jwtVerify(token, secret, {
    algorithms: ["HS256"],
    issuer: adapterTokenIssuer,
    audience: adapterTokenAudience,
    clockTolerance: clockToleranceSeconds,
    requiredClaims: ["sub", "exp"],
  });
  return payload;
}
