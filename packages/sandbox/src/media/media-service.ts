/**
 * What the sandbox's media endpoint reports for one call, from the customer's side: the test tone it sends
 * to the agent and what it hears back. Held or muted legs must show no new packets with audio.
 */
export interface MediaStats {
  conversationId: string;
  /** True while a peer connection carries this call. */
  active: boolean;
  /** The signaling session (peer connection) carrying the call; with line appearance 1 several calls share one. */
  sessionId?: string;
  /**
   * Customer -> agent: the audible test signal (a 440 Hz tone, G.711 µ-law). Only sent while the call is
   * connected on both sides and neither side is held or the customer muted, so these counters stop on hold.
   */
  toAgent: { packets: number; bytes: number };
  /**
   * Agent -> customer: what came back while the customer could hear the agent (not held, agent not muted);
   * packets arriving on a held or muted leg are dropped, as the platform would. `audioLevel` is the RMS (0..1)
   * of the last second of received audio (0 when nothing arrived for half a second); `audiblePackets` counts
   * the packets whose own RMS is above 0.01 (about -40 dBFS), so a sender that keeps sending silence, such as
   * a browser track with `enabled = false`, shows packets without audible packets.
   */
  fromAgent: { packets: number; bytes: number; audioLevel: number; audiblePackets: number };
  /** DTMF digits the softphone sent for this call (`sendDigits`), in order. */
  digits: string;
}

/** Implemented by the media endpoint once the sandbox listens on a port (WebRTC needs real sockets). */
export interface MediaService {
  stats(conversationId: string): MediaStats | undefined;
  /**
   * Breaks the network path of the peer connection carrying the call (see `PathBreaker`); false when no peer
   * connection carries it.
   */
  breakPath(conversationId: string): boolean;
  /** Stops every peer connection. */
  close(): Promise<void>;
}
