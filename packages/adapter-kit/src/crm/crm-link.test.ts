import { afterEach, describe, expect, it } from "vitest";
import { connectSoftphoneFrame, type SoftphoneFrameLink } from "./connect-softphone-frame";
import { type CrmPageCallback, type CrmPageLink, connectToCrmPage } from "./connect-to-crm-page";
import { CrmLinkError } from "./errors/crm-link-error";
import { createWindows, crmOrigin, FakeWindow, sleep, softphoneOrigin, thirdOrigin } from "./test-windows";

const params = {
  partnerId: "215fd887-39be-4935-981f-2670d6afeaa7",
  conversationId: "5a974dd7-475a-41c0-a027-bfdf09627b13",
  callerANI: "+18883973342",
};

const cleanups: Array<{ close(): void }> = [];
afterEach(() => {
  for (const link of cleanups.splice(0)) link.close();
});
function track<Link extends { close(): void }>(link: Link): Link {
  cleanups.push(link);
  return link;
}

async function rejection(promise: Promise<unknown>): Promise<CrmLinkError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!CrmLinkError.isInstance(error)) throw new Error(`expected a CrmLinkError, got ${String(error)}`);
  return error;
}

/** Both sides linked, with what each received. */
async function linked() {
  const windows = createWindows();
  const page = track(connectSoftphoneFrame({ frame: windows.frame, softphoneOrigin, window: windows.page }));
  const wrapper = track(await connectToCrmPage({ crmOrigin, window: windows.softphone }));
  await page.ready;
  const calls: unknown[] = [];
  page.on("incomingCall", (received) => calls.push(received));
  const callbacks: CrmPageCallback[] = [];
  wrapper.onCallback((callback) => callbacks.push(callback));
  return { ...windows, page, wrapper, calls, callbacks };
}

describe("the CRM page link handshake", () => {
  it("says hello to the CRM's exact origin, is welcomed with a port, then talks on it both ways", async () => {
    const { posted, page, wrapper, calls, callbacks } = await linked();
    const hello = posted.find((message) => (message.data as { type?: string }).type === "crm.hello");
    expect(hello).toMatchObject({
      from: softphoneOrigin,
      targetOrigin: crmOrigin,
      data: { type: "crm.hello", protocol: "ccaas-crm/1", origin: softphoneOrigin },
    });
    const welcome = posted.find((message) => (message.data as { type?: string }).type === "crm.welcome");
    expect(welcome).toMatchObject({ from: crmOrigin, targetOrigin: softphoneOrigin });
    expect(posted.some((message) => message.targetOrigin === "*")).toBe(false);

    wrapper.call("incomingCall", params);
    page.callback("disposition", ["Resolved", "Escalated"]);
    page.callback("get_presence");
    await sleep(20);
    expect(calls).toEqual([params]);
    expect(callbacks).toEqual([
      { eventType: "disposition", payload: ["Resolved", "Escalated"] },
      { eventType: "get_presence", payload: undefined },
    ]);
    // Nothing but the handshake went through the windows.
    expect(posted).toHaveLength(2);
  });

  it("does not answer a hello from another origin", async () => {
    const { page: pageWindow, frame, softphone } = createWindows();
    const page = track(
      connectSoftphoneFrame({ frame, softphoneOrigin: "https://softphone.example.com", window: pageWindow }),
    );
    const error = await rejection(connectToCrmPage({ crmOrigin, window: softphone, timeoutMs: 100 }));
    expect(error.code).toBe("crm_link_timeout");
    expect(page.ignoredMessages).toBeGreaterThan(0);
  });

  it("does not answer a hello from the softphone's origin when it comes from another window", async () => {
    const posted: never[] = [];
    const { page: pageWindow, frame } = createWindows();
    // Same origin as the softphone (another tab of it, a popup), but not the iframe.
    const impostor = new FakeWindow(softphoneOrigin, posted);
    impostor.parent = impostor.view(pageWindow);
    const page = track(connectSoftphoneFrame({ frame, softphoneOrigin, window: pageWindow }));
    const error = await rejection(connectToCrmPage({ crmOrigin, window: impostor, timeoutMs: 100 }));
    expect(error.code).toBe("crm_link_timeout");
    expect(page.ignoredMessages).toBeGreaterThan(0);
  });

  it("never says hello to a CRM at another origin: the browser drops it and the link times out", async () => {
    const { page: pageWindow, frame, softphone, posted } = createWindows();
    track(connectSoftphoneFrame({ frame, softphoneOrigin, window: pageWindow }));
    const error = await rejection(
      connectToCrmPage({ crmOrigin: "https://crm.example.com", window: softphone, timeoutMs: 100 }),
    );
    expect(error.code).toBe("crm_link_timeout");
    expect(error.message).toContain("https://crm.example.com");
    expect(posted.every((message) => message.targetOrigin === "https://crm.example.com")).toBe(true);
  });

  it("ignores a forged welcome from a third origin and links with the real page afterwards", async () => {
    const { page: pageWindow, frame, softphone, third } = createWindows();
    const forged = new MessageChannel();
    const forgedCalls: unknown[] = [];
    forged.port1.addEventListener("message", (event) => forgedCalls.push(event.data));
    forged.port1.start();
    third
      .view(softphone)
      .postMessage({ type: "crm.welcome", protocol: "ccaas-crm/1", origin: crmOrigin }, "*", [forged.port2]);
    const debug: string[] = [];
    const logger = { debug: (line: string) => debug.push(line) };
    const connecting = connectToCrmPage({ crmOrigin, window: softphone, helloIntervalMs: 30, logger });
    await sleep(100);
    const page = track(connectSoftphoneFrame({ frame, softphoneOrigin, window: pageWindow }));
    const wrapper = track(await connecting);
    const calls: unknown[] = [];
    page.on("incomingCall", (received) => calls.push(received));
    wrapper.call("incomingCall", params);
    await sleep(20);
    expect(calls).toEqual([params]);
    expect(forgedCalls).toEqual([]);
    expect(wrapper.ignoredMessages).toBe(1);
    expect(debug).toEqual([`CRM page link: ignored a window message from ${thirdOrigin}`]);
    forged.port1.close();
  });

  it("re-sends hello until the page listens", async () => {
    const { page: pageWindow, frame, softphone, posted } = createWindows();
    const connecting = connectToCrmPage({ crmOrigin, window: softphone, helloIntervalMs: 20 });
    await sleep(90);
    track(connectSoftphoneFrame({ frame, softphoneOrigin, window: pageWindow }));
    track(await connecting);
    const hellos = posted.filter((message) => (message.data as { type?: string }).type === "crm.hello");
    expect(hellos.length).toBeGreaterThanOrEqual(3);
    const countAfterWelcome = hellos.length;
    await sleep(60);
    expect(posted.filter((message) => (message.data as { type?: string }).type === "crm.hello")).toHaveLength(
      countAfterWelcome,
    );
  });

  it("refuses a target origin that is not an origin, and a wrapper outside any frame", async () => {
    const { softphone } = createWindows();
    expect(() => connectToCrmPage({ crmOrigin: "*", window: softphone })).toThrow(CrmLinkError);
    expect(() => connectToCrmPage({ crmOrigin: `${crmOrigin}/crm`, window: softphone })).toThrow(
      /must be an origin/,
    );
    const alone = new FakeWindow(softphoneOrigin, []);
    expect((await rejection(connectToCrmPage({ crmOrigin, window: alone }))).code).toBe("crm_link_no_parent");
  });
});

