/**
 * The logger the clients take. Silent by default; `console` fits. Every line goes through a redactor first,
 * so credentials and tokens never reach it, even when a server echoes them back.
 */

/** Where the client's diagnostics go. Any method left out is silent. */
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
const minimumSecretLength = 4;

/**
 * Returns a function that replaces every current secret in a text with `[redacted]`. `secrets` is read on
 * each call, so tokens obtained later (a fresh login) are covered too.
 */
export function createRedactor(secrets: () => Iterable<string | undefined>): (text: string) => string {
  return (text) => {
    let result = text;
    for (const secret of secrets()) {
      if (secret !== undefined && secret.length >= minimumSecretLength && result.includes(secret)) {
        result = result.split(secret).join(placeholder);
      }
    }
    return result;
  };
}

/** Wraps a user's logger so that every message is redacted; levels the logger lacks stay `undefined`. */
export function createSafeLogger(
  logger: Partial<Logger> | undefined,
  redact: (text: string) => string,
): SafeLogger {
  const level = (name: keyof Logger) => {
    const write = logger?.[name];
    return typeof write === "function" ? (message: string) => write.call(logger, redact(message)) : undefined;
  };
  return { debug: level("debug"), info: level("info"), warn: level("warn"), error: level("error") };
}
