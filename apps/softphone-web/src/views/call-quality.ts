/** The active line's audio as the browser measures it (`softphone.getStats`), refreshed every second. */
import { h, show } from "../dom";
import type { Phone } from "../phone";

const level = (value: number | undefined) => (value === undefined ? "–" : value.toFixed(2));
const ms = (value: number | undefined) => (value === undefined ? "–" : `${Math.round(value)} ms`);

export function renderCallQuality(container: HTMLElement, phone: Phone): void {
  const stats = phone.stats?.value;
  if (!stats) {
    show(container, h("p", { class: "hint" }, "No call."));
    return;
  }
  const rows: Array<[string, string]> = [
    ["Packets sent", String(stats.packetsSent)],
    ["Packets received", String(stats.packetsReceived)],
    ["Packets lost", `${stats.packetsLost} (${(stats.lossRatio * 100).toFixed(1)} %)`],
    ["Caller level", level(stats.audioLevel)],
    ["Microphone level", level(stats.localAudioLevel)],
    ["Jitter", ms(stats.jitterMs)],
    ["Round trip", ms(stats.roundTripTimeMs)],
  ];
  show(container, h("dl", {}, ...rows.flatMap(([name, value]) => [h("dt", {}, name), h("dd", {}, value)])));
}
