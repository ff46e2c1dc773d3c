/**
 * A stand-in for the platform's agent tokens: an Ed25519 key pair, its JWKS, and agent JWTs signed the way
 * the platform (and the sandbox) signs them: EdDSA, iss = the platform URL, aud = ccaas, sub/userName/partnerId.
 */
import { exportJWK, generateKeyPair, SignJWT } from "jose";

export const partnerId = "215fd887-39be-4935-981f-2670d6afeaa7";
export const issuer = "http://platform.ccaas.test";
export const conversationId = "5a974dd7-475a-41c0-a027-bfdf09627b13";
export const agentParticipantId = "4a70a876-bf90-4360-92c3-0edd7463c691";
export const customerParticipantId = "6e312815-2d32-409b-9c57-f9e79e7baf49";
export const tokenSecret = "test-secret-test-secret-test-secret-0123";

export interface TestPlatform {
  jwks: { keys: Array<Record<string, unknown>> };
  agentToken(
    userName?: string,
    options?: {
      expiresIn?: string | number;
      partnerId?: string;
      issuer?: string;
      audience?: string;
      sub?: string;
    },
  ): Promise<string>;
}

export async function createTestPlatform(): Promise<TestPlatform> {
  const { privateKey, publicKey } = await generateKeyPair("EdDSA", { crv: "Ed25519" });
  const kid = crypto.randomUUID();
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: "EdDSA", use: "sig" };
  return {
    jwks: { keys: [jwk] },
    agentToken(userName = "testAgent", options = {}) {
      return new SignJWT({ userName, partnerId: options.partnerId ?? partnerId })
        .setProtectedHeader({ alg: "EdDSA", kid, typ: "JWT" })
        .setSubject(options.sub ?? `agent-${userName}`)
        .setIssuer(options.issuer ?? issuer)
        .setAudience(options.audience ?? "ccaas")
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? "1h")
        .sign(privateKey);
    },
  };
}

export const acceptBody = (overrides: Record<string, unknown> = {}) => ({
  conversationId,
  author: { userName: "testAgent", participantId: agentParticipantId },
  ...overrides,
});

export const participantBody = (overrides: Record<string, unknown> = {}) => ({
  conversationId,
  participantId: customerParticipantId,
  author: { userName: "testAgent", participantId: agentParticipantId },
  ...overrides,
});

export const endBody = (overrides: Record<string, unknown> = {}) => ({
  ...participantBody(),
  removeAllParticipants: false,
  ...overrides,
});

/** POSTs JSON to an adapter's fetch handler. */
export function post(
  adapter: { fetch(request: Request): Promise<Response> },
  path: string,
  body: unknown,
  token?: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return adapter.fetch(
    new Request(`http://adapter.test${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}
