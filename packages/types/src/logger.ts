/**
 * The one logger every package takes: silent by default (`console` fits), and every line goes through a
 * redactor first, so tokens, credentials and secrets never reach it, even when a server echoes them back.
 */

/** Where diagnostics go. Any method left out is silent. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Each method is `undefined` when silent, so `log.debug?.(\`...\`)` does not even build the message. */
export type SafeLogger = { readonly [Level in keyof Logger]: ((message: string) => void) | undefined };

/** Replaces what must not be logged in a text. */
export type Redactor = (text: string) => string;

/** Secrets to redact: a list, or a function read on every line (so a token obtained later is covered too). */
export type Secrets = Iterable<string | undefined> | (() => Iterable<string | undefined>);

const placeholder = "[redacted]";
/** Shorter values are not treated as secrets: redacting "1" would mangle every number in a message. */
const minimumSecretLength = 4;
/** Anything shaped like a JWT (three base64url parts) is a token, whoever issued it. */
const jwtPattern = /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}/g;
const credentialPattern = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;

/** A redactor for JWTs, `Bearer`/`Basic` credentials and the given secrets, each replaced by `[redacted]`. */
export function createRedactor(secrets: Secrets = []): Redactor {
  const current = typeof secrets === "function" ? secrets : () => secrets;
  return (text) => {
    let result = text.replace(jwtPattern, placeholder).replace(credentialPattern, `$1 ${placeholder}`);
    for (const secret of current()) {
      if (secret !== undefined && secret.length >= minimumSecretLength && result.includes(secret)) {
        result = result.split(secret).join(placeholder);
      }
    }
    return result;
  };
}

/**
 * Wraps a user's logger so that every message is redacted (by `redact`, or by a redactor for the given
 * secrets); levels the logger lacks stay `undefined`.
 */
export function createSafeLogger(
  logger: Partial<Logger> | undefined,
  redact: Redactor | Iterable<string | undefined> = [],
): SafeLogger {
  const clean = typeof redact === "function" ? redact : createRedactor(redact);
  const level = (name: keyof Logger) => {
    const write = logger?.[name];
    return typeof write === "function" ? (message: string) => write.call(logger, clean(message)) : undefined;
  };
  return { debug: level("debug"), info: level("info"), warn: level("warn"), error: level("error") };
}

/** A short description of a thrown value for a log line: its name, code and message, never its stack. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return `${error.name}${typeof code === "string" ? ` (${code})` : ""}: ${error.message}`;
  }
  return String(error);
}
