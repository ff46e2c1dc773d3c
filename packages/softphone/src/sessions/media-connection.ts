/**
 * One WebRTC session (signaling `sessionId`): one peer connection, which may carry several conversations
 * in turn (line appearance 1, persistent connection). The platform always offers (`initiate`), this side
 * answers (`accept`). Peer connection operations run one at a time, in the order they were asked for, so an
 * ICE candidate never reaches the connection before the offer it belongs to.
 */

import type {
  ConversationDirection,
  IceCandidateMessage,
  SafeLogger,
  SoftphoneClientMessage,
} from "@ccaas/types";
import { MediaError } from "../errors/media-error";
import { setSink, stopStream } from "../media/devices";
import { summarizeStats } from "../media/stats";
import type { SoftphoneRtc } from "../options";
import type { SessionStats } from "../types";

/** `proceeding`: proceed sent, no offer yet; `offered`: offer applied; `active`: answer sent. */
export type MediaState = "proceeding" | "offered" | "active" | "closed";

export interface MediaConnectionInit {
  id: string;
  conversationId: string;
  direction: ConversationDirection;
  /** The session is the station's persistent connection: it outlives its calls. */
  persistent: boolean;
  rtc: SoftphoneRtc | undefined;
  configuration: RTCConfiguration | undefined;
  /** Never throws for ICE candidates: signaling holds them while it is down. */
  send(message: SoftphoneClientMessage): void;
  log: SafeLogger;
  onConnectionState(state: RTCPeerConnectionState): void;
  /** The answer to a re-offer (ICE restart) went out. */
  onReoffered(): void;
  onClosed(): void;
  onError(error: unknown): void;
}

export interface AnswerMedia {
  stream: MediaStream;
  /** The SDK opened the stream, so it stops it when the session ends. */
  owned: boolean;
  element: HTMLAudioElement | undefined;
  sinkId: string | undefined;
}

export class MediaConnection {
  readonly id: string;
  readonly initialConversationId: string;
  readonly direction: ConversationDirection;
  readonly persistent: boolean;
  state: MediaState = "proceeding";
  /** The conversations this session carries now. */
  readonly conversations = new Set<string>();
  pc: RTCPeerConnection | undefined;
  stream: MediaStream | undefined;
  element: HTMLAudioElement | undefined;
  readonly #init: MediaConnectionInit;
  #owned = false;
  #remote: MediaStream | undefined;
  #sender: RTCRtpSender | undefined;
  #micEnabled = true;
  #queue: Promise<unknown> = Promise.resolve();
  /** Local candidates wait until the answer is sent: the platform applies them to an answered session. */
  #candidates: SoftphoneClientMessage[] | undefined = [];

  constructor(init: MediaConnectionInit) {
    this.#init = init;
    this.id = init.id;
    this.initialConversationId = init.conversationId;
    this.direction = init.direction;
    this.persistent = init.persistent;
  }

  get connectionState(): RTCPeerConnectionState {
    return this.pc?.connectionState ?? "new";
  }

