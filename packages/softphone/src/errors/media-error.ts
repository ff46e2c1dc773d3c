import { CcaasError } from "@ccaas/types";

const marker = "ccaas.error.media";
const symbol = Symbol.for(marker);

/**
 * Audio or WebRTC failed: no RTCPeerConnection or microphone in this environment (`unsupported`), the
 * microphone was refused or missing (`microphone`), the output device cannot be chosen here
 * (`output_device_unsupported`), or the offer/answer failed (`negotiation_failed`).
 */
export class MediaError extends CcaasError {
  protected readonly [symbol] = true;

  constructor(message: string, options: { code: string; cause?: unknown }) {
    super(message, options);
    this.name = "MediaError";
  }

  static override isInstance(error: unknown): error is MediaError {
    return CcaasError.hasMarker(error, marker);
  }
}
