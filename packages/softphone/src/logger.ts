/**
 * The SDK's logging: silent unless the app passes a logger; every line is redacted of the tokens the SDK
 * has seen (the redactor every package shares, from @ccaas/types), and SDP is never logged at all.
 */
import { createRedactor, createSafeLogger, type SafeLogger } from "@ccaas/types";

export interface SoftphoneLog {
  readonly log: SafeLogger;
  /** Remembers a secret so no later line can contain it. */
  secret(value: string | undefined): void;
}

export function createLog(logger: Parameters<typeof createSafeLogger>[0]): SoftphoneLog {
  const secrets = new Set<string | undefined>();
  const log = createSafeLogger(
    logger,
    createRedactor(() => secrets),
  );
  return {
    log,
    secret(value) {
      secrets.add(value);
    },
  };
}
