/**
 * The wrapper's side of the CRM page link. The wrapper runs inside the softphone's iframe; it says `crm.hello` to
 * `window.parent` with the CRM's exact origin as target, once a second until the page answers `crm.welcome` from
 * that origin and that window with a MessagePort; from then on contract messages travel on the port only.
 */
import type { CrmCallbackEventType, CrmMethod, CrmMethodParams } from "@ccaas/types";
import { createSafeLogger, type Logger } from "@ccaas/types";
import { BoundedQueue } from "./bounded-queue";
import { CrmLinkError } from "./errors/crm-link-error";
import {
  type CrmMessageEvent,
  crmProtocol,
  isCallbackMessage,
  isWelcome,
  requireOrigin,
  type WindowLike,
} from "./protocol";

/** Options of {@link connectToCrmPage}. */
export interface CrmPageLinkOptions {
  /**
   * The CRM page's origin, exactly (`https://crm.example.com`): hello is posted to it and welcome accepted only
   * from it. A wrapper served by the CRM can pass `new URL(import.meta.url).origin`.
   */
  crmOrigin: string;
  /** How often hello is sent again while the page does not answer. Default 1000 ms (the spec's second). */
  helloIntervalMs?: number;
  /** Gives up with `CrmLinkError` (`crm_link_timeout`) after this long; `Infinity` waits for ever. Default 30 s. */
  timeoutMs?: number;
  /** Callbacks held for a listener not yet added. Default 100. */
  maxQueued?: number;
  /** The softphone's window. Default `globalThis.window`. */
  window?: WindowLike;
  /** Diagnostics (ignored foreign messages go to `debug`). Silent by default. */
  logger?: Partial<Logger>;
}

/** A callback the CRM page sent: its event type is one of the contract's, its payload is checked by the softphone. */
export interface CrmPageCallback {
  eventType: CrmCallbackEventType;
  payload?: unknown;
}

/** An established link to the CRM page. */
export interface CrmPageLink {
  /** Sends `{ method, params }` to the CRM page on the private port. */
  call<Method extends CrmMethod>(method: Method, params: CrmMethodParams[Method]): void;
  /** Receives the page's `{ eventType, payload }` callbacks; returns the unsubscribe function. */
  onCallback(listener: (callback: CrmPageCallback) => void): () => void;
  /** Messages that reached the window from anyone but the CRM page (or that were not a welcome): ignored. */
  readonly ignoredMessages: number;
  /** Stops listening and closes the port. */
  close(): void;
}

/**
 * Runs the handshake with the CRM page that embeds this softphone and resolves to the link once welcomed.
 *
 * @throws {CrmLinkError} `crm_origin_invalid`, `crm_link_no_parent` (not in a frame), `crm_link_timeout`.
 * @example
 * const link = await connectToCrmPage({ crmOrigin: new URL(import.meta.url).origin });
 * link.onCallback(({ eventType, payload }) => console.log(eventType, payload));
 * link.call("statusChanged", { softphoneId });
 */
export function connectToCrmPage(options: CrmPageLinkOptions): Promise<CrmPageLink> {
  const crmOrigin = requireOrigin(options.crmOrigin, "crmOrigin");
  const self = options.window ?? (globalThis.window as unknown as WindowLike | undefined);
  const parent = self?.parent;
  if (!self || !parent || parent === (self as unknown))
    return Promise.reject(
      new CrmLinkError(
        "The CRM wrapper is not running inside a frame, so there is no CRM page to link to. Embed the softphone " +
          "in the CRM page with an <iframe>, or do not use the page link in this wrapper.",
        { code: "crm_link_no_parent" },
      ),
    );
  const log = createSafeLogger(options.logger);
  const helloIntervalMs = options.helloIntervalMs ?? 1000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const held = new BoundedQueue<CrmPageCallback>(options.maxQueued ?? 100, "callbacks from the CRM page");
  const listeners = new Set<(callback: CrmPageCallback) => void>();
  const ports: MessagePort[] = [];
  let ignoredMessages = 0;
  let closed = false;

  const hello = () => {
    // The exact target origin: a hello posted to "*" would tell any page that framed us that we are here.
    parent.postMessage({ type: "crm.hello", protocol: crmProtocol, origin: self.location.origin }, crmOrigin);
  };

  const deliver = (event: MessageEvent) => {
    if (!isCallbackMessage(event.data)) {
      log.debug?.("CRM page link: ignored a port message that is not a contract callback");
      return;
    }
    const callback: CrmPageCallback = { eventType: event.data.eventType, payload: event.data.payload };
    if (listeners.size === 0) held.push(callback);
    for (const listener of listeners) listener(callback);
  };

  const link: CrmPageLink = {
    call(method, params) {
      if (closed) throw new CrmLinkError("The CRM page link is closed.", { code: "crm_link_closed" });
      // The newest port: the page answers every hello with a fresh one and listens on the newest.
      ports.at(-1)?.postMessage({ method, params });
    },
    onCallback(listener) {
      listeners.add(listener);
      for (const callback of held.drain()) listener(callback);
      return () => listeners.delete(listener);
    },
    get ignoredMessages() {
      return ignoredMessages;
    },
    close() {
      closed = true;
      stop();
      for (const port of ports) port.close();
      listeners.clear();
    },
  };

  let stop: () => void = () => {};
  return new Promise<CrmPageLink>((resolve, reject) => {
    const onMessage = (event: CrmMessageEvent) => {
      const port = event.ports[0];
      if (event.origin !== crmOrigin || event.source !== parent || !isWelcome(event.data) || !port) {
        ignoredMessages += 1;
        log.debug?.(`CRM page link: ignored a window message from ${event.origin || "an unknown origin"}`);
        return;
      }
      // A later welcome (the page answered a hello sent before the first welcome arrived) replaces the port;
      // the old one keeps delivering what is already on its way.
      port.addEventListener("message", deliver);
      port.start();
      ports.push(port);
      clearInterval(helloTimer);
      clearTimeout(timeoutTimer);
      resolve(link);
    };
    const helloTimer = setInterval(hello, helloIntervalMs);
    const timeoutTimer = Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          stop();
          reject(
            new CrmLinkError(
              `The CRM page at ${crmOrigin} did not answer crm.hello within ${timeoutMs} ms. Check that it calls ` +
                "connectSoftphoneFrame() with this softphone's origin and iframe.",
              { code: "crm_link_timeout" },
            ),
          );
        }, timeoutMs)
      : undefined;
    stop = () => {
      clearInterval(helloTimer);
      clearTimeout(timeoutTimer);
      self.removeEventListener("message", onMessage);
    };
    self.addEventListener("message", onMessage);
    hello();
  });
}
