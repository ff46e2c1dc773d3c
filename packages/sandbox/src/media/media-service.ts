/**
 * What the sandbox's media endpoint reports for one call, from the customer's side: the test tone it sends
 * to the agent and what it hears back. Held or muted legs must show no new packets with audio.
 */
export interface MediaStats {
  conversationId: string;
  /** True while a peer connection carries this call. */
  active: boolean;
  /** Customer -> agent: the audible test signal. */
  toAgent: { packets: number; bytes: number };
  /** Agent -> customer: what came back, with the last measured audio level (0..1, RMS). */
  fromAgent: { packets: number; bytes: number; audioLevel: number };
}

/** Implemented by the media endpoint once the sandbox listens on a port (WebRTC needs real sockets). */
export interface MediaService {
  stats(conversationId: string): MediaStats | undefined;
  /** Stops every peer connection. */
  close(): Promise<void>;
}