  /** Applies the platform's offer (`initiate`). The peer connection exists as soon as this returns. */
  offer(sdp: string): Promise<void> {
    const Peer = this.#init.rtc?.RTCPeerConnection ?? globalThis.RTCPeerConnection;
    if (!Peer) {
      return Promise.reject(
        new MediaError("No RTCPeerConnection here: pass rtc.RTCPeerConnection.", { code: "unsupported" }),
      );
    }
    const pc = new Peer(this.#init.configuration);
    this.pc = pc;
    this.state = "offered";
    pc.onicecandidate = ({ candidate }) =>
      this.#sendCandidate({
        type: "iceCandidate",
        sessionId: this.id,
        candidate: candidate?.candidate ?? "",
        sdpMid: candidate?.sdpMid ?? null,
        sdpMLineIndex: candidate?.sdpMLineIndex ?? null,
      });
    pc.ontrack = ({ streams, track }) => {
      this.#remote = streams[0] ?? (typeof MediaStream === "function" ? new MediaStream([track]) : undefined);
      this.#play();
    };
    pc.onconnectionstatechange = () => {
      const state = pc.connectionState;
      this.#init.log.debug?.(`session ${this.id}: peer connection ${state}`);
      // The platform is the offerer: restartIce() makes the next negotiation restart ICE, and the
      // platform's re-offer (`initiate` with reinvite) carries the new credentials.
      if (state === "failed") pc.restartIce?.();
      this.#init.onConnectionState(state);
    };
    return this.#run(() => pc.setRemoteDescription({ type: "offer", sdp }));
  }

  /** Adds the microphone and answers; resolves to the SDP answer to send in `accept`. */
  answer(media: AnswerMedia): Promise<string> {
    this.element = media.element;
    this.#play();
    if (media.element && media.sinkId) setSink(media.element, media.sinkId).catch(this.#init.onError);
    return this.#run(async () => {
      const pc = this.pc as RTCPeerConnection;
      const track = this.#use(media.stream, media.owned);
      // Send on the offered m-line itself: no second audio section, nothing to renegotiate.
      const transceiver = pc.getTransceivers().find((t) => !t.sender.track);
      if (transceiver) {
        transceiver.direction = "sendrecv";
        await transceiver.sender.replaceTrack(track);
        this.#sender = transceiver.sender;
      } else {
        this.#sender = pc.addTrack(track, media.stream);
      }
      return this.#answer(pc);
    });
  }

  /** The answer went out: trickle the candidates gathered meanwhile. */
  answered(): void {
    if (this.state === "active") this.#init.onReoffered();
    this.state = "active";
    const held = this.#candidates ?? [];
    this.#candidates = undefined;
    for (const message of held) this.#sendCandidate(message);
  }

  /**
   * A re-offer on an established session (ICE restart, renegotiation): resolves to the new answer. The new
   * candidates wait until `answered()`, as for the first answer.
   */
  reinvite(sdp: string): Promise<string> {
    this.#candidates ??= [];
    return this.#run(async () => {
      const pc = this.pc as RTCPeerConnection;
      await pc.setRemoteDescription({ type: "offer", sdp });
      return this.#answer(pc);
    });
  }

  addRemoteCandidate({ candidate, sdpMid = null, sdpMLineIndex = null }: IceCandidateMessage): void {
    if (candidate) {
      this.#run(() =>
        (this.pc as RTCPeerConnection).addIceCandidate({ candidate, sdpMid, sdpMLineIndex }),
      ).catch(this.#init.onError);
    }
  }

  /** Swaps the microphone without renegotiation (`RTCRtpSender.replaceTrack`): no one-way audio. */
  replaceStream(stream: MediaStream, owned: boolean): Promise<void> {
    return this.#run(() => (this.#sender as RTCRtpSender).replaceTrack(this.#use(stream, owned)));
  }

  /** Mute for the microphone: the track keeps sending, silence. */
  setMicEnabled(enabled: boolean): void {
    this.#micEnabled = enabled;
    for (const track of this.stream?.getAudioTracks() ?? []) track.enabled = enabled;
  }

  async setOutputDevice(deviceId: string): Promise<void> {
    if (this.element) await setSink(this.element, deviceId);
  }

  async getStats(): Promise<SessionStats> {
    return summarizeStats(await this.pc?.getStats(), Date.now());
  }

  close(): void {
    if (this.state === "closed") return;
    this.state = "closed";
    this.#init.onClosed();
    const pc = this.pc;
    if (pc) {
      pc.onicecandidate = pc.ontrack = pc.onconnectionstatechange = null;
      // werift's close() returns a promise; a browser's returns nothing.
      Promise.resolve(pc.close() as unknown).catch(() => {});
    }
    if (this.#owned) stopStream(this.stream);
    if (this.element) this.element.srcObject = null;
  }

  /** Takes the stream's track (mute state carried over); stops the previous stream if the SDK opened it. */
  #use(stream: MediaStream, owned: boolean): MediaStreamTrack {
    const track = stream.getAudioTracks()[0];
    if (!track) throw new MediaError("The media stream has no audio track.", { code: "microphone" });
    track.enabled = this.#micEnabled;
    if (this.#owned && this.stream !== stream) stopStream(this.stream);
    this.stream = stream;
    this.#owned = owned;
    return track;
  }

  async #answer(pc: RTCPeerConnection): Promise<string> {
    await pc.setLocalDescription(await pc.createAnswer());
    return (pc.localDescription as RTCSessionDescription).sdp;
  }

  #sendCandidate(message: SoftphoneClientMessage): void {
    if (this.#candidates) this.#candidates.push(message);
    else if (this.state !== "closed") this.#init.send(message);
  }

  #play(): void {
    const element = this.element;
    if (element && this.#remote && element.srcObject !== this.#remote) {
      element.srcObject = this.#remote;
      // Autoplay may be refused until the user interacts; the app's next play() starts it.
      element.play?.()?.catch(() => {});
    }
  }

  #run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(task).catch((cause: unknown) => {
      // The cause's text stays out of the message: browsers quote SDP lines (ICE credentials) in theirs.
      throw MediaError.isInstance(cause)
        ? cause
        : new MediaError(`WebRTC failed on session ${this.id}; see the cause.`, {
            code: "negotiation_failed",
            cause,
          });
    });
    this.#queue = next.catch(() => {});
    return next;
  }
}
