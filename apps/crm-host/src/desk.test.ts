import { describe, expect, it } from "vitest";
import { CrmDesk, formatDuration } from "./desk";

const partnerId = "215fd887-39be-4935-981f-2670d6afeaa7";
const conversationId = "5a974dd7-475a-41c0-a027-bfdf09627b13";

describe("the CRM desk", () => {
  it("pops a known caller, then logs the call with its duration, disposition and notes", () => {
    const desk = new CrmDesk();
    desk.incomingCall({ partnerId, conversationId, callerANI: "+15555550100", language: "en_US" });
    expect(desk.screenPop).toMatchObject({ state: "Incoming call", contact: { name: "Ada Lovelace" } });
    desk.callAccepted({ partnerId, conversationId, callerANI: "+15555550100", recordingStatus: "OFF" });
    desk.callEnded({ partnerId, conversationId, duration: 276.4, callType: "inbound" });
    desk.callNotesSubmitted({
      partnerId,
      conversationId,
      disposition: "Refund issued",
      notes: "Card refunded",
    });
    expect(desk.activity).toEqual([
      expect.objectContaining({
        direction: "inbound",
        number: "+15555550100",
        state: "Ended",
        duration: 276.4,
        disposition: "Refund issued",
        notes: "Card refunded",
      }),
    ]);
    expect(desk.screenPop?.state).toBe("Call ended");
  });

  it("pops an unknown caller by number, and marks a passive rejection as missed", () => {
    const desk = new CrmDesk();
    desk.incomingCall({ partnerId, conversationId, callerANI: "+15555550199" });
    expect(desk.screenPop?.contact).toBeUndefined();
    desk.callRejected({ partnerId, conversationId, reason: "passive" });
    expect(desk.activity[0]?.state).toBe("Missed");
    expect(desk.screenPop?.state).toBe("Missed call");
  });

  it("logs outbound calls newest first and follows the softphone's status", () => {
    const desk = new CrmDesk();
    desk.outboundCallInitiated({ partnerId, conversationId, dialledTo: "+15555550123" });
    desk.outboundCallInitiated({
      partnerId,
      conversationId: "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
      dialledTo: "+15555550142",
    });
    expect(desk.activity.map((entry) => entry.contact?.name)).toEqual(["Grace Hopper", "Alan Turing"]);
    desk.statusChanged({ softphoneId: "b3e8d5a0-1c2f-4b6e-8a97-5d4c3b2a1f00" });
    expect(desk.softphoneStatus).toBe("Away");
    desk.statusChanged({ softphoneId: "d6afeaa7-39be-4935-981f-2670215fd887" });
    expect(desk.softphoneStatus).toBe("Unknown status d6afeaa7-39be-4935-981f-2670215fd887");
  });

  it("formats durations in seconds and minutes", () => {
    expect(formatDuration(7.4)).toBe("7 s");
    expect(formatDuration(276.4)).toBe("4 min 36 s");
  });
});
