/**
 * The per-attempt time limit: one controller and one timer per attempt, following the caller's signal too.
 *
 * Why not `AbortSignal.timeout` joined with `AbortSignal.any`: in Node each of those signals is tracked for
 * garbage collection and costs several times a plain timer (about 4% of a loopback round trip, see
 * bench/clients). The limit is an object with `handleEvent` rather than closures, so an attempt allocates
 * three objects, and the timer is cleared as soon as the body is read.
 */

/** The limit of one attempt: abort it with `signal`, call `done()` when the attempt is over. */
export class AttemptLimit {
  readonly #controller = new AbortController();
  readonly #caller: AbortSignal | null | undefined;
  readonly #timer: ReturnType<typeof setTimeout>;
  /** True once the time limit (and not the caller) aborted the attempt. */
  timedOut = false;

  constructor(caller: AbortSignal | null | undefined, timeoutMs: number) {
    this.#caller = caller;
    this.#timer = setTimeout(expire, timeoutMs, this);
    if (caller) {
      if (caller.aborted) this.handleEvent();
      else caller.addEventListener("abort", this);
    }
  }

  /** What the attempt is sent with. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** The caller aborted: abort the attempt with the caller's reason. */
  handleEvent(): void {
    this.#controller.abort(this.#caller?.reason);
  }

  /** Over the limit: abort with a TimeoutError reason, as `AbortSignal.timeout` does. */
  expire(): void {
    this.timedOut = true;
    this.#controller.abort(new DOMException("The operation timed out.", "TimeoutError"));
  }

  done(): void {
    clearTimeout(this.#timer);
    this.#caller?.removeEventListener("abort", this);
  }
}

function expire(limit: AttemptLimit): void {
  limit.expire();
}
