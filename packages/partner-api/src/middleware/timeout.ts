/** The per-attempt time limit: `AbortSignal.timeout`, joined to the caller's signal with `AbortSignal.any`. */

export interface AttemptSignal {
  /** What the attempt is sent with. */
  signal: AbortSignal;
  /** True once the time limit (and not the caller) aborted the attempt. */
  timedOut(): boolean;
}

/** `AbortSignal.any` is missing in older browsers (Safari < 17.4): there a controller follows both. */
function either(caller: AbortSignal, limit: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === "function") return AbortSignal.any([caller, limit]);
  const controller = new AbortController();
  for (const source of [caller, limit]) {
    if (source.aborted) controller.abort(source.reason);
    else source.addEventListener("abort", () => controller.abort(source.reason), { once: true });
  }
  return controller.signal;
}

/** A fresh limit for one attempt (none when `timeoutMs` is 0), joined to the caller's signal if any. */
export function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number): AttemptSignal | undefined {
  if (timeoutMs <= 0) return caller && { signal: caller, timedOut: () => false };
  const limit = AbortSignal.timeout(timeoutMs);
  return {
    signal: caller === undefined ? limit : either(caller, limit),
    timedOut: () => limit.aborted && caller?.aborted !== true,
  };
}
