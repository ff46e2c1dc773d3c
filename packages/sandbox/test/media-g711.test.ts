import type { Conversation, Participant } from "@ccaas/types";
import { describe, expect, it } from "vitest";
import { ConversationLeg } from "../src/media/conversation-leg";
import { decodeMuLaw, encodeMuLaw, meanSquareMuLaw, toneFrames } from "../src/media/g711";

describe("G.711 µ-law", () => {
  it("round-trips samples within the codec's step size", () => {
    for (const sample of [0, 1, -1, 100, -100, 1000, -1000, 12345, -12345, 32000, -32000]) {
      const decoded = decodeMuLaw(encodeMuLaw(sample));
      expect(Math.abs(decoded - sample)).toBeLessThanOrEqual(Math.max(8, Math.abs(sample) / 16));
    }
    expect(encodeMuLaw(0)).toBe(0xff);
  });

  it("encodes a tone whose RMS is its amplitude over root two, and silence at zero", () => {
    const frames = toneFrames(440, 0.3);
    expect(frames).toHaveLength(50);
    expect(frames.every((frame) => frame.length === 160)).toBe(true);
    const level = Math.sqrt(frames.reduce((sum, frame) => sum + meanSquareMuLaw(frame), 0) / frames.length);
    expect(level).toBeCloseTo(0.3 / Math.SQRT2, 2);
    expect(meanSquareMuLaw(Buffer.alloc(160, 0xff))).toBe(0);
  });
});

function conversation(
  customer: Partial<Participant>,
  agent: Partial<Participant>,
  ended = false,
): Conversation {
  const base = { muted: false, held: false, state: "connected" as const };
  return {
    id: "5a974dd7-475a-41c0-a027-bfdf09627b13",
    direction: "inbound",
    startTime: new Date().toISOString(),
    selfUri: "/x",
    ...(ended ? { endTime: new Date().toISOString() } : {}),
    participants: [
      { id: "c", purpose: "customer", ...base, ...customer },
      { id: "a", purpose: "agent", ...base, ...agent },
    ],
  };
}

describe("a conversation's media leg", () => {
  it("talks only while both sides are connected and nobody is held; mute stops one direction", () => {
    const leg = new ConversationLeg("5a974dd7-475a-41c0-a027-bfdf09627b13");
    let activations = 0;
    const next = () => ++activations;
    leg.update(conversation({}, { state: "alerting" }), next);
    expect(leg.talking).toBe(false);
    expect(leg.update(conversation({}, {}), next)).toBe(true);
    expect([leg.sendsTone, leg.hearsAgent]).toEqual([true, true]);
    leg.update(conversation({ held: true, state: "held" }, {}), next);
    expect([leg.sendsTone, leg.hearsAgent]).toEqual([false, false]);
    leg.update(conversation({}, { muted: true, state: "muted" }), next);
    expect([leg.sendsTone, leg.hearsAgent]).toEqual([true, false]);
    expect(leg.activatedAt).toBe(2);
    leg.update(conversation({}, {}, true), next);
    expect([leg.talking, leg.ended]).toEqual([false, true]);
  });

  it("reports the level of the last second and zero once packets stop", () => {
    const leg = new ConversationLeg("5a974dd7-475a-41c0-a027-bfdf09627b13");
    const tone = toneFrames(440, 0.5);
    for (const [index, frame] of tone.entries()) leg.recordReceived(0, frame, index * 20);
    expect(leg.audioLevel(1000)).toBeCloseTo(0.5 / Math.SQRT2, 2);
    expect(leg.audioLevel(1600)).toBe(0);
    for (let index = 0; index < 50; index += 1)
      leg.recordReceived(0, Buffer.alloc(160, 0xff), 2000 + index * 20);
    expect(leg.audioLevel(3000)).toBe(0);
    const stats = leg.stats(true, 3000);
    expect(stats.fromAgent).toMatchObject({ packets: 100, bytes: 16000, audiblePackets: 50 });
  });
});
