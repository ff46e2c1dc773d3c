/**
 * Fake WebRTC for unit tests where there is none (Node, jsdom): pass `rtc` as the softphone's `rtc` option.
 * Peer connections answer any offer, trickle one candidate, and let the test drive `connectionState`;
 * microphones are fake streams that record `enabled`, `stop()` and which device they came from.
 */
import type { SoftphoneRtc } from "../options";

export class FakeMediaStreamTrack {
  readonly kind = "audio";
  readonly id: string;
  enabled = true;
  readyState: "live" | "ended" = "live";
  /** The device it was opened from (`undefined`: the default one). */
  readonly deviceId: string | undefined;

  constructor(id: string, deviceId: string | undefined) {
    this.id = id;
    this.deviceId = deviceId;
  }

  stop(): void {
    this.readyState = "ended";
  }
}

export class FakeMediaStream {
  readonly id: string;
  readonly #tracks: FakeMediaStreamTrack[];

  constructor(id: string, tracks: FakeMediaStreamTrack[]) {
    this.id = id;
    this.#tracks = tracks;
  }

  getTracks(): FakeMediaStreamTrack[] {
    return [...this.#tracks];
  }

  getAudioTracks(): FakeMediaStreamTrack[] {
    return this.getTracks();
  }
}

export class FakeRtpSender {
  track: FakeMediaStreamTrack | null = null;
  /** Every track given to `replaceTrack`, in order. */
  readonly replaced: (FakeMediaStreamTrack | null)[] = [];

  async replaceTrack(track: FakeMediaStreamTrack | null): Promise<void> {
    this.track = track;
    this.replaced.push(track);
  }

  setStreams(): void {}
}

export interface FakeRtcStats {
  packetsSent?: number;
  packetsReceived?: number;
  packetsLost?: number;
  jitter?: number;
  roundTripTime?: number;
  audioLevel?: number;
}

export class FakePeerConnection {
  readonly configuration: RTCConfiguration | undefined;
  connectionState: RTCPeerConnectionState = "new";
  remoteDescription: RTCSessionDescriptionInit | null = null;
  localDescription: RTCSessionDescriptionInit | null = null;
  onicecandidate: ((event: { candidate: RTCIceCandidateInit | null }) => void) | null = null;
  ontrack: ((event: { track: FakeMediaStreamTrack; streams: FakeMediaStream[] }) => void) | null = null;
  onconnectionstatechange: (() => void) | null = null;
  /** Every offer applied with setRemoteDescription (a second one is a re-offer). */
  readonly offers: string[] = [];
  readonly answers: string[] = [];
  readonly remoteCandidates: RTCIceCandidateInit[] = [];
  restartIceCalls = 0;
  stats: FakeRtcStats = {};
  readonly #sender = new FakeRtpSender();
  readonly #transceivers: {
    direction: RTCRtpTransceiverDirection;
    currentDirection: RTCRtpTransceiverDirection | null;
    receiver: { track: FakeMediaStreamTrack };
    sender: FakeRtpSender;
  }[] = [];

  constructor(configuration?: RTCConfiguration) {
    this.configuration = configuration;
  }

  get sender(): FakeRtpSender {
    return this.#sender;
  }

