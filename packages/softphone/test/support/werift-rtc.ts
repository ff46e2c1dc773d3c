/**
 * WebRTC in Node for the integration tests: werift's standard-shaped RTCPeerConnection (its polyfill
 * entry, PCMU like the sandbox) and microphones that send a PCMU tone, or silence while `enabled` is false,
 * as a browser's muted track does. Each peer connection counts the RTP packets it receives.
 */
import { MediaStream, MediaStreamTrack, RtpHeader, RtpPacket, usePCMU } from "werift";
import { createPolyfillRTCPeerConnection } from "werift/polyfill";
import type { SoftphoneRtc } from "../../src/options";

/** G.711 µ-law of one sample in [-1, 1]. */
function muLaw(sample: number): number {
  let value = Math.round(Math.max(-1, Math.min(1, sample)) * 32635);
  const sign = value < 0 ? 0x80 : 0;
  if (value < 0) value = -value;
  value += 0x84;
  let exponent = 7;
  for (let mask = 0x4000; (value & mask) === 0 && exponent > 0; exponent -= 1, mask >>= 1);
  const mantissa = (value >> (exponent + 3)) & 0x0f;
  return ~(sign | (exponent << 4) | mantissa) & 0xff;
}

/** One 20 ms PCMU frame (160 samples at 8 kHz) of a tone. */
function toneFrame(frequency: number, frame: number): Buffer {
  const out = Buffer.alloc(160);
  for (let i = 0; i < 160; i += 1)
    out[i] = muLaw(0.3 * Math.sin((2 * Math.PI * frequency * (frame * 160 + i)) / 8000));
  return out;
}

export interface NodeRtc {
  rtc: SoftphoneRtc;
  /** RTP packets received per peer connection, in creation order. */
  received: number[];
  peers: RTCPeerConnection[];
  /** Microphones opened: device id and the packets each sent. */
  microphones: { deviceId: string | undefined; sent: number; track: MediaStreamTrack }[];
  close(): void;
}

export function createNodeRtc(): NodeRtc {
  const Base = createPolyfillRTCPeerConnection({
    codecs: { audio: [usePCMU()], video: [] },
    iceAdditionalHostAddresses: ["127.0.0.1"],
    iceUseIpv6: false,
  });
  const received: number[] = [];
  const peers: RTCPeerConnection[] = [];
  const timers: NodeJS.Timeout[] = [];
  const microphones: NodeRtc["microphones"] = [];
  class CountingPeerConnection extends Base {
    constructor(config?: object) {
      super(config as never);
      const index = received.push(0) - 1;
      peers.push(this as unknown as RTCPeerConnection);
      // Subscribe before any await: werift fires onTrack while the offer is applied.
      this.onTrack.subscribe((track) => {
        track.onReceiveRtp.subscribe(() => {
          received[index] = (received[index] ?? 0) + 1;
        });
      });
    }
  }
  const mediaDevices = {
    async getUserMedia(constraints: MediaStreamConstraints) {
      const audio = constraints.audio;
      const deviceId =
        typeof audio === "object" ? (audio.deviceId as { exact?: string } | undefined)?.exact : undefined;
      const track = new MediaStreamTrack({ kind: "audio" });
      const microphone = { deviceId, sent: 0, track };
      microphones.push(microphone);
      const frequency = 300 + microphones.length * 100;
      const silence = Buffer.alloc(160, 0xff);
      let sequence = Math.floor(Math.random() * 1000);
      let frame = 0;
      const timer = setInterval(() => {
        if (track.stopped) return clearInterval(timer);
        frame += 1;
        sequence = (sequence + 1) & 0xffff;
        const payload = track.enabled ? toneFrame(frequency, frame) : silence;
        track.writeRtp(
          new RtpPacket(
            new RtpHeader({ payloadType: 0, sequenceNumber: sequence, timestamp: frame * 160 }),
            payload,
          ),
        );
        microphone.sent += 1;
      }, 20);
      timers.push(timer);
      return new MediaStream([track]);
    },
  };
  return {
    rtc: {
      RTCPeerConnection: CountingPeerConnection as unknown as SoftphoneRtc["RTCPeerConnection"],
      mediaDevices: mediaDevices as unknown as SoftphoneRtc["mediaDevices"],
    } as SoftphoneRtc,
    received,
    peers,
    microphones,
    close() {
      for (const timer of timers) clearInterval(timer);
      for (const peer of peers) Promise.resolve(peer.close() as unknown).catch(() => {});
    },
  };
}
