/**
 * What every adapter benchmark needs from the platform: a partner id, an issuer, the JWKS the kit verifies
 * agents against, and one agent JWT signed with its key, plus telephony handlers that do nothing.
 */
import { exportJWK, generateKeyPair, SignJWT } from "jose";

export const partnerId = "215fd887-39be-4935-981f-2670d6afeaa7";
export const issuer = "http://platform.bench.test";
export const tokenSecret = "bench-secret-bench-secret-bench-secret";

const { privateKey, publicKey } = await generateKeyPair("EdDSA", { crv: "Ed25519" });

export const jwks = {
  keys: [{ ...(await exportJWK(publicKey)), kid: "bench", alg: "EdDSA", use: "sig" }],
};

export const agentJwt = await new SignJWT({ userName: "testAgent", partnerId })
  .setProtectedHeader({ alg: "EdDSA", kid: "bench" })
  .setSubject("agent-1")
  .setIssuer(issuer)
  .setAudience("ccaas")
  .setExpirationTime("2h")
  .sign(privateKey);

const noop = async () => {};

/** The six call-control handlers, answering at once. */
export const noopHandlers = { accept: noop, end: noop, hold: noop, resume: noop, mute: noop, unmute: noop };
