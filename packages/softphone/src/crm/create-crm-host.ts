/** `createCrmHost`: loads an allow-listed CRM wrapper and keeps it informed of the softphone's calls. */
import { CcaasError, type CrmCallback, type CrmWrapper, TypedEmitter } from "@ccaas/types";
import type { Softphone } from "../index";
import { type CallReporter, reportCalls } from "./call-reporter";
import { checkCallback } from "./contract-validation";
import { CrmWrapperError, describeThrown } from "./errors";
import { createGuardedCaller } from "./guarded-caller";
import { checkWrapperUrl, defaultImport, importWrapper, withDeadline } from "./load-wrapper";
import type { CrmHost, CrmHostEvents, CrmHostOptions } from "./types";

const originOf = (value: string | URL): string | undefined => {
  try {
    return new URL(value).origin;
  } catch {
    return undefined;
  }
};

/**
 * Creates the host of a CRM wrapper (seed: crm-softphone-contract.txt). Nothing is fetched until `load()`,
 * and only from an allow-listed origin.
 *
 * @example
 * const crm = createCrmHost({ softphone, wrapperUrl, allowedOrigins: ["https://crm.example.com"] });
 * crm.on("disposition", (codes) => showCodes(codes));
 * crm.on("start_call", ({ dialTo, dialFrom }) => void crm.startCall({ dialTo, dialFrom }));
 * crm.on("error", (error) => console.warn(error.message));
 * await crm.load();
 */
export function createCrmHost(options: CrmHostOptions): CrmHost {
  const callTimeoutMs = options.callTimeoutMs ?? 5_000;
  const loadTimeoutMs = options.loadTimeoutMs ?? 10_000;
  const url = String(options.wrapperUrl);
  const origin = originOf(url);
  // Origin and path only: a query string may carry something private.
  const where = (() => {
    try {
      const parsed = new URL(url);
      return `${parsed.origin}${parsed.pathname}`;
    } catch {
      return "an invalid URL";
    }
  })();

  let wrapper: CrmWrapper | undefined;
  let destroyed = false;
  let loading: Promise<void> | undefined;
  let partnerId = options.partnerId;
  let partnerConfig: CrmHost["partnerConfig"];
  let dispositions: readonly string[] = [];
  let softphone: Softphone | undefined;
  let reporter: CallReporter | undefined;

  const report = (error: CcaasError) => {
    if (!destroyed) emitter.emit("error", error);
  };
  const emitter = new TypedEmitter<CrmHostEvents>((error, event) => {
    if (event === "error") return; // nowhere left to report it; never back into the wrapper
    report(
      new CcaasError(`A "${event}" listener of the CRM host threw (${describeThrown(error)}).`, {
        code: "listener_error",
        cause: error,
      }),
    );
  });
  const caller = createGuardedCaller({
    wrapper: () => wrapper,
    timeoutMs: callTimeoutMs,
    report,
    called: (method, params) => emitter.emit("called", { method, params } as CrmHostEvents["called"]),
  });

  // What the wrapper hands back: validated, then an event. Never throws into the wrapper.
  const callback = ((eventType: unknown, payload?: unknown) => {
    if (destroyed) return;
    const checked = checkCallback(eventType, payload);
    if (!checked.ok) {
      report(
        new CrmWrapperError(
          `The CRM wrapper's callback("${checked.eventType}", ...) was ignored: ${checked.problem}. See crm-contract.yaml for the payloads.`,
          { code: "crm_invalid_callback", method: checked.eventType },
        ),
      );
      return;
    }
    const value = checked.payload as never;
    switch (checked.eventType) {
      case "disposition":
        dispositions = [...(value as string[])];
        emitter.emit("disposition", value);
        break;
      case "partner_config":
        partnerConfig = value;
        partnerId = (value as { partnerId: string }).partnerId;
        emitter.emit("partner_config", value);
        break;
      case "get_presence": {
        emitter.emit("get_presence", undefined);
        const current = options.currentStatus?.();
        if (current) host.statusChanged(current);
        break;
      }
      case "update_presence":
        emitter.emit("update_presence", value);
        break;
      case "start_call":
        emitter.emit("start_call", value);
        break;
    }
  }) as CrmCallback;

  const host: CrmHost = {
    on: (event, listener) => emitter.on(event, listener),
    once: (event, listener) => emitter.once(event, listener),
    origin,
    get loaded() {
      return wrapper !== undefined && !destroyed;
    },
    get partnerId() {
      return partnerId;
    },
    get dispositions() {
      return dispositions;
    },
    get partnerConfig() {
      return partnerConfig;
    },

    load() {
      loading ??= (async () => {
        // Refused before anything is fetched.
        const allowedOrigin = checkWrapperUrl(url, options.allowedOrigins);
        const started = Date.now();
        const candidate = await importWrapper(
          url,
          where,
          options.importModule ?? defaultImport,
          loadTimeoutMs,
        );
        if (destroyed) return;
        const left = Math.max(1, loadTimeoutMs - (Date.now() - started));
        try {
          await withDeadline(
            Promise.resolve().then(() => candidate.load(callback)),
            left,
            () =>
              new CrmWrapperError(
                `The CRM wrapper's load(callback) did not settle within ${loadTimeoutMs} ms: it must not wait for the CRM page.`,
                { code: "crm_wrapper_load_timeout", method: "load" },
              ),
          );
        } catch (error) {
          if (CrmWrapperError.isInstance(error)) throw error;
          throw new CrmWrapperError(`The CRM wrapper's load(callback) failed (${describeThrown(error)}).`, {
            code: "crm_wrapper_load_failed",
            method: "load",
            cause: error,
          });
        }
        if (destroyed) return;
        wrapper = candidate;
        emitter.emit("loaded", { url: where, origin: allowedOrigin });
      })();
      return loading;
    },

    useSoftphone(next) {
      if (next === softphone) return;
      reporter?.stop();
      reporter = undefined;
      softphone = next;
      if (!next || destroyed) return;
      reporter = reportCalls(next, {
        call: (method, params) => void caller.call(method, params),
        partnerId: () => partnerId ?? "",
        details: (conversationId) =>
          options.callDetails?.(
            next.getConversations().find((state) => state.conversationId === conversationId)?.conversation,
          ) ?? {},
      });
    },

    async startCall({ dialTo, dialFrom }) {
      const phone = softphone;
      if (!phone || destroyed) {
        throw new CcaasError(
          "Cannot start the call: no softphone is connected (the agent is offline). Set one with useSoftphone first.",
          { code: "not_connected" },
        );
      }
      const started = await phone.startSoftphoneSession({
        phoneNumber: dialTo,
        ...(dialFrom ? { callerId: dialFrom } : {}),
      });
      caller.call("outboundCallInitiated", {
        partnerId: partnerId ?? "",
        conversationId: started.id,
        dialledTo: dialTo,
      });
      return started;
    },

    submitCallNotes({ conversationId, disposition, notes }) {
      const text = notes?.trim() ? notes : undefined;
      reporter?.notesSubmitted(conversationId, disposition, text);
      caller.call("callNotesSubmitted", {
        partnerId: partnerId ?? "",
        conversationId,
        disposition,
        ...(text ? { notes: text } : {}),
      });
    },

    statusChanged(softphoneId) {
      caller.call("statusChanged", { softphoneId });
    },

    destroy() {
      if (destroyed) return;
      host.useSoftphone(undefined);
      destroyed = true;
      caller.stop();
      wrapper = undefined;
    },
  };
  if (options.softphone) host.useSoftphone(options.softphone);
  return host;
}
