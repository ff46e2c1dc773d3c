/**
 * The logger the kit takes. Silent by default; `console` fits. Every line goes through a redactor first, so
 * bearer tokens, the token secret and partner credentials never reach it.
 */

/** Where the adapter's diagnostics go. Any method left out is silent. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Each method is `undefined` when silent, so `log.debug?.(\`...\`)` does not even build the message. */
export type SafeLogger = { readonly [Level in keyof Logger]: ((message: string) => void) | undefined };

const placeholder = "[redacted]";
/** Shorter values are not treated as secrets: redacting "1" would mangle every number in a message. */
const minimumSecretLength = 6;
/** Anything shaped like a JWT (three base64url parts) is a token, whoever issued it. */
const jwtPattern = /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}/g;
const bearerPattern = /(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;

/** Replaces JWTs, `Bearer`/`Basic` credentials and the given secrets with `[redacted]`. */
export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  let result = text.replace(jwtPattern, placeholder).replace(bearerPattern, `$1 ${placeholder}`);
  for (const secret of secrets) {
    if (secret !== undefined && secret.length >= minimumSecretLength && result.includes(secret)) {
      result = result.split(secret).join(placeholder);
    }
  }
  return result;
}

/** Wraps a user's logger so that every message is redacted; levels the logger lacks stay `undefined`. */
export function createSafeLogger(
  logger: Partial<Logger> | undefined,
  secrets: readonly (string | undefined)[] = [],
): SafeLogger {
  const level = (name: keyof Logger) => {
    const write = logger?.[name];
    return typeof write === "function"
      ? (message: string) => write.call(logger, redact(message, secrets))
      : undefined;
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
