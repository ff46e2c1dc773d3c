/**
 * The CRM page's side of the link. The page embeds the softphone in an iframe; it answers a `crm.hello` only when
 * `event.origin` is the softphone's configured origin AND `event.source` is that iframe's window, replying
 * `crm.welcome` to that exact origin with a fresh MessagePort. Everything after travels on the port; anything else
 * posted to the page's window is ignored.
 */
import type { CrmCallback, CrmCallbackMessage, CrmMethod, CrmMethodParams } from "@ccaas/types";
import { createSafeLogger, type Logger } from "@ccaas/types";
import { BoundedQueue } from "./bounded-queue";
import { CrmLinkError } from "./errors/crm-link-error";
import {
  type CrmMessageEvent,
  crmProtocol,
  isCallMessage,
  isHello,
  requireOrigin,
  type WindowLike,
} from "./protocol";

/** Options of {@link connectSoftphoneFrame}. */
export interface SoftphoneFrameOptions {
  /** The iframe the softphone runs in (only its `contentWindow` is read, on every message). */
  frame: { readonly contentWindow: unknown };
  /** The softphone's origin, exactly (`https://softphone.example.com`): the only one whose hello is answered. */
  softphoneOrigin: string;
  /** Callbacks held until the softphone says hello. Default 100. */
  maxQueued?: number;
  /** The CRM page's window. Default `globalThis.window`. */
  window?: Pick<WindowLike, "location" | "addEventListener" | "removeEventListener">;
  /** Diagnostics (ignored foreign messages go to `debug`). Silent by default. */
  logger?: Partial<Logger>;
}

/** The CRM page's link to the softphone frame. */
export interface SoftphoneFrameLink {
  /** Resolves on the first handshake. */
  readonly ready: Promise<void>;
  /**
   * Calls `listener` with the params of each `method` call the wrapper forwards (`incomingCall`, `callEnded`, ...).
   * Returns the unsubscribe function.
   */
  on<Method extends CrmMethod>(
    method: Method,
    listener: (params: CrmMethodParams[Method]) => void,
  ): () => void;
  /** Runs on every handshake, the first and each after a softphone reload: send your configuration here. */
  onConnect(listener: () => void): () => void;
  /** `callback(eventType, payload)` to the softphone (`start_call`, `disposition`, ...); held until connected. */
  readonly callback: CrmCallback;
  /** Messages that reached the page's window and were not a valid hello from the softphone frame: ignored. */
  readonly ignoredMessages: number;
  /** Stops answering hellos and closes the ports. */
  close(): void;
}

/** How many ports stay open: the newest, plus the one before it for messages the softphone sent before it moved. */
const openPorts = 2;

/**
 * Links the CRM page to the softphone in `frame`.
 *
 * @throws {CrmLinkError} `crm_origin_invalid` when `softphoneOrigin` is not an origin; `callback()` throws
 *   `crm_link_queue_full` when too many wait for the softphone, `crm_link_closed` after `close()`.
 * @example
 * const softphone = connectSoftphoneFrame({ frame: iframe, softphoneOrigin: "https://softphone.example.com" });
 * softphone.onConnect(() => softphone.callback("disposition", ["Resolved", "Escalated"]));
 * softphone.on("incomingCall", ({ callerANI }) => showContact(callerANI));
 */
export function connectSoftphoneFrame(options: SoftphoneFrameOptions): SoftphoneFrameLink {
  const softphoneOrigin = requireOrigin(options.softphoneOrigin, "softphoneOrigin");
  const self = options.window ?? (globalThis.window as unknown as WindowLike);
  const log = createSafeLogger(options.logger);
  const pending = new BoundedQueue<CrmCallbackMessage>(
    options.maxQueued ?? 100,
    "callbacks to the softphone",
  );
  const methodListeners = new Map<string, Set<(params: never) => void>>();
  const connectListeners = new Set<() => void>();
  const ports: MessagePort[] = [];
  let ignoredMessages = 0;
  let closed = false;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const receive = (event: MessageEvent) => {
    if (!isCallMessage(event.data)) {
      log.debug?.("CRM softphone link: ignored a port message that is not a contract call");
      return;
    }
    // Only the softphone frame holds the other end of this port, so its params are the contract's.
    const params = event.data.params as never;
    for (const listener of methodListeners.get(event.data.method) ?? []) listener(params);
  };

  const send = (message: CrmCallbackMessage) => {
    if (closed) throw new CrmLinkError("The softphone link is closed.", { code: "crm_link_closed" });
    const port = ports.at(-1);
    if (port) port.postMessage(message);
    else pending.push(message);
  };

  const onMessage = (event: CrmMessageEvent) => {
    const frameWindow = options.frame.contentWindow;
    if (
      event.origin !== softphoneOrigin ||
      !frameWindow ||
      event.source !== frameWindow ||
      !isHello(event.data)
    ) {
      ignoredMessages += 1;
      log.debug?.(`CRM softphone link: ignored a window message from ${event.origin || "an unknown origin"}`);
      return;
    }
    // Every hello gets a fresh channel: after a reload the softphone has lost the old port.
    const channel = new MessageChannel();
    channel.port1.addEventListener("message", receive);
    channel.port1.start();
    ports.push(channel.port1);
    if (ports.length > openPorts) ports.shift()?.close();
    (
      frameWindow as { postMessage(message: unknown, targetOrigin: string, transfer: Transferable[]): void }
    ).postMessage(
      { type: "crm.welcome", protocol: crmProtocol, origin: self.location.origin },
      softphoneOrigin,
      [channel.port2],
    );
    for (const message of pending.drain()) channel.port1.postMessage(message);
    markReady();
    for (const listener of connectListeners) listener();
  };
  self.addEventListener("message", onMessage);

  return {
    ready,
    on(method, listener) {
      const listeners = methodListeners.get(method) ?? new Set();
      methodListeners.set(method, listeners);
      listeners.add(listener as (params: never) => void);
      return () => listeners.delete(listener as (params: never) => void);
    },
    onConnect(listener) {
      connectListeners.add(listener);
      return () => connectListeners.delete(listener);
    },
    callback: ((eventType: CrmCallbackMessage["eventType"], ...payload: unknown[]) =>
      send(
        (payload.length > 0 ? { eventType, payload: payload[0] } : { eventType }) as CrmCallbackMessage,
      )) as CrmCallback,
    get ignoredMessages() {
      return ignoredMessages;
    },
    close() {
      closed = true;
      self.removeEventListener("message", onMessage);
      for (const port of ports.splice(0)) port.close();
      methodListeners.clear();
      connectListeners.clear();
    },
  };
}
