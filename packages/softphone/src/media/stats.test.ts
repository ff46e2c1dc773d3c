import { describe, expect, it } from "vitest";
import { summarizeStats } from "./stats";

describe("summarizeStats", () => {
  it("reads a Chromium-shaped report: audio only, RTCP round trip preferred over the candidate pair", () => {
    const report = new Map<string, Record<string, unknown>>([
      ["o", { type: "outbound-rtp", kind: "audio", packetsSent: 500, bytesSent: 80_000 }],
      [
        "i",
        {
          type: "inbound-rtp",
          kind: "audio",
          packetsReceived: 480,
          bytesReceived: 76_800,
          packetsLost: 20,
          jitter: 0.002,
          audioLevel: 0.21,
        },
      ],
      ["v", { type: "inbound-rtp", kind: "video", packetsReceived: 9999 }],
      ["r", { type: "remote-inbound-rtp", kind: "audio", roundTripTime: 0.031 }],
      ["p", { type: "candidate-pair", state: "succeeded", nominated: true, currentRoundTripTime: 0.05 }],
      ["m", { type: "media-source", kind: "audio", audioLevel: 0.4 }],
    ]) as unknown as RTCStatsReport;
    expect(summarizeStats(report, 1)).toEqual({
      packetsSent: 500,
      packetsReceived: 480,
      bytesSent: 80_000,
      bytesReceived: 76_800,
      packetsLost: 20,
      lossRatio: 0.04,
      jitterMs: 2,
      roundTripTimeMs: 31,
      audioLevel: 0.21,
      localAudioLevel: 0.4,
      timestamp: 1,
    });
  });

  it("falls back to the candidate pair's round trip; no report is all zeros", () => {
    const report = new Map([
      ["p", { type: "candidate-pair", state: "succeeded", selected: true, currentRoundTripTime: 0.01 }],
    ]);
    expect(summarizeStats(report as unknown as RTCStatsReport, 2).roundTripTimeMs).toBe(10);
    expect(summarizeStats(undefined, 3)).toMatchObject({ packetsSent: 0, lossRatio: 0, jitterMs: undefined });
  });
});
