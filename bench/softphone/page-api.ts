/** What the benchmark page (./page.ts) exposes as `window.bench`, shared with the Node side. */
import type { Station } from "@ccaas/types";

export interface StartOptions {
  /** The page's own origin: it forwards the partner API to the sandbox (the sandbox sends no CORS headers). */
  platformUrl: string;
  /** The sandbox's signaling WebSocket, reached directly. */
  signalingUrl: string;
  token: string;
  /** Audio level (0..1) above which the tone counts as heard. */
  threshold: number;
  /** How long one call may take from accept to the tone. */
  timeoutMs: number;
}

export interface CallResult {
  conversationId: string;
  /** The call rode on a connection this client already had (no propose/initiate on the wire). */
  synthesized: boolean;
  /** The call's audio arrived on a peer connection created for it. */
  newPeerConnection: boolean;
  /** Peer connections the SDK had created in this page so far. */
  peerConnections: number;
  /** From acceptPendingSession to the first report with more inbound audio packets than before it. */
  acceptToPacketMs?: number;
  /** From acceptPendingSession to the first report whose audio is above the threshold. */
  acceptToAudioMs?: number;
  /** From acceptPendingSession to the tone in the received track through a Web Audio AnalyserNode. */
  webAudioMs?: number;
  /** Gaps between fresh stats reports while polling (Chromium caches getStats results). */
  refreshesMs: number[];
  error?: string;
}

export interface PageApi {
  errors: string[];
  start(options: StartOptions): Promise<{ persistent: boolean; station: Station | undefined }>;
  /** The measurement of the call, once it is done (or why it failed). */
  result(conversationId: string, timeoutMs: number): Promise<CallResult>;
  /** Resolves true once the call is gone from the SDK and the audio on open connections is quiet. */
  ended(conversationId: string, timeoutMs: number): Promise<boolean>;
  stop(): Promise<void>;
}
