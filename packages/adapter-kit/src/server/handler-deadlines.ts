/**
 * The deadline of partner handlers, without a timer, an `AbortController` and a `Promise.race` per request (they
 * were a tenth of the kit's time per call). Every call has the same time limit, so calls expire in the order
 * they started: a `Set` (insertion order) holds the running ones, and one timer, armed for the oldest, serves
 * them all. A call's `AbortSignal` is made only when its handler reads `context.signal`.
 */

/** One running handler call. */
class RunningCall {
  #controller: AbortController | undefined;
  #reason: unknown;
  #aborted = false;
  /** Rejects the call's answer; set once the handler returned a promise. */
  reject: (error: unknown) => void = () => {};

  constructor(
    readonly expiresAt: number,
    readonly timeoutError: () => unknown,
  ) {}

  /** Made on first read; already aborted when the deadline passed before. */
  get signal(): AbortSignal {
    if (this.#controller === undefined) {
      this.#controller = new AbortController();
      if (this.#aborted) this.#controller.abort(this.#reason);
    }
    return this.#controller.signal;
  }

  expire(): void {
    const error = this.timeoutError();
    this.reject(error);
    this.#aborted = true;
    this.#reason = error;
    this.#controller?.abort(error);
  }
}

/** Runs partner handlers under the adapter's `handlerTimeoutMs`. */
export interface HandlerDeadlines {
  /**
   * Calls `call` with a signal that aborts after the deadline. A synchronous answer is returned as is; a promise
   * rejects with `timeoutError()` at the deadline (settled first, then the signal aborts, so a handler that
   * resolves on abort cannot turn the timeout into a success).
   */
  run<Result>(
    call: (running: { readonly signal: AbortSignal }) => Result | Promise<Result>,
    timeoutError: () => unknown,
  ): Result | Promise<Result>;
}

/** Deadlines of `timeoutMs` for every handler call, behind one timer. */
export function createHandlerDeadlines(timeoutMs: number, now: () => number = Date.now): HandlerDeadlines {
  const running = new Set<RunningCall>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Number.POSITIVE_INFINITY;

  function expire(): void {
    timer = undefined;
    timerAt = Number.POSITIVE_INFINITY;
    const time = now();
    for (const call of running) {
      if (call.expiresAt > time) break;
      running.delete(call);
      call.expire();
    }
    arm();
  }

  /** Keeps the timer armed for the oldest running call, and holding the process open only while one runs. */
  function arm(): void {
    const oldest = running.values().next();
    if (oldest.done) {
      timer?.unref();
      return;
    }
    if (timer !== undefined && timerAt <= oldest.value.expiresAt) {
      timer.ref();
      return;
    }
    if (timer !== undefined) clearTimeout(timer);
    timerAt = oldest.value.expiresAt;
    timer = setTimeout(expire, Math.max(0, timerAt - now()));
  }

  function finished(entry: RunningCall): void {
    running.delete(entry);
    // Idle: the timer stays for the next call but no longer holds the process open.
    if (running.size === 0) timer?.unref();
  }

  return {
    run(call, timeoutError) {
      const entry = new RunningCall(now() + timeoutMs, timeoutError);
      const result = call(entry);
      // A handler that answered synchronously cannot be late; only a pending promise races the deadline.
      if (!(result instanceof Promise)) return result;
      running.add(entry);
      arm();
      return new Promise((resolve, reject) => {
        entry.reject = reject;
        result.then(
          (value) => {
            finished(entry);
            resolve(value);
          },
          (error: unknown) => {
            finished(entry);
            reject(error);
          },
        );
      });
    },
  };
}
