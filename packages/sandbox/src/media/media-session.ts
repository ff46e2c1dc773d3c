import {
  type RTCIceCandidate,
  RTCPeerConnection,
  type RTCRtpTransceiver,
  RtpHeader,
  RtpPacket,
  usePCMU,
} from "werift";
import type { ConversationLeg } from "./conversation-leg";
import { FRAME_MS, FRAME_SAMPLES, PCMU_PAYLOAD_TYPE } from "./g711";
import { PathBreaker } from "./path-breaker";

export interface LocalCandidate {
  candidate: string;
  sdpMid: string | null;
  sdpMLineIndex: number | null;
}

export interface MediaSessionOptions {
  id: string;
  /** Host the sandbox listens on: a loopback host gathers loopback candidates only. */
  host: string;
  /** The peer connection failed or closed without `close()` (the browser went away). */
  onLost(session: MediaSession): void;
}

/** A sender up to this many frames late (a busy event loop) catches up in a burst, as RTP senders do; later, it skips. */
const MAX_CATCH_UP_FRAMES = 10;

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host.startsWith("127.");
}

/**
 * One WebRTC session as the platform's side of it (the customer's phone, in effect): a werift peer connection
 * with one sendrecv audio m-line, PCMU only. It plays the tone of whichever attached conversation is active and
 * credits the agent's audio to that conversation alone, so with line appearance 1 a held call hears nothing.
 */
export class MediaSession {
  readonly id: string;
  readonly #pc: RTCPeerConnection;
  readonly #transceiver: RTCRtpTransceiver;
  readonly #legs = new Map<string, ConversationLeg>();
  readonly #candidateListeners = new Set<(candidate: LocalCandidate) => void>();
  #closed = false;
  #connected = false;
  #breaker: PathBreaker | undefined;
  #sequence = Math.floor(Math.random() * 0xffff);
  #timestamp = Math.floor(Math.random() * 0xffffffff);
  #nextSendAt = 0;
  #frame = 0;
  #marker = true;

