/**
 * When to ask the platform for an ICE restart. The platform makes every offer, so a client whose peer
 * connection broke cannot restart ICE by itself: it sends `iceRestart` and answers the re-offer (`initiate`
 * with `reinvite`) that follows. Asked at once on `failed`, and after a short grace on `disconnected` (which
 * often heals by itself, and which browsers only turn into `failed` after about 30 s of silence).
 */

/** How long a peer connection may stay `disconnected` before the SDK asks for an ICE restart. */
export const ICE_RESTART_GRACE_MS = 2_000;

export class IceRestartPolicy {
  readonly #ask: () => void;
  readonly #graceMs: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** One request per breakage: cleared once the connection is back or the re-offer was answered. */
  #asked = false;

  constructor(ask: () => void, graceMs = ICE_RESTART_GRACE_MS) {
    this.#ask = ask;
    this.#graceMs = graceMs;
  }

  /** Follows the peer connection's state. */
  connectionState(state: RTCPeerConnectionState): void {
    this.stop();
    if (state === "connected") this.#asked = false;
    else if (state === "failed") this.#request();
    else if (state === "disconnected") this.#timer = setTimeout(() => this.#request(), this.#graceMs);
  }

  /** The re-offer was answered: if ICE breaks again, ask again. */
  reoffered(): void {
    this.#asked = false;
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #request(): void {
    this.#timer = undefined;
    if (this.#asked) return;
    this.#asked = true;
    this.#ask();
  }
}
