import type { ReconnectOptions } from "../options";

/** Exponential backoff with full jitter (AWS architecture blog): a delay in [0, min(max, initial * factor^n)). */
export function backoffDelay(attempt: number, options: ReconnectOptions, random: () => number): number {
  const initial = options.initialDelayMs ?? 500;
  const ceiling = Math.min(options.maxDelayMs ?? 15_000, initial * (options.factor ?? 2) ** (attempt - 1));
  // Never 0: a tight loop against a server that closes at once helps nobody.
  return Math.max(initial / 10, Math.round(random() * ceiling));
}