describe("messages around the handshake", () => {
  it("holds the page's callbacks until the softphone says hello, then delivers them in order", async () => {
    const { page: pageWindow, frame, softphone } = createWindows();
    const page = track(connectSoftphoneFrame({ frame, softphoneOrigin, window: pageWindow }));
    page.callback("disposition", ["Resolved"]);
    page.callback("update_presence", { softphoneId: "6a1f3c2e-8d4b-4e7a-9c15-2b7d0e9f4a11" });
    const wrapper = track(await connectToCrmPage({ crmOrigin, window: softphone }));
    const callbacks: CrmPageCallback[] = [];
    wrapper.onCallback((callback) => callbacks.push(callback));
    await sleep(20);
    expect(callbacks.map((callback) => callback.eventType)).toEqual(["disposition", "update_presence"]);
  });

  it("bounds what waits for the handshake", () => {
    const { page: pageWindow, frame } = createWindows();
    const page = track(connectSoftphoneFrame({ frame, softphoneOrigin, window: pageWindow, maxQueued: 1 }));
    page.callback("get_presence");
    expect(() => page.callback("get_presence")).toThrow(
      expect.objectContaining({ code: "crm_link_queue_full" }),
    );
  });

  it("ignores contract messages posted to either window, before and after the handshake", async () => {
    const { page: pageWindow, frame, softphone, third } = createWindows();
    const forgedCall = { method: "incomingCall", params };
    const forgedCallback = { eventType: "start_call", payload: { dialTo: "+19005550199" } };
    const page = track(connectSoftphoneFrame({ frame, softphoneOrigin, window: pageWindow }));
    const calls: unknown[] = [];
    page.on("incomingCall", (received) => calls.push(received));
    third.view(pageWindow).postMessage(forgedCall, "*");
    await sleep(20);
    const wrapper: CrmPageLink = track(await connectToCrmPage({ crmOrigin, window: softphone }));
    const callbacks: CrmPageCallback[] = [];
    wrapper.onCallback((callback) => callbacks.push(callback));
    third.view(pageWindow).postMessage(forgedCall, "*");
    third.view(softphone).postMessage(forgedCallback, "*");
    // Even the softphone frame itself is not heard on the window once it has a port.
    softphone.view(pageWindow).postMessage(forgedCall, crmOrigin);
    await sleep(20);
    expect(calls).toEqual([]);
    expect(callbacks).toEqual([]);
    expect(page.ignoredMessages).toBe(3);
    expect(wrapper.ignoredMessages).toBe(1);
  });

  it("gives a reloaded softphone a fresh port, and talks to it", async () => {
    const { page: pageWindow, frame, softphone } = createWindows();
    const page: SoftphoneFrameLink = track(
      connectSoftphoneFrame({ frame, softphoneOrigin, window: pageWindow }),
    );
    let connections = 0;
    page.onConnect(() => {
      connections += 1;
    });
    const before = track(await connectToCrmPage({ crmOrigin, window: softphone }));
    const beforeCallbacks: CrmPageCallback[] = [];
    before.onCallback((callback) => beforeCallbacks.push(callback));
    before.close(); // the old document is gone
    const after = track(await connectToCrmPage({ crmOrigin, window: softphone }));
    const afterCallbacks: CrmPageCallback[] = [];
    after.onCallback((callback) => afterCallbacks.push(callback));
    page.callback("get_presence");
    const calls: unknown[] = [];
    page.on("incomingCall", (received) => calls.push(received));
    after.call("incomingCall", params);
    await sleep(20);
    expect(connections).toBe(2);
    expect(afterCallbacks).toEqual([{ eventType: "get_presence", payload: undefined }]);
    expect(beforeCallbacks).toEqual([]);
    expect(calls).toEqual([params]);
  });
});
