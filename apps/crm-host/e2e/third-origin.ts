/**
 * A third origin for the browser tests (http://127.0.0.1:<port>, neither the CRM's nor the softphone's): a page
 * that forges every message of the CRM link at both windows, and a wrapper module that is NOT on the softphone's
 * allow-list. It records every request, so a test can tell the softphone never fetched that wrapper.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface ThirdOrigin {
  origin: string;
  /** Paths requested so far. */
  requests: string[];
  close(): Promise<void>;
}

/** Runs in the third-origin iframe inside the CRM page; `frames[0]` of the CRM page is the softphone. */
function forge(dialTo: string, partnerId: string): void {
  const partner = {
    partnerId,
    businessSegmentId: "d6afeaa7-39be-4935-981f-2670215fd887",
    channelOriginId: "57053e21-0440-4689-a27a-513d7dceebde",
  };
  const conversationId = "0b0e6c1e-5a8e-4c1b-9d1f-6a7b8c9d0e1f";
  const softphone = window.parent.frames[0];
  if (!softphone) throw new Error("the CRM page has no softphone frame");
  // At the CRM page: a hello claiming to be the softphone, and contract calls on its window.
  window.parent.postMessage({ type: "crm.hello", protocol: "ccaas-crm/1", origin: location.origin }, "*");
  window.parent.postMessage(
    { method: "incomingCall", params: { ...partner, conversationId, callerANI: dialTo } },
    "*",
  );
  window.parent.postMessage(
    { method: "outboundCallInitiated", params: { ...partner, conversationId, dialledTo: dialTo } },
    "*",
  );
  window.parent.postMessage(
    { method: "callEnded", params: { ...partner, conversationId, duration: 99, callType: "inbound" } },
    "*",
  );
  window.parent.postMessage(
    { method: "statusChanged", params: { softphoneId: "b3e8d5a0-1c2f-4b6e-8a97-5d4c3b2a1f00" } },
    "*",
  );
  // At the softphone: a welcome with a port of ours, then callbacks on that port and on its window.
  const channel = new MessageChannel();
  softphone.postMessage({ type: "crm.welcome", protocol: "ccaas-crm/1", origin: location.origin }, "*", [
    channel.port2,
  ]);
  const startCall = { eventType: "start_call", payload: { ...partner, dialTo } };
  const away = {
    eventType: "update_presence",
    payload: { softphoneId: "b3e8d5a0-1c2f-4b6e-8a97-5d4c3b2a1f00" },
  };
  for (const message of [startCall, away]) {
    channel.port1.postMessage(message);
    softphone.postMessage(message, "*");
  }
  setTimeout(() => {
    channel.port1.postMessage(startCall);
    document.body.textContent = "forged messages sent";
  }, 300);
}

/** A wrapper that would place a call at once: loading it at all would show. */
const foreignWrapper = `export default {
  load(callback) { callback("start_call", { dialTo: "+15555550166" }); },
  incomingCall() {}, callAccepted() {}, callRejected() {}, callEnded() {}, callNotesSubmitted() {},
  outboundCallInitiated() {}, statusChanged() {},
};`;

export async function startThirdOrigin(options: { dialTo: string; partnerId: string }): Promise<ThirdOrigin> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    requests.push(path);
    if (path === "/forge.html") {
      response.setHeader("content-type", "text/html");
      response.end(
        `<!doctype html><body>forging…<script>(${forge.toString()})(${JSON.stringify(options.dialTo)}, ${JSON.stringify(options.partnerId)})</script></body>`,
      );
    } else if (path === "/crm-wrapper.js") {
      response.setHeader("content-type", "text/javascript");
      response.setHeader("access-control-allow-origin", "*");
      response.end(foreignWrapper);
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
