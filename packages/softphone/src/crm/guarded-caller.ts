/**
 * Calls into the wrapper that can never hurt the softphone: a sync throw, a rejected promise or a promise that
 * does not settle within the timeout becomes a `CrmWrapperError` for the host's `error` event. Nothing is
 * awaited by the caller, so a hanging CRM never delays the next event.
 */
import type { CrmMethod, CrmMethodParams, CrmWrapper } from "@ccaas/types";
import { checkCallParams } from "./contract-validation";
import { CrmWrapperError, describeThrown } from "./errors";

export interface GuardedCaller {
  /** Validates the params, then calls `wrapper[method](params)` guarded. Returns false when not called. */
  call<M extends CrmMethod>(method: M, params: CrmMethodParams[M]): boolean;
  /** Clears every pending timeout; later settlements are ignored. */
  stop(): void;
}

export function createGuardedCaller(options: {
  wrapper: () => CrmWrapper | undefined;
  timeoutMs: number;
  report: (error: CrmWrapperError) => void;
  called: (method: CrmMethod, params: unknown) => void;
}): GuardedCaller {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let stopped = false;
  const fail = (method: CrmMethod, error: CrmWrapperError) => {
    if (!stopped) options.report(error);
    return method;
  };

  return {
    call(method, params) {
      const wrapper = options.wrapper();
      if (!wrapper || stopped) return false;
      const problem = checkCallParams(method, params);
      if (problem) {
        fail(
          method,
          new CrmWrapperError(
            `The softphone did not call the CRM wrapper's ${method}: its params break crm-contract.yaml (${problem}). Pass partnerId (a uuid) to createCrmHost or have the wrapper send partner_config.`,
            { code: "crm_invalid_call_params", method },
          ),
        );
        return false;
      }
      options.called(method, params);
      let result: unknown;
      try {
        result = (wrapper[method] as (params: unknown) => unknown).call(wrapper, params);
      } catch (error) {
        fail(method, threw(method, error));
        return true;
      }
      if (!isThenable(result)) return true;
      let settled = false;
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (settled) return;
        settled = true;
        fail(
          method,
          new CrmWrapperError(
            `The CRM wrapper's ${method} did not settle within ${options.timeoutMs} ms; the softphone carried on. Make it return sooner (do slow work without awaiting it).`,
            { code: "crm_wrapper_call_timeout", method },
          ),
        );
      }, options.timeoutMs);
      timers.add(timer);
      const done = (error?: unknown) => {
        clearTimeout(timer);
        timers.delete(timer);
        if (settled) return;
        settled = true;
        if (error !== undefined) fail(method, threw(method, error));
      };
      // Promise.resolve also turns a `then` that throws into a rejection.
      Promise.resolve(result).then(
        () => done(),
        (error: unknown) => done(error ?? new Error("rejected without a reason")),
      );
      return true;
    },
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}

function threw(method: string, error: unknown): CrmWrapperError {
  return new CrmWrapperError(
    `The CRM wrapper's ${method} failed (${describeThrown(error)}); the softphone carried on.`,
    { code: "crm_wrapper_call_failed", method, cause: error },
  );
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}
