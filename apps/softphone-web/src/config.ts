/**
 * Where the app finds the platform and the voice adapter. In development both are this page's own origin:
 * vite.config.ts forwards `/api`, `/signaling` and `/voice-adapter` to the sandbox (`SANDBOX_URL`) and the
 * sample adapter. Against a real platform, use its URL (it must allow your origin in CORS).
 */
import { adapterUrls } from "@ccaas/partner-api";
import type { VoiceAdapterUrls } from "@ccaas/softphone";

export const platformUrl = location.origin;

/** The sample voice adapter, as the dev server exposes it. */
export const defaultVoiceAdapterUrl = "/voice-adapter";

/** The voice provider's URLs for an adapter serving the default routes (`/calls/accept`, ..., `/token`). */
export function voiceAdapterUrls(base: string): VoiceAdapterUrls {
  return adapterUrls(new URL(base, location.href).toString().replace(/\/+$/, ""));
}
