/**
 * The per-attempt time limit: an AbortController that aborts itself after `timeoutMs`, or when the caller's
 * signal aborts (with the caller's reason). One controller and one timer per attempt, cleared by `done()` as
 * soon as the body is read.
 *
 * Why not `AbortSignal.timeout` joined with `AbortSignal.any`: in Node each of those signals is tracked for
 * garbage collection and costs more than a plain timer (see bench/clients). The controller is its own
 * listener (`handleEvent`) and the timer gets it as an argument: no closures per attempt.
 */
export class AttemptLimit extends AbortController {
  /** True once the time limit (and not the caller) aborted the attempt. */
  timedOut = false;
  readonly caller: AbortSignal | null | undefined;
  readonly timer: ReturnType<typeof setTimeout>;

  constructor(caller: AbortSignal | null | undefined, timeoutMs: number) {
    super();
    this.caller = caller;
    this.timer = setTimeout(expire, timeoutMs, this);
    if (caller?.aborted) this.handleEvent();
    else caller?.addEventListener("abort", this);
  }

  /** The caller aborted: abort the attempt with the caller's reason. */
  handleEvent(): void {
    this.abort(this.caller?.reason);
  }

  done(): void {
    clearTimeout(this.timer);
    this.caller?.removeEventListener("abort", this);
  }
}

/** Over the limit: abort (the transport turns the abort into a TimeoutError, since `timedOut` is set). */
function expire(limit: AttemptLimit): void {
  limit.timedOut = true;
  limit.abort();
}