  async setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void> {
    this.remoteDescription = description;
    this.offers.push(description.sdp ?? "");
    if (this.#transceivers.length === 0) {
      const remote = new FakeMediaStreamTrack(`remote-${this.offers.length}`, undefined);
      this.#transceivers.push({
        direction: "recvonly",
        currentDirection: null,
        receiver: { track: remote },
        sender: this.#sender,
      });
      this.ontrack?.({ track: remote, streams: [new FakeMediaStream("remote", [remote])] });
    }
  }

  async createAnswer(): Promise<RTCSessionDescriptionInit> {
    return { type: "answer", sdp: `v=0\r\na=fake-answer:${this.offers.length}\r\n` };
  }

  async setLocalDescription(description: RTCSessionDescriptionInit): Promise<void> {
    this.localDescription = description;
    this.answers.push(description.sdp ?? "");
    setTimeout(() => {
      this.onicecandidate?.({
        candidate: {
          candidate: "candidate:1 1 udp 1 127.0.0.1 50000 typ host",
          sdpMid: "0",
          sdpMLineIndex: 0,
        },
      });
      this.onicecandidate?.({ candidate: null });
    }, 0);
  }

  async addIceCandidate(candidate: RTCIceCandidateInit): Promise<void> {
    if (!this.remoteDescription) throw new Error("fake peer connection: candidate before the offer");
    this.remoteCandidates.push(candidate);
  }

  getTransceivers() {
    return this.#transceivers;
  }

  addTrack(track: FakeMediaStreamTrack): FakeRtpSender {
    this.#sender.track = track;
    return this.#sender;
  }

  restartIce(): void {
    this.restartIceCalls += 1;
  }

  /** For tests: moves the connection to a state and fires `connectionstatechange`. */
  setConnectionState(state: RTCPeerConnectionState): void {
    this.connectionState = state;
    this.onconnectionstatechange?.();
  }

  async getStats(): Promise<Map<string, Record<string, unknown>>> {
    const s = this.stats;
    return new Map<string, Record<string, unknown>>([
      ["out", { type: "outbound-rtp", kind: "audio", packetsSent: s.packetsSent ?? 0, bytesSent: 0 }],
      [
        "in",
        {
          type: "inbound-rtp",
          kind: "audio",
          packetsReceived: s.packetsReceived ?? 0,
          packetsLost: s.packetsLost ?? 0,
          jitter: s.jitter ?? 0,
          audioLevel: s.audioLevel ?? 0,
        },
      ],
      ["rtt", { type: "remote-inbound-rtp", kind: "audio", roundTripTime: s.roundTripTime ?? 0 }],
    ]);
  }

  close(): void {
    this.connectionState = "closed";
  }
}

export interface FakeRtc {
  /** Pass as the softphone's `rtc` option. */
  readonly rtc: SoftphoneRtc;
  /** Every peer connection created, in order. */
  readonly peers: FakePeerConnection[];
  /** Every microphone stream opened, in order. */
  readonly microphones: FakeMediaStream[];
  /** The constraints of each getUserMedia call. */
  readonly getUserMediaCalls: MediaStreamConstraints[];
  /** The next getUserMedia rejects with this error (a DOMException-like `{ name }` by default). */
  failNextMicrophone(error?: unknown): void;
}

export function createFakeRtc(): FakeRtc {
  const peers: FakePeerConnection[] = [];
  const microphones: FakeMediaStream[] = [];
  const getUserMediaCalls: MediaStreamConstraints[] = [];
  let failure: { error: unknown } | undefined;
  class TrackedPeerConnection extends FakePeerConnection {
    constructor(configuration?: RTCConfiguration) {
      super(configuration);
      peers.push(this);
    }
  }
  const mediaDevices = {
    async getUserMedia(constraints: MediaStreamConstraints) {
      getUserMediaCalls.push(constraints);
      if (failure) {
        const { error } = failure;
        failure = undefined;
        throw error;
      }
      const audio = constraints.audio;
      const exact =
        typeof audio === "object" ? (audio.deviceId as { exact?: string } | undefined)?.exact : undefined;
      const n = microphones.length + 1;
      const stream = new FakeMediaStream(`mic-${n}`, [new FakeMediaStreamTrack(`mic-track-${n}`, exact)]);
      microphones.push(stream);
      return stream;
    },
  };
  return {
    rtc: {
      RTCPeerConnection: TrackedPeerConnection as unknown as SoftphoneRtc["RTCPeerConnection"],
      mediaDevices: mediaDevices as unknown as SoftphoneRtc["mediaDevices"],
    } as SoftphoneRtc,
    peers,
    microphones,
    getUserMediaCalls,
    failNextMicrophone(error = { name: "NotAllowedError" }) {
      failure = { error };
    },
  };
}
