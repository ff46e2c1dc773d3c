import type { CrmCallback } from "@ccaas/types";
import { afterEach, describe, expect, it, vi } from "vitest";
import { connectSoftphoneFrame, type SoftphoneFrameLink } from "./connect-softphone-frame";
import { createCrmPageWrapper } from "./crm-page-wrapper";
import { createWindows, crmOrigin, FakeWindow, sleep, softphoneOrigin } from "./test-windows";

const partnerId = "215fd887-39be-4935-981f-2670d6afeaa7";
const conversationId = "5a974dd7-475a-41c0-a027-bfdf09627b13";

let page: SoftphoneFrameLink | undefined;
afterEach(() => page?.close());

describe("createCrmPageWrapper", () => {
  it("queues the softphone's calls until the page welcomes it, and relays the page's callbacks", async () => {
    const { page: pageWindow, frame, softphone } = createWindows();
    const wrapper = createCrmPageWrapper({ crmOrigin, window: softphone, helloIntervalMs: 20 });
    const callback = vi.fn();
    await wrapper.load(callback as unknown as CrmCallback);
    await wrapper.incomingCall({ partnerId, conversationId, callerANI: "+15555550100" });
    await wrapper.statusChanged({ softphoneId: "6a1f3c2e-8d4b-4e7a-9c15-2b7d0e9f4a11" });
    await sleep(50);

    page = connectSoftphoneFrame({ frame, softphoneOrigin, window: pageWindow });
    const received: string[] = [];
    page.on("incomingCall", ({ callerANI }) => received.push(`incomingCall ${callerANI}`));
    page.on("statusChanged", ({ softphoneId }) => received.push(`statusChanged ${softphoneId}`));
    page.on("callEnded", ({ duration }) => received.push(`callEnded ${duration}`));
    await page.ready;
    await sleep(20);
    await wrapper.callEnded({ partnerId, conversationId, duration: 42, callType: "inbound" });
    page.callback("get_presence");
    page.callback("start_call", {
      partnerId,
      businessSegmentId: "segment",
      channelOriginId: "origin",
      dialTo: "+15555550123",
    });
    await sleep(20);
    expect(received).toEqual([
      "incomingCall +15555550100",
      "statusChanged 6a1f3c2e-8d4b-4e7a-9c15-2b7d0e9f4a11",
      "callEnded 42",
    ]);
    expect(callback.mock.calls).toEqual([
      ["get_presence"],
      ["start_call", expect.objectContaining({ dialTo: "+15555550123" })],
    ]);
  });

  it("throws instead of dropping a call once its queue is full", async () => {
    const { softphone } = createWindows();
    const wrapper = createCrmPageWrapper({ crmOrigin, window: softphone, maxQueuedCalls: 1, timeoutMs: 200 });
    await wrapper.load(() => {});
    await wrapper.statusChanged({ softphoneId: "6a1f3c2e-8d4b-4e7a-9c15-2b7d0e9f4a11" });
    expect(() => wrapper.statusChanged({ softphoneId: "6a1f3c2e-8d4b-4e7a-9c15-2b7d0e9f4a11" })).toThrow(
      expect.objectContaining({ code: "crm_link_queue_full" }),
    );
    await sleep(250); // let the handshake time out so no timer outlives the test
  });

  it("reports why on every call when there is no CRM page to link to", async () => {
    const wrapper = createCrmPageWrapper({ crmOrigin, window: new FakeWindow(softphoneOrigin, []) });
    await wrapper.load(() => {});
    await sleep(0);
    expect(() => wrapper.callRejected({ partnerId, conversationId, reason: "active" })).toThrow(
      expect.objectContaining({ code: "crm_link_no_parent" }),
    );
  });
});
