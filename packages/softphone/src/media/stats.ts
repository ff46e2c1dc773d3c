/** Summarises an RTCStatsReport into the numbers a softphone UI or a test looks at. */
import type { SessionStats } from "../types";

type Stat = Record<string, number | string | boolean | undefined>;

export function summarizeStats(report: RTCStatsReport | undefined, now: number): SessionStats {
  const sum = { packetsSent: 0, packetsReceived: 0, bytesSent: 0, bytesReceived: 0, packetsLost: 0 };
  const seen: Stat = {};
  report?.forEach((stat: Stat) => {
    const kind = stat.type;
    if ((stat.kind ?? stat.mediaType ?? "audio") !== "audio") return;
    if (kind === "outbound-rtp" || kind === "inbound-rtp") {
      for (const key of Object.keys(sum) as (keyof typeof sum)[])
        sum[key] += Math.max(0, Number(stat[key] ?? 0));
    }
    if (kind === "inbound-rtp") Object.assign(seen, { jitter: stat.jitter, audioLevel: stat.audioLevel });
    if (kind === "remote-inbound-rtp") seen.rtcpRtt = stat.roundTripTime;
    if (kind === "media-source") seen.localAudioLevel = stat.audioLevel;
    if (kind === "candidate-pair" && stat.state === "succeeded" && (stat.nominated || stat.selected)) {
      seen.pairRtt = stat.currentRoundTripTime;
    }
  });
  const ms = (value: unknown) => (typeof value === "number" ? value * 1000 : undefined);
  const level = (value: unknown) => (typeof value === "number" ? value : undefined);
  const total = sum.packetsReceived + sum.packetsLost;
  return {
    ...sum,
    lossRatio: total ? sum.packetsLost / total : 0,
    jitterMs: ms(seen.jitter),
    roundTripTimeMs: ms(seen.rtcpRtt ?? seen.pairRtt),
    audioLevel: level(seen.audioLevel),
    localAudioLevel: level(seen.localAudioLevel),
    timestamp: now,
  };
}
