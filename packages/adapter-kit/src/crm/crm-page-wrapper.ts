/**
 * A ready-made wrapper for CRMs that embed the softphone in an iframe: every contract call the softphone makes is
 * forwarded to the CRM page over the page link, and every callback the page sends is handed to the softphone.
 */
import type { CrmCallback, CrmCallMessage, CrmMethod, CrmMethodParams, CrmWrapper } from "@ccaas/types";
import { createSafeLogger } from "@ccaas/types";
import { BoundedQueue } from "./bounded-queue";
import { type CrmPageLink, type CrmPageLinkOptions, connectToCrmPage } from "./connect-to-crm-page";
import { defineCrmWrapper } from "./define-crm-wrapper";

/** Options of {@link createCrmPageWrapper}: those of `connectToCrmPage`, plus the call queue's size. */
export interface CrmPageWrapperOptions extends CrmPageLinkOptions {
  /**
   * Softphone calls held while the handshake runs. Default 100; past it a call throws `CrmLinkError`
   * (`crm_link_queue_full`), which the softphone reports as a wrapper error instead of losing it silently.
   */
  maxQueuedCalls?: number;
  /** Default `Infinity`: the page may load long after the softphone; hello keeps going once a second. */
  timeoutMs?: number;
}

/**
 * A complete `CrmWrapper` that relays the softphone to the CRM page that embeds it. `load(callback)` starts the
 * handshake without waiting for it; calls made before it completes are queued (bounded) and sent in order once
 * it has. If the link cannot be made (no parent frame, timeout), each later call throws that `CrmLinkError`.
 *
 * @example
 * // wrapper/crm-wrapper.ts, built into one ES module and served by the CRM (see the README's recipe)
 * export default createCrmPageWrapper({ crmOrigin: new URL(import.meta.url).origin });
 */
export function createCrmPageWrapper(options: CrmPageWrapperOptions): CrmWrapper {
  const log = createSafeLogger(options.logger);
  const queue = new BoundedQueue<CrmCallMessage>(options.maxQueuedCalls ?? 100, "softphone calls");
  let link: CrmPageLink | undefined;
  let failure: unknown;
  let loaded = false;

  const forward =
    <Method extends CrmMethod>(method: Method) =>
    (params: CrmMethodParams[Method]): void => {
      if (failure !== undefined) throw failure;
      if (link) link.call(method, params);
      else queue.push({ method, params } as CrmCallMessage);
    };

  return defineCrmWrapper({
    load(callback: CrmCallback) {
      if (loaded) return;
      loaded = true;
      connectToCrmPage({ timeoutMs: Number.POSITIVE_INFINITY, ...options }).then(
        (established) => {
          link = established;
          // The softphone validates every callback against the spec, so the page's payload is passed as is.
          const relay = callback as (eventType: string, ...payload: unknown[]) => void;
          established.onCallback(({ eventType, payload }) =>
            eventType === "get_presence" ? relay(eventType) : relay(eventType, payload),
          );
          for (const { method, params } of queue.drain()) established.call(method, params as never);
        },
        (error: unknown) => {
          failure = error;
          log.warn?.(`CRM page link failed: ${error instanceof Error ? error.message : String(error)}`);
          queue.drain();
        },
      );
    },
    incomingCall: forward("incomingCall"),
    callAccepted: forward("callAccepted"),
    callRejected: forward("callRejected"),
    callEnded: forward("callEnded"),
    callNotesSubmitted: forward("callNotesSubmitted"),
    outboundCallInitiated: forward("outboundCallInitiated"),
    statusChanged: forward("statusChanged"),
  });
}
