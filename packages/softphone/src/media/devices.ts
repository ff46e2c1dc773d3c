/** Microphones and speakers: the only places the SDK touches `navigator` or the DOM, and only when asked. */
import { MediaError } from "../errors/media-error";
import type { SoftphoneRtc } from "../options";

/** Opens a microphone (the given device, else the default) from the injected devices, else the browser's. */
export async function openMicrophone(
  rtc: SoftphoneRtc | undefined,
  deviceId: string | undefined,
): Promise<MediaStream> {
  // Looked up at call time, never at import: safe under server rendering.
  const devices = rtc?.mediaDevices ?? globalThis.navigator?.mediaDevices;
  if (!devices?.getUserMedia) {
    throw new MediaError("No navigator.mediaDevices here (https or localhost only): pass rtc.mediaDevices.", {
      code: "unsupported",
    });
  }
  try {
    return await devices.getUserMedia({
      audio: deviceId ? { deviceId: { exact: deviceId } } : true,
      video: false,
    });
  } catch (cause) {
    throw new MediaError(
      `The microphone could not be opened (${(cause as { name?: string })?.name}): allow access or pick another.`,
      { code: "microphone", cause },
    );
  }
}

type SinkElement = HTMLAudioElement & { setSinkId?: (id: string) => Promise<void> };

/** Whether this element can choose its speaker (`setSinkId`: Chromium, Firefox 116+, Safari 17.4+ partly). */
export function canSetSink(element: HTMLAudioElement | undefined): boolean {
  return typeof (element as SinkElement | undefined)?.setSinkId === "function";
}

export async function setSink(element: HTMLAudioElement, deviceId: string): Promise<void> {
  if (!canSetSink(element)) {
    throw new MediaError("This browser cannot choose the output device (no setSinkId).", {
      code: "output_device_unsupported",
    });
  }
  await (element as SinkElement).setSinkId?.(deviceId);
}

/** An element to play a call when the app gave none (browsers only; `undefined` elsewhere). */
export function createAudioElement(): HTMLAudioElement | undefined {
  if (typeof Audio === "undefined") return undefined;
  const element = new Audio();
  element.autoplay = true;
  return element;
}

export function stopStream(stream: MediaStream | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
