import { afterEach, describe, expect, it } from "vitest";
import { connect, type Harness } from "../../test/support/harness";
import type { FakeCall } from "../testing/fake-conversations";
import type { FakeMediaStream } from "../testing/fake-rtc";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.softphone.destroy();
  harness = undefined;
});

async function talking(h: Harness, call: FakeCall, mediaStream?: FakeMediaStream): Promise<string> {
  h.signaling.conversationEvent(call.conversation);
  const sessionId = h.signaling.propose(call);
  await h.softphone.acceptPendingSession({ conversationId: call.id });
  h.signaling.initiate(sessionId, call.id);
  await h.softphone.acceptSession({
    conversationId: call.id,
    ...(mediaStream ? { mediaStream: mediaStream as unknown as MediaStream } : {}),
  });
  h.signaling.conversationEvent(call.agent({ state: "connected" }));
  return sessionId;
}

describe("microphone", () => {
  it("uses defaultAudioDeviceId, and switches devices mid-call with replaceTrack only (no renegotiation)", async () => {
    harness = await connect({ defaultAudioDeviceId: "mic-a" });
    const { softphone, signaling, rtc } = harness;
    const call = signaling.call();
    await talking(harness, call);
    expect(rtc.getUserMediaCalls[0]).toEqual({ audio: { deviceId: { exact: "mic-a" } }, video: false });
    await softphone.setAudioMute({ conversationId: call.id, mute: true });

    await softphone.updateDefaultDevices({ audioDeviceId: "mic-b" });
    const peer = rtc.peers[0]!;
    const [oldStream, newStream] = rtc.microphones;
    expect(peer.sender.replaced.map((t) => t?.deviceId)).toEqual(["mic-a", "mic-b"]);
    expect(peer.sender.track).toBe(newStream?.getAudioTracks()[0]);
    expect(oldStream?.getAudioTracks()[0]?.readyState).toBe("ended");
    expect(newStream?.getAudioTracks()[0]?.enabled).toBe(false); // still muted
    expect(peer.offers).toHaveLength(1);
    expect(peer.answers).toHaveLength(1);
    expect(signaling.sentOf("accept")).toHaveLength(1);
    expect(softphone.getSession(call.id)?.mediaStream).toBe(newStream as unknown as MediaStream);

    // The next call opens the new default.
    const next = signaling.call();
    await talking(harness, next);
    expect(rtc.getUserMediaCalls.at(-1)).toEqual({ audio: { deviceId: { exact: "mic-b" } }, video: false });
  });

  it("does not stop a stream the app gave", async () => {
    harness = await connect();
    const { softphone, signaling, rtc } = harness;
    const own = (await rtc.rtc.mediaDevices?.getUserMedia({ audio: true })) as unknown as FakeMediaStream;
    const call = signaling.call();
    const sessionId = await talking(harness, call, own);
    signaling.push({ type: "terminate", sessionId, reason: "callEnded" });
    expect(own.getAudioTracks()[0]?.readyState).toBe("live");
    expect(softphone.getSessions()).toEqual([]);
  });

  it("a refused microphone rejects acceptSession with a MediaError; the session can be accepted again", async () => {
    harness = await connect();
    const { softphone, signaling, rtc } = harness;
    const call = signaling.call();
    signaling.conversationEvent(call.conversation);
    const sessionId = signaling.propose(call);
    await softphone.acceptPendingSession({ conversationId: call.id });
    signaling.initiate(sessionId, call.id);
    rtc.failNextMicrophone();
    await expect(softphone.acceptSession({ conversationId: call.id })).rejects.toMatchObject({
      name: "MediaError",
      code: "microphone",
    });
    expect(softphone.getSession(call.id)?.state).toBe("starting");
    await softphone.acceptSession({ conversationId: call.id });
    expect(softphone.getSession(call.id)?.state).toBe("active");
  });
});

