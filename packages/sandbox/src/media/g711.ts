/**
 * G.711 µ-law (PCMU), the codec the media endpoint negotiates: every browser supports it and it is trivial to
 * encode and decode in JavaScript, so the sandbox sends a real audible tone and measures the real level of
 * what comes back without an audio codec library. 8 kHz, 20 ms frames of 160 one-byte samples.
 */

export const PCMU_PAYLOAD_TYPE = 0;
export const SAMPLE_RATE = 8000;
export const FRAME_MS = 20;
export const FRAME_SAMPLES = (SAMPLE_RATE * FRAME_MS) / 1000;

const BIAS = 0x84;
const CLIP = 32635;

/** One 16-bit linear sample to a µ-law byte (ITU-T G.711). */
export function encodeMuLaw(sample: number): number {
  let value = Math.max(-32768, Math.min(32767, Math.round(sample)));
  const sign = value < 0 ? 0x80 : 0;
  if (sign) value = -value;
  value = Math.min(value, CLIP) + BIAS;
  let exponent = 7;
  for (let mask = 0x4000; (value & mask) === 0 && exponent > 0; mask >>= 1) exponent -= 1;
  const mantissa = (value >> (exponent + 3)) & 0x0f;
  return ~(sign | (exponent << 4) | mantissa) & 0xff;
}

const decodeTable = new Int16Array(256);
for (let byte = 0; byte < 256; byte += 1) {
  const value = ~byte & 0xff;
  const exponent = (value >> 4) & 0x07;
  const magnitude = ((((value & 0x0f) << 3) + BIAS) << exponent) - BIAS;
  decodeTable[byte] = value & 0x80 ? -magnitude : magnitude;
}

/** A µ-law byte to a 16-bit linear sample. */
export function decodeMuLaw(byte: number): number {
  return decodeTable[byte & 0xff] ?? 0;
}

/** Mean of the squared samples of a µ-law payload, on a 0..1 scale (its square root is the RMS level). */
export function meanSquareMuLaw(payload: Uint8Array): number {
  if (payload.length === 0) return 0;
  let sum = 0;
  for (const byte of payload) {
    const sample = (decodeTable[byte] ?? 0) / 32768;
    sum += sample * sample;
  }
  return sum / payload.length;
}

/**
 * One second of a sine tone as 50 encoded 20 ms frames. A whole second holds a whole number of periods for
 * any integer frequency, so the frames loop without a click.
 */
export function toneFrames(frequency: number, amplitude: number): Buffer[] {
  const frames: Buffer[] = [];
  for (let frame = 0; frame < SAMPLE_RATE / FRAME_SAMPLES; frame += 1) {
    const payload = Buffer.alloc(FRAME_SAMPLES);
    for (let index = 0; index < FRAME_SAMPLES; index += 1) {
      const t = (frame * FRAME_SAMPLES + index) / SAMPLE_RATE;
      payload[index] = encodeMuLaw(Math.sin(2 * Math.PI * frequency * t) * amplitude * 32767);
    }
    frames.push(payload);
  }
  return frames;
}
