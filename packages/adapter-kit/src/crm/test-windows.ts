/**
 * Test stand-ins for browser windows: each knows its origin, posts like `window.postMessage` (dropped when the
 * target origin does not match, delivered later with the sender's origin and window as `origin` / `source`), and
 * transfers real `MessageChannel` ports. Not exported by the package.
 */
import type { CrmMessageEvent, PostTarget } from "./protocol";

/** One message a window posted, as the test sees it. */
export interface Posted {
  from: string;
  to: string;
  targetOrigin: string;
  data: unknown;
}

/** A window at `origin`. `view(other)` is how this window sees `other` (`window.parent`, `iframe.contentWindow`). */
export class FakeWindow {
  private readonly events = new EventTarget();
  parent: PostTarget | null = null;
  readonly location: { readonly origin: string };
  private readonly views = new Map<FakeWindow, PostTarget>();

  constructor(
    origin: string,
    private readonly posted: Posted[],
  ) {
    this.location = { origin };
  }

  /** A stable handle on `target` as seen from this window: posting through it sends from this window. */
  view(target: FakeWindow): PostTarget {
    let handle = this.views.get(target);
    if (!handle) {
      handle = {
        postMessage: (data, targetOrigin, transfer = []) => {
          this.posted.push({ from: this.location.origin, to: target.location.origin, targetOrigin, data });
          // A browser drops a message whose target origin is not the receiver's.
          if (targetOrigin !== "*" && targetOrigin !== target.location.origin) return;
          const event: CrmMessageEvent = {
            data,
            origin: this.location.origin,
            source: target.view(this),
            ports: transfer.filter((item): item is MessagePort => item instanceof MessagePort),
          };
          setTimeout(() => target.events.dispatchEvent(Object.assign(new Event("message"), event)), 0);
        },
      };
      this.views.set(target, handle);
    }
    return handle;
  }

  addEventListener(type: "message", listener: (event: CrmMessageEvent) => void): void {
    this.events.addEventListener(type, listener as unknown as EventListener);
  }

  removeEventListener(type: "message", listener: (event: CrmMessageEvent) => void): void {
    this.events.removeEventListener(type, listener as unknown as EventListener);
  }
}

export const crmOrigin = "http://localhost:4400";
export const softphoneOrigin = "http://127.0.0.1:4300";
export const thirdOrigin = "http://127.0.0.1:4500";

/** A CRM page embedding the softphone in an iframe, and a third-origin window that can post to both. */
export function createWindows() {
  const posted: Posted[] = [];
  const page = new FakeWindow(crmOrigin, posted);
  const softphone = new FakeWindow(softphoneOrigin, posted);
  const third = new FakeWindow(thirdOrigin, posted);
  softphone.parent = softphone.view(page);
  third.parent = third.view(page);
  const frame = { contentWindow: page.view(softphone) };
  return { posted, page, softphone, third, frame };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