describe("mute, hold, digits, stats", () => {
  it("mute silences the track and mutes the agent through call control; a stale event does not unmute", async () => {
    harness = await connect();
    const { softphone, signaling, rtc } = harness;
    const call = signaling.call();
    await talking(harness, call);
    const session = softphone.getSession(call.id)!;
    const muted: boolean[] = [];
    session.on("muted", (value) => muted.push(value));
    await softphone.setAudioMute({ conversationId: call.id, mute: true });
    expect(rtc.microphones[0]?.getAudioTracks()[0]?.enabled).toBe(false);
    expect(harness.updates.at(-1)).toEqual({
      conversationId: call.id,
      participantId: call.agentParticipantId,
      body: { muted: true },
    });
    signaling.conversationEvent(call.customer({})); // an event from before the mute landed
    expect(session.muted).toBe(true);
    expect(rtc.microphones[0]?.getAudioTracks()[0]?.enabled).toBe(false);
    signaling.conversationEvent(call.agent({ muted: true }));
    await softphone.setAudioMute({ conversationId: call.id, mute: false });
    signaling.conversationEvent(call.agent({ muted: false }));
    expect(muted).toEqual([true, false]);
    expect(rtc.microphones[0]?.getAudioTracks()[0]?.enabled).toBe(true);
  });

  it("hold goes to the other parties through call control; the held event comes from the platform", async () => {
    harness = await connect();
    const { softphone, signaling } = harness;
    const call = signaling.call();
    await talking(harness, call);
    await softphone.setConversationHeld({ conversationId: call.id, held: true });
    expect(harness.updates.at(-1)).toEqual({
      conversationId: call.id,
      participantId: call.customerParticipantId,
      body: { held: true },
    });
    expect(softphone.getSession(call.id)?.held).toBe(false);
    signaling.conversationEvent(call.customer({ held: true }));
    expect(softphone.getSession(call.id)?.held).toBe(true);
    expect(harness.of("conversationUpdate").at(-1)?.activeConversationId).toBeUndefined();
    await expect(softphone.setConversationHeld({ conversationId: "nope", held: true })).rejects.toMatchObject(
      {
        code: "unknown_conversation",
      },
    );
  });

  it("sends DTMF digits for the conversation, and refuses anything that is not a digit", async () => {
    harness = await connect();
    const { softphone, signaling } = harness;
    const call = signaling.call();
    const sessionId = await talking(harness, call);
    await softphone.sendDigits({ conversationId: call.id, digits: "12*#A" });
    expect(await signaling.next("sendDigits")).toEqual({
      type: "sendDigits",
      sessionId,
      conversationId: call.id,
      digits: "12*#A",
    });
    await expect(softphone.sendDigits({ conversationId: call.id, digits: "1; drop" })).rejects.toMatchObject({
      code: "invalid_argument",
    });
  });

  it("summarises getStats: packets, loss, jitter, round trip, audio level", async () => {
    harness = await connect();
    const { softphone, signaling, rtc } = harness;
    const call = signaling.call();
    await talking(harness, call);
    rtc.peers[0]!.stats = {
      packetsSent: 100,
      packetsReceived: 90,
      packetsLost: 10,
      jitter: 0.004,
      roundTripTime: 0.02,
      audioLevel: 0.2,
    };
    expect(await softphone.getStats({ conversationId: call.id })).toMatchObject({
      packetsSent: 100,
      packetsReceived: 90,
      packetsLost: 10,
      lossRatio: 0.1,
      jitterMs: 4,
      roundTripTimeMs: 20,
      audioLevel: 0.2,
    });
  });

  it("updateOutputDevice needs setSinkId: a clear MediaError where there is none", async () => {
    harness = await connect();
    const { softphone, signaling } = harness;
    const call = signaling.call();
    const element = { srcObject: null, play: async () => {} } as unknown as HTMLAudioElement;
    signaling.conversationEvent(call.conversation);
    const sessionId = signaling.propose(call);
    await softphone.acceptPendingSession({ conversationId: call.id });
    signaling.initiate(sessionId, call.id);
    await softphone.acceptSession({ conversationId: call.id, audioElement: element });
    await expect(softphone.updateOutputDevice("speaker-2")).rejects.toMatchObject({
      name: "MediaError",
      code: "output_device_unsupported",
    });
    const sinks: string[] = [];
    (element as unknown as { setSinkId: (id: string) => Promise<void> }).setSinkId = async (id) => {
      sinks.push(id);
    };
    await softphone.updateOutputDevice("speaker-2", [call.id]);
    await softphone.updateDefaultDevices({ outputDeviceId: "speaker-3" });
    expect(sinks).toEqual(["speaker-2", "speaker-3"]);
    expect(element.srcObject).not.toBeNull(); // the caller plays in the app's element
  });
});
