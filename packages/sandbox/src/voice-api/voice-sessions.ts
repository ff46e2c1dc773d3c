import { randomBytes } from "node:crypto";
import { SandboxError } from "../http/sandbox-error";
import { secretsEqual } from "../partner-api/credentials";

/** The seed: "O token de acesso tem validade de no máximo 6 horas". */
const maxLifetimeMs = 6 * 60 * 60 * 1000;

/**
 * Voice API access tokens: Login trades the login and password for a token that expires after the configured
 * lifetime (6 hours at most). Expired tokens are remembered for a while so the answer can say TOKEN_EXPIRED
 * rather than INVALID_TOKEN.
 */
export class VoiceSessions {
  readonly #tokens = new Map<string, number>();
  readonly #credentials: { login: string; password: string };
  readonly #lifetimeMs: number;

  constructor(credentials: { login: string; password: string }, lifetimeMs: number) {
    this.#credentials = credentials;
    this.#lifetimeMs = Math.min(Math.max(1, lifetimeMs), maxLifetimeMs);
  }

  /** Seconds a new token lives, as Login reports it (`expires_in`, 1..21600). */
  get expiresIn(): number {
    return Math.max(1, Math.ceil(this.#lifetimeMs / 1000));
  }

  login(login: string, password: string): string {
    const loginOk = secretsEqual(login, this.#credentials.login);
    const passwordOk = secretsEqual(password, this.#credentials.password);
    if (!loginOk || !passwordOk) {
      throw new SandboxError(
        401,
        "INVALID_CREDENTIALS",
        "Login or password is invalid. Check the credentials (GET /control/info lists the sandbox's demo login).",
      );
    }
    this.#prune();
    const token = randomBytes(16).toString("hex");
    this.#tokens.set(token, Date.now() + this.#lifetimeMs);
    return token;
  }

  /** Throws the Voice API's 401 unless the token is known and alive. */
  check(token: string): void {
    const expiresAt = this.#tokens.get(token);
    if (expiresAt === undefined) {
      throw new SandboxError(
        401,
        "INVALID_TOKEN",
        "The token is invalid. Send the token from Login as the first field of the JSON body.",
      );
    }
    if (Date.now() >= expiresAt) {
      throw new SandboxError(
        401,
        "TOKEN_EXPIRED",
        "The token has expired (tokens last at most 6 hours). Log in again to get a new token.",
      );
    }
  }

  #prune(): void {
    const forgetBefore = Date.now() - maxLifetimeMs;
    for (const [token, expiresAt] of this.#tokens) if (expiresAt < forgetBefore) this.#tokens.delete(token);
  }
}