  constructor(options: MediaSessionOptions) {
    this.id = options.id;
    const loopback = isLoopback(options.host);
    this.#pc = new RTCPeerConnection({
      codecs: { audio: [usePCMU()], video: [] },
      iceAdditionalHostAddresses: ["127.0.0.1"],
      ...(loopback ? { iceInterfaceAddresses: { udp4: "127.0.0.1" } } : {}),
      iceUseIpv6: false,
    });
    this.#transceiver = this.#pc.addTransceiver("audio", { direction: "sendrecv" });
    // Subscribe before any await: werift fires onTrack while the answer is applied.
    this.#pc.onTrack.subscribe((track) => {
      track.onReceiveRtp.subscribe((rtp) => this.#receive(rtp));
    });
    this.#pc.onIceCandidate.subscribe((candidate) => this.#localCandidate(candidate));
    this.#pc.connectionStateChange.subscribe((state) => {
      this.#connected = state === "connected";
      if ((state === "failed" || state === "closed") && !this.#closed) options.onLost(this);
    });
  }

  get connected(): boolean {
    return this.#connected && !this.#closed;
  }

  get closed(): boolean {
    return this.#closed;
  }

  get conversationIds(): string[] {
    return [...this.#legs.keys()];
  }

  /**
   * The server's SDP offer (werift gathers its host candidates before resolving, so they are in it).
   * `iceRestart`: a re-offer on the established connection with new ICE credentials.
   */
  async createOffer(options: { iceRestart?: boolean } = {}): Promise<string> {
    await this.#pc.setLocalDescription(await this.#pc.createOffer(options));
    const sdp = this.#pc.localDescription?.sdp;
    if (!sdp) throw new Error("werift produced no local description");
    return sdp;
  }

  async applyAnswer(sdp: string): Promise<void> {
    await this.#pc.setRemoteDescription({ type: "answer", sdp });
  }

  async addRemoteCandidate(candidate: LocalCandidate): Promise<void> {
    if (candidate.candidate === "") return;
    await this.#pc.addIceCandidate({
      candidate: candidate.candidate,
      ...(candidate.sdpMid !== null ? { sdpMid: candidate.sdpMid } : {}),
      ...(candidate.sdpMLineIndex !== null ? { sdpMLineIndex: candidate.sdpMLineIndex } : {}),
    });
  }

  /** Candidates werift finds after the offer (trickle); returns an unsubscribe function. */
  onLocalCandidate(listener: (candidate: LocalCandidate) => void): () => void {
    this.#candidateListeners.add(listener);
    return () => this.#candidateListeners.delete(listener);
  }

  /** Kills the network path the media uses now (see PathBreaker); only an ICE restart recovers. */
  breakPath(): number {
    this.#breaker ??= new PathBreaker(this.#pc);
    return this.#breaker.break();
  }

  attach(leg: ConversationLeg): void {
    this.#legs.set(leg.conversationId, leg);
    leg.sessionId = this.id;
  }

  detach(conversationId: string): void {
    this.#legs.delete(conversationId);
  }

  /** The conversation the agent hears and speaks to: the most recently activated talking one. */
  activeLeg(): ConversationLeg | undefined {
    let active: ConversationLeg | undefined;
    for (const leg of this.#legs.values()) {
      if (leg.talking && (!active || leg.activatedAt > active.activatedAt)) active = leg;
    }
    return active;
  }

  /** Called every few milliseconds by the endpoint's clock: sends the tone frames that are due. */
  tick(now: number, frames: readonly Buffer[]): void {
    const leg = this.connected ? this.activeLeg() : undefined;
    if (!leg?.sendsTone) {
      this.#marker = true;
      return;
    }
    if (this.#marker || now - this.#nextSendAt > MAX_CATCH_UP_FRAMES * FRAME_MS) {
      // (Re)start after silence: the RTP clock jumps by the wall-clock gap, the marker bit tells the receiver.
      const gapFrames =
        this.#nextSendAt === 0 ? 0 : Math.max(0, Math.round((now - this.#nextSendAt) / FRAME_MS));
      this.#timestamp = (this.#timestamp + gapFrames * FRAME_SAMPLES) >>> 0;
      this.#nextSendAt = now;
    }
    while (this.#nextSendAt <= now) {
      const payload = frames[this.#frame % frames.length] ?? Buffer.alloc(FRAME_SAMPLES, 0xff);
      this.#frame += 1;
      this.#sequence = (this.#sequence + 1) & 0xffff;
      this.#timestamp = (this.#timestamp + FRAME_SAMPLES) >>> 0;
      const header = new RtpHeader({
        payloadType: PCMU_PAYLOAD_TYPE,
        sequenceNumber: this.#sequence,
        timestamp: this.#timestamp,
        marker: this.#marker,
      });
      this.#marker = false;
      this.#transceiver.sender.sendRtp(new RtpPacket(header, payload)).catch(() => {});
      leg.recordSent(payload.length);
      this.#nextSendAt += FRAME_MS;
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#candidateListeners.clear();
    this.#legs.clear();
    await this.#pc.close().catch(() => {});
  }

  #receive(rtp: RtpPacket): void {
    const leg = this.activeLeg();
    // A held or muted leg carries nothing to the customer: the packets are dropped, not counted.
    if (!leg?.hearsAgent) return;
    leg.recordReceived(rtp.header.payloadType, rtp.payload, performance.now());
  }

  #localCandidate(candidate: RTCIceCandidate | undefined): void {
    if (!candidate || this.#closed) return;
    const init = {
      candidate: candidate.candidate,
      sdpMid: candidate.sdpMid ?? null,
      sdpMLineIndex: candidate.sdpMLineIndex ?? null,
    };
    for (const listener of this.#candidateListeners) listener(init);
  }
}
